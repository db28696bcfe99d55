import type { Handlers } from '../../shared/ipc/contract';
import type { Core } from '../../shared/ipc/dispatch';
import { appHandlers } from './app/handlers';
import { createGate } from './auth/gate';
import { authHandlers } from './auth/handlers';
import { createReceiptReach } from './auth/receiptReach';
import { backupHandlers } from './backups/handlers';
import { billHandlers } from './bills/handlers';
import { combineHandlers } from './combineHandlers';
import { complaintHandlers } from './complaints/handlers';
import { consumerHandlers } from './consumer/handlers';
import type { Services } from './createServices';
import { exceptionHandlers } from './exceptions/handlers';
import { withStorageFaults } from './files/storageFault';
import { ledgerHandlers } from './ledger/handlers';
import { printingHandlers } from './printing/handlers';
import { reportHandlers } from './reports/handlers';
import { isTrainingMode } from './settings/trainingMode';
import { settingsHandlers } from './settings/handlers';
import { shiftHandlers } from './shifts/handlers';
import { syncHandlers } from './sync/handlers';
import { walletHandlers } from './wallet/handlers';

/**
 * What every transport serves, Electron's ipcMain in the app and Playwright's exposeBinding in
 * the Chromium tests: each domain's handlers, and the checks that admit a call by its channel's
 * access before the handler runs.
 */
export function createCore(services: Services): Core {
  const handlers = withStorageFaults(
    combineHandlers(
      appHandlers(services),
      authHandlers(services),
      shiftHandlers(services),
      billHandlers(services),
      ledgerHandlers(services),
      settingsHandlers(services),
      syncHandlers(services),
      exceptionHandlers(services),
      printingHandlers(services),
      walletHandlers(services),
      reportHandlers(services),
      backupHandlers(services),
      consumerHandlers(services),
      complaintHandlers(services),
    ),
  ) satisfies Handlers;
  const admit = createGate({ sessions: services.sessions, shifts: services.shifts, training: () => isTrainingMode(services.db) });
  const reach = createReceiptReach({ db: services.db, shifts: services.shifts, audit: services.audit });
  return { handlers, admit, reach };
}
