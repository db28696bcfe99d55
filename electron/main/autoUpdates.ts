import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import { autoUpdater } from 'electron-updater';
import type { AppLog } from '../core/app/appLog';
import type { Updater } from '../core/app/updateGate';
import { updateFeed } from '../core/app/updateFeed';
import type { UpdateStage } from '../../shared/updates';

/** A cabin's PC is on all day: a look every four hours finds a release the same day. */
const CHECK_EVERY_MS = 4 * 60 * 60_000;

/**
 * electron-updater on the feed the core chose, downloading in the background. It never installs
 * by itself (not at quit either): the core says when nothing would be cut off, and the
 * supervisor presses install. The new version's first start backs the ledger up before it migrates.
 */
export function startAutoUpdates(log: AppLog): Updater | undefined {
  const packagedConfigFile = join(process.resourcesPath, 'app-update.yml');
  const feed = updateFeed({
    packaged: app.isPackaged,
    env: process.env,
    packagedConfig: existsSync(packagedConfigFile) ? readFileSync(packagedConfigFile, 'utf8') : null,
  });
  if ('off' in feed) {
    log.info(feed.off);
    return undefined;
  }
  let state: { stage: UpdateStage; version: string | null } = { stage: 'current', version: null };
  autoUpdater.logger = { info: (text: unknown) => log.info(String(text)), warn: (text: unknown) => log.warn(String(text)), error: (text: unknown) => log.error(String(text)) };
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.setFeedURL({ provider: 'generic', url: feed.url });
  autoUpdater.on('update-available', (info: { version: string }) => (state = { stage: 'downloading', version: info.version }));
  autoUpdater.on('update-downloaded', (info: { version: string }) => {
    state = { stage: 'ready', version: info.version };
    log.info(`Rokad ${info.version} is downloaded; it installs when a supervisor presses install and no shift, upload or receipt is under way`);
  });
  // A failed check or download leaves things as they were; the next check tries again.
  autoUpdater.on('error', (error: Error) => {
    log.warn(`The update check or download on ${feed.url} failed`, error);
    if (state.stage === 'downloading') state = { stage: 'current', version: null };
  });
  const check = () => void autoUpdater.checkForUpdates().catch(() => undefined);
  log.info(`Looking for updates on ${feed.url}`);
  check();
  setInterval(check, CHECK_EVERY_MS).unref();
  return {
    state: () => state,
    // After the answer has reached the window; silent, for the kiosk: the installer shows no pages and starts the new Rokad.
    install: () => setImmediate(() => autoUpdater.quitAndInstall(true, true)),
  };
}
