import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';
import { uploadStatus } from './outbox';
import { registerDevice, syncStatus } from './syncCycle';

/** Uploads to the company's gateway: how they stand, a round now, the cabin's registration. */
export function syncHandlers(services: Services) {
  const { db, billMaster } = services;
  return {
    'sync.status': () => syncStatus(db, billMaster),

    'sync.now': async () => {
      await services.sync.runNow();
      return syncStatus(db, billMaster);
    },

    'device.register': (registration) => registerDevice(db, services.deviceToken, { ...registration, cabinCode: services.cabinCode }),

    'payments.uploadStatus': ({ clientTxnId }) => uploadStatus(db, clientTxnId) ?? null,
  } satisfies Partial<Handlers>;
}
