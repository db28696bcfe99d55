import { RokadError } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc/contract';
import { indiaDate } from '../../shared/time';
import { billToCollect } from './bills/billToCollect';
import type { Services } from './createServices';

/**
 * The map from channel to function that every transport serves: Electron's ipcMain in the app,
 * Playwright's exposeBinding in the Chromium tests. Inputs arrive already parsed by the contract.
 */
export function createHandlers(services: Services): Handlers {
  return {
    'app.info': () => ({ cabinCode: services.cabinCode, today: indiaDate(services.now()) }),
    'bills.lookup': ({ consumerNo }) => {
      const bill = services.bills.find(consumerNo);
      if (!bill) throw new RokadError('NO_BILL', `No bill found for consumer number ${consumerNo}. Check the number on the bill and try again.`);
      return billToCollect(bill, indiaDate(services.now()));
    },
    'payments.record': (request) => services.recordPayment(request),
    'receipts.preview': ({ receiptNo, widthDots }) => services.receipts.preview(receiptNo, widthDots),
    'receipts.print': ({ receiptNo }) => services.receipts.print(receiptNo),
    'receipts.retry': ({ jobId }) => services.receipts.retry(jobId),
    'receipts.reprint': ({ receiptNo }) => services.receipts.reprint(receiptNo),
    'receipts.pending': () => services.receipts.pending(),
    'printer.getSettings': () => services.receipts.settings(),
    'printer.saveSettings': (settings) => {
      services.receipts.saveSettings(settings);
      return settings;
    },
    'printer.testPrint': async (settings) => ({ message: await services.receipts.testPrint(settings) }),
    'printer.status': async () => ({ message: await services.receipts.status() }),
  };
}
