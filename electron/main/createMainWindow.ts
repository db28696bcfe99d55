import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';

/** Where the window's page comes from: electron-vite's dev server, or the built file. */
export interface RendererEntry {
  url: string;
  /** Only frames at this origin and path may call the core. */
  isAppUrl(url: string): boolean;
}

export function rendererEntry(builtIndexHtml: string, devUrl: string | undefined): RendererEntry {
  if (devUrl) {
    const origin = new URL(devUrl).origin;
    return { url: devUrl, isAppUrl: (url) => URL.canParse(url) && new URL(url).origin === origin };
  }
  const file = pathToFileURL(builtIndexHtml);
  return {
    url: file.href,
    isAppUrl: (url) => URL.canParse(url) && new URL(url).protocol === 'file:' && new URL(url).pathname === file.pathname,
  };
}

/** `title` carries the version, so a technician on the phone can read it off the title bar. */
export function createMainWindow(preload: string, entry: RendererEntry, developerTools: boolean, title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    autoHideMenuBar: true,
    title,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: developerTools,
    },
  });
  // The page's own <title> would replace the version.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entry.url);
  return window;
}
