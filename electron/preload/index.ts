import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../../shared/ipc/channels';
import type { RokadApi } from '../../shared/ipc/contract';

// The page gets one function and no Electron object: anything it sends is checked again in main.
const api: RokadApi = {
  invoke: (channel, input) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'The window asked for something Rokad does not do.' } }),
};

contextBridge.exposeInMainWorld('api', api);
