import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { app, BrowserWindow, crashReporter, dialog, ipcMain, Menu } from 'electron';
import { useSqliteBinding } from '../../shared/node/sqlite/database';
import { chooseSqliteBindingHere } from '../core/native/electronSqliteBinding';
import { windowsSpoolerDriver } from '../core/printing/winspool/windowsSpooler';
import { openAppLog } from '../core/app/appLog';
import { dataDirAtStart, defaultBackupFolder, type MachineFacts } from '../core/app/dataFolders';
import type { Services } from '../core/createServices';
import { startCore } from '../core/startCore';
import { startSync } from '../core/sync/startSync';
import { startAutoUpdates } from './autoUpdates';
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
    const machine: MachineFacts = {
      platform: process.platform,
      env: process.env,
      exePath: app.getPath('exe'),
      userData: app.getPath('userData'),
      homeDir: homedir(),
      exists: existsSync,
    };
    const { dataDir, standardDir, changeable } = dataDirAtStart(machine);
    const log = openAppLog(dataDir);
    log.info(`Rokad ${app.getVersion()} (Electron ${process.versions.electron}) started on ${dataDir}`);
    // Crash dumps stay on the PC, in the data folder, for a technician to collect; nothing is uploaded.
    app.setPath('crashDumps', join(dataDir, 'crashes'));
    crashReporter.start({ uploadToServer: false });
    const updates = startAutoUpdates(log);
    let started: ReturnType<typeof startCore>;
    try {
      started = startCore({
        dataDir,
        // Without one, a new data folder asks for the cabin's code on the first-run screen.
        cabinCode: process.env.ROKAD_CABIN_CODE || undefined,
        // An installed cabin's backups go outside the data folder; a developer's stay in it.
        ...(app.isPackaged ? { backupFolder: defaultBackupFolder(machine, dataDir) } : {}),
        // The four demo bills, only into an empty bill table: when started from the source, or in demo mode (--demo, ROKAD_DEMO=1).
        demoBills: !app.isPackaged || app.commandLine.hasSwitch('demo') || process.env.ROKAD_DEMO === '1',
        secrets: safeStorageSecrets,
        spoolerDriver: windowsSpoolerDriver(),
        // A new data folder's first-run screen may move it, to anywhere outside the install folder.
        dataFolder: {
          platform: process.platform,
          installDir: dirname(app.getPath('exe')),
          standardDir,
          changeable,
          ...(app.isPackaged ? { backupFolderFor: (chosen: string) => defaultBackupFolder(machine, chosen) } : {}),
        },
        updates,
        dailyBackups: true,
        // The ledger's quick check reads the whole file in this worker while the counter already answers.
        checkWorkerFile: join(__dirname, 'ledgerCheck.worker.js'),
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
    } catch (error) {
      // A ledger from a newer Rokad, a cabin code that cannot be used: one sentence for the technician, and the log.
      log.error('Rokad could not open its ledger', error);
      dialog.showErrorBox('Rokad cannot start', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    // A damaged database serves only startup.health and backups.restore; after a restore the window asks to restart.
    registerIpc(ipcMain, started.core, entry, log);
    createMainWindow(join(__dirname, '../preload/index.cjs'), entry, mode.developerTools, `Rokad ${app.getVersion()}`);
    const run = (services: Services) => {
      // The first-run screen may have moved the data folder: the log follows the ledger from now on.
      const ledgerDir = dirname(services.db.name);
      if (ledgerDir !== dataDir) openAppLog(ledgerDir).info(`The first-run screen moved the data folder to ${ledgerDir}`);
      const sync = startSync(services, {
        workerFile: join(__dirname, 'sync.worker.js'),
        log: (level, text, error) => (level === 'info' ? log.info(text) : log[level](text, error)),
      });
      app.on('will-quit', () => void sync.stop().finally(() => services.close()));
      return sync;
    };
    if (started.state === 'ready') {
      const sync = run(started.services);
      // Found damaged after start: the core now answers as the recovery core, and the sync worker lets go of the file, so a restore can move it aside.
      void started.checked.then((health) => {
        if (health.ok) return;
        log.error(`The ledger check after start found the database damaged: ${health.problem}`);
        void sync.stop();
      });
    }
    if (started.state === 'setup') started.onReady(run);
  });

  app.on('window-all-closed', () => app.quit());
}
