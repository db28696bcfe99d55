import { BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/ipc/channels';
import { dispatch, type Core } from '../../shared/ipc/dispatch';
import type { AppLog } from '../core/app/appLog';
import type { RendererEntry } from './createMainWindow';

function isTrustedSender(event: IpcMainInvokeEvent, entry: RendererEntry): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && BrowserWindow.fromWebContents(event.sender) !== null && entry.isAppUrl(frame.url);
}

/**
 * Serves the core over ipcMain: one handler per channel, each checking that the call comes
 * from the app's own top-level page before the contract parses its input.
 */
export function registerIpc(ipcMain: IpcMain, core: Core, entry: RendererEntry, log: AppLog): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event, entry)) {
        return { ok: false, error: { code: 'UNTRUSTED_SENDER', message: 'Only the Rokad window may do this.' } };
      }
      const result = await dispatch(core, channel, input, (text, error) => log.error(text, error));
      // Refusals go to the log file too, so a technician can see what a cabin ran into.
      if (!result.ok) log.warn(`${channel} refused: ${result.error.code} ${result.error.message}`);
      return result;
    });
  }
}
