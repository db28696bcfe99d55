import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { useSqliteBinding } from '../../shared/node/sqlite/database';
import { chooseSqliteBindingHere } from '../core/native/electronSqliteBinding';
import { windowsSpoolerDriver } from '../core/printing/winspool/windowsSpooler';
import { startCore } from '../core/startCore';
import { startSync } from '../core/sync/startSync';
import { createMainWindow, rendererEntry } from './createMainWindow';
import { hardenApp } from './hardenApp';
import { registerIpc } from './registerIpc';
import { safeStorageSecrets } from './safeStorageSecrets';
import { shellMode } from './shellMode';

// Every renderer runs in Chromium's sandbox, whatever a window's options say.
app.enableSandbox();
// Indian English for what Chromium draws itself, such as date fields: day/month/year, whatever the PC's locale.
app.commandLine.appendSwitch('lang', 'en-IN');

// One process owns the ledger and the printer; a second launch focuses the first window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(() => {
    // Electron's ABI is not Node's: the ledger opens with the better-sqlite3 build kept for Electron, or Rokad says how to get it.
    const sqlite = chooseSqliteBindingHere(app.getAppPath(), process.versions);
    if (sqlite.kind === 'problem') {
      dialog.showErrorBox('Rokad cannot start', sqlite.message);
      app.exit(1);
      return;
    }
    useSqliteBinding(sqlite.kind === 'electron' ? sqlite.path : undefined);
    const mode = shellMode(app.isPackaged, process.env);
    // Electron's default menu carries Reload and Toggle Developer Tools with their shortcuts; the counter has no menu.
    if (!mode.developerTools) Menu.setApplicationMenu(null);
    const entry = rendererEntry(join(__dirname, '../renderer/index.html'), mode.rendererUrl);
    hardenApp();
    const started = startCore({
      dataDir: process.env.ROKAD_DATA_DIR || app.getPath('userData'),
      cabinCode: process.env.ROKAD_CABIN_CODE || 'DEMO-01',
      // Only into an empty bill table: a registered cabin's bill master is already there.
      demoBills: true,
      secrets: safeStorageSecrets,
      spoolerDriver: windowsSpoolerDriver(),
      dailyBackups: true,
      restartApp: () => {
        app.relaunch();
        app.exit(0);
      },
      chooseFolder: async () => {
        const options = { properties: ['openDirectory', 'createDirectory'] } satisfies Electron.OpenDialogOptions;
        const window = BrowserWindow.getFocusedWindow();
        const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return picked.canceled ? null : (picked.filePaths[0] ?? null);
      },
    });
    // A damaged database serves only startup.health and backups.restore; after a restore the window asks to restart.
    registerIpc(ipcMain, started.core, entry);
    createMainWindow(join(__dirname, '../preload/index.cjs'), entry, mode.developerTools, `Rokad ${app.getVersion()}`);
    if (started.state === 'ready') {
      const { services } = started;
      const sync = startSync(services, { workerFile: join(__dirname, 'sync.worker.js') });
      app.on('will-quit', () => void sync.stop().finally(() => services.close()));
    }
  });

  app.on('window-all-closed', () => app.quit());
}
