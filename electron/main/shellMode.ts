/** What the shell allows, by how it was started. */
export interface ShellMode {
  /** DevTools and Electron's default menu (Reload, Toggle Developer Tools): for developers only. */
  developerTools: boolean;
  /** electron-vite's dev server, for hot reload; a packaged app always loads its own built page. */
  rendererUrl: string | undefined;
}

/**
 * An installed Rokad is the counter: nobody at it may open DevTools, reload the page or point
 * the window at another page through an environment variable. Only a development build
 * (`npm run dev`, `npm start` from the source) keeps them.
 */
export function shellMode(packaged: boolean, env: Record<string, string | undefined>): ShellMode {
  if (packaged) return { developerTools: false, rendererUrl: undefined };
  return { developerTools: true, rendererUrl: env.ELECTRON_RENDERER_URL || undefined };
}
