import type { Handlers } from '../../shared/ipc/contract';
import { indiaDate } from '../../shared/time';
import { lookupBill } from './bills/lookupBill';
import type { Services } from './createServices';
import { refusedPayments, uploadStatus } from './sync/outbox';
import { registerDevice, syncStatus } from './sync/syncCycle';
import { walletStatus } from './wallet/wallet';

/**
 * The map from channel to function that every transport serves: Electron's ipcMain in the app,
 * Playwright's exposeBinding in the Chromium tests. Inputs arrive already parsed by the contract.
 */
export function createHandlers(services: Services): Handlers {
  return {
    'app.info': () => ({ cabinCode: services.cabinCode, today: indiaDate(services.now()) }),
    'bills.lookup': ({ consumerNo }) => lookupBill(services, consumerNo),
    'payments.record': (request) => services.recordPayment(request),
    'bills.search': ({ text }) => services.bills.search(text),
    'wallet.status': () => walletStatus(services.db, services.now()),
    'sync.status': () => syncStatus(services.db),
    'sync.now': async () => {
      await services.sync.runNow();
      return syncStatus(services.db);
    },
    'device.register': (registration) => registerDevice(services.db, { ...registration, cabinCode: services.cabinCode }),
    'payments.uploadStatus': ({ clientTxnId }) => uploadStatus(services.db, clientTxnId) ?? null,
    'sync.exceptions': () => refusedPayments(services.db),
  };
}
