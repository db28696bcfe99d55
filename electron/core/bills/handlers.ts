import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';
import { readBillerRules } from '../rules/billerRulesStore';
import { consumerNoFromScan, readScanPattern } from './consumerNoFromScan';
import { lookupBill } from './lookupBill';

/** Finding a consumer's bill: by number at the counter (online first), or by name or mobile in the bill master. */
export function billHandlers(services: Services) {
  return {
    'bills.lookup': async ({ consumerNo: scanned }, { training }) => {
      const consumerNo = consumerNoFromScan(scanned, readScanPattern(services.db));
      const found = await lookupBill(services, consumerNo, { checkWallet: !training });
      return {
        ...found,
        earlierPayments: services.payments.earlierForBill(found.bill.consumerNo, found.bill.billNumber, training),
        paidTodayPaise: training ? 0 : services.payments.paidOnDay(found.bill.consumerNo, found.today),
        rules: readBillerRules(services.db),
      };
    },

    'bills.search': ({ text }) => services.bills.search(text),
  } satisfies Partial<Handlers>;
}
