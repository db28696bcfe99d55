import type { Bill, BillToCollect } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';

/** The gateway's bill must be the one asked for: a bill of another consumer is never offered for collection. */
export function checkAnsweredBill(askedConsumerNo: string, bill: Bill): void {
  if (bill.consumerNo !== askedConsumerNo.toUpperCase()) {
    throw new RokadError(
      'GATEWAY_WRONG_BILL',
      `The gateway answered with the bill of another consumer (${bill.consumerNo}) when asked for ${askedConsumerNo}. Do not take cash; look the bill up again.`,
      { consumerNo: askedConsumerNo },
    );
  }
}

/** A bill with nothing to collect today (0 paise) is not offered: there is no cash to take against it. */
export function checkSomethingToCollect<T extends BillToCollect>(lookup: T): T {
  if (lookup.amountToCollectPaise <= 0) {
    throw new RokadError('NOTHING_TO_COLLECT', `The bill of ${lookup.bill.consumerNo} asks for ₹0.00 today. Do not take cash; the consumer can check with the helpline.`, {
      consumerNo: lookup.bill.consumerNo,
    });
  }
  return lookup;
}
