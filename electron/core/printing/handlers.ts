import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';
import { awaitApproval, paymentOwingOriginal } from '../sync/awaitApproval';

/** Receipts on the thermal printer: preview, print, retry what did not print, and the printer's settings. */
export function printingHandlers(services: Services) {
  const { receipts, audit } = services;
  return {
    'receipts.preview': ({ receiptNo, widthDots }) => receipts.preview(receiptNo, widthDots),

    'receipts.print': async ({ receiptNo }) => {
      const owing = paymentOwingOriginal(services.db, receiptNo);
      if (owing) await awaitApproval({ db: services.db, uploadNow: services.sync.uploadNow }, owing);
      return receipts.print(receiptNo);
    },

    'receipts.retry': ({ jobId }) => receipts.retry(jobId),

    'receipts.pending': () => receipts.pending(),

    'printer.getSettings': () => receipts.settings(),

    'printer.saveSettings': (settings, { user }) => {
      receipts.saveSettings(settings);
      audit.append(user.userId, 'SETTINGS_CHANGE', { printer: settings });
      return settings;
    },

    'printer.testPrint': async (settings) => ({ message: await receipts.testPrint(settings) }),

    'printer.status': async () => ({ message: await receipts.status() }),

    'printer.installed': () => ({ spooler: services.spooler !== undefined, printers: services.spooler?.installed() ?? [] }),
  } satisfies Partial<Handlers>;
}
