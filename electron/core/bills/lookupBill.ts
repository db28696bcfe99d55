import { billToCollect } from '../../../shared/bills/billToCollect';
import type { BillSourceInfo, BillToCollect } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import { indiaDate } from '../../../shared/time';
import type { Services } from '../createServices';
import { getSetting } from '../settings/settings';
import { pullState } from './billMasterFile';
import { GatewayError } from '../sync/gatewayClient';
import { checkWalletCovers, walletStatus } from '../wallet/wallet';
import { checkAnsweredBill, checkSomethingToCollect } from './checkBillToCollect';

/**
 * Finds the bill to collect: from the gateway when the cabin is online (and keeps that copy, so
 * the payment is checked against what was shown), otherwise from the downloaded bill master.
 */
export async function lookupBill(services: Services, consumerNo: string, options: { checkWallet: boolean }): Promise<BillToCollect & BillSourceInfo> {
  const now = services.now();
  const client = getSetting(services.db, 'sync_online') === '0' ? undefined : services.gateway();
  const wallet = () => walletStatus(services.db, services.now());
  // The wallet is checked here too, so the agent is told before taking the cash, not after.
  // Training payments never reach the gateway, so they are not limited by it.
  const covered = (lookup: BillToCollect & BillSourceInfo) => {
    if (options.checkWallet) checkWalletCovers(services.db, lookup.amountToCollectPaise, now);
    return lookup;
  };
  if (client) {
    try {
      const { bill, refId } = await client.fetchBill(consumerNo);
      checkAnsweredBill(consumerNo, bill);
      const lookup = checkSomethingToCollect(billToCollect(bill, indiaDate(now)));
      services.bills.save([bill]);
      services.db
        .prepare('INSERT OR REPLACE INTO bill_fetches (consumer_no, bill_number, ref_id, fetched_at) VALUES (?, ?, ?, ?)')
        .run(bill.consumerNo, bill.billNumber, refId, now.toISOString());
      return covered({ ...lookup, source: 'ONLINE', freshAsOf: now.toISOString(), wallet: wallet() });
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'BILL_ALREADY_PAID') {
        services.bills.remove([consumerNo]);
        throw new RokadError('BILL_ALREADY_PAID', `The current bill of ${consumerNo} is already paid. Do not take cash; the consumer can check with the helpline.`, { consumerNo });
      }
      if (error instanceof GatewayError && error.code === 'UNKNOWN_CONSUMER') {
        throw new RokadError('NO_BILL', `The biller has no consumer ${consumerNo}. Check the number on the bill and try again.`, { consumerNo });
      }
      if (!(error instanceof GatewayError)) throw error;
    }
  }
  const bill = services.bills.find(consumerNo);
  if (!bill) throw new RokadError('NO_BILL', `No bill found for consumer number ${consumerNo}. Check the number on the bill and try again.`, { consumerNo });
  return covered({ ...checkSomethingToCollect(billToCollect(bill, indiaDate(now))), source: 'MASTER', freshAsOf: pullState(services.billMaster).syncedAt, wallet: wallet() });
}
