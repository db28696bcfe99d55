import { randomUUID } from 'node:crypto';
import { billToCollect } from '../../shared/bills/billToCollect';
import type { GatewayBill, UploadPayment } from '../../shared/gateway/schemas';
import { indiaDate } from '../../shared/time';

/** A cabin's cash payment of a bill as the cabin uploads it: the amount due on the day it was collected, from the bill master. */
export function cashPaymentFor(bill: GatewayBill, receiptNo: string, collectedAt: Date, overrides: Partial<UploadPayment> = {}): UploadPayment {
  return {
    clientTxnId: randomUUID(),
    receiptNo,
    consumerNo: bill.consumerNo,
    billNumber: bill.billNumber,
    billerId: 'MPCZ00000MP01',
    amount: billToCollect(bill, indiaDate(collectedAt)).amountToCollectPaise,
    currency: 'INR',
    paymentMode: 'Cash',
    initChannel: 'AGT',
    collectedAt: collectedAt.toISOString(),
    offline: true,
    billSource: 'MASTER',
    refId: null,
    shiftId: null,
    ...overrides,
  };
}
