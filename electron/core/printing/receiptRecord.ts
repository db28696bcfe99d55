import { receiptCode } from '../../../shared/node/receiptCode';
import { receiptQrText } from '../../../shared/receiptVerification';
import type { LedgerRow, ReceiptRow } from '../ledger/ledgerRow';

export type ReceiptCopy = 'ORIGINAL' | 'DUPLICATE';

/** What every receipt of this installation says about who issued it. */
export interface ReceiptHeader {
  companyHi: string;
  companyEn: string;
  helpline: string;
}

export const DEFAULT_RECEIPT_HEADER: ReceiptHeader = {
  companyHi: 'म.प्र. मध्य क्षेत्र विद्युत वितरण कंपनी लिमिटेड, भोपाल',
  companyEn: 'MP Madhya Kshetra Vidyut Vitaran Co. Ltd., Bhopal',
  helpline: '1912',
};

/** What a refund slip says beyond the payment it pays back. */
export interface RefundFacts {
  /** The receipt of the refunded payment. */
  forReceiptNo: string;
  reason: string;
  /** The name of the supervisor who approved the refund. */
  approvedBy: string;
}

/** Everything printed on one receipt or refund slip, as plain data: money in paise, the instant in UTC. */
export interface ReceiptRecord {
  header: ReceiptHeader;
  /** The receipt number, or the refund slip's own number. */
  receiptNo: string;
  /** UTC ISO instant; shown in India time. */
  recordedAt: string;
  consumerNo: string;
  consumerName: string;
  billNumber: string;
  /** YYYY-MM, or null for payments recorded before bill months were kept. */
  billMonth: string | null;
  amountPaise: number;
  tenderedPaise: number;
  changePaise: number;
  /** Exact change − change given, by the biller's rounding rule; absent or 0 when not rounded. */
  changeRoundingPaise?: number;
  paymentMode: 'Cash';
  cabinCode: string;
  /** The name of the agent who took the cash. */
  agent: string | null;
  /** The gateway's approval reference; null until the payment is uploaded and approved. */
  approvalRef: string | null;
  /** The biller's transaction reference, known with the approval reference. */
  txnRefId: string | null;
  /** A real payment still in force without its approval reference yet: the receipt says it follows, on later copies. */
  approvalFollows: boolean;
  copy: ReceiptCopy;
  /** 0 for the original, n for the n-th reprint. */
  reprint: number;
  training: boolean;
  /** Voided after it was printed: a reprint must say so. */
  voided: boolean;
  /** Refunded after the gateway refused it: a reprint must say so. */
  refunded: boolean;
  /** Set on a refund slip only: the slip the consumer signs for cash paid back. */
  refund: RefundFacts | null;
  /** ASCII only: thermal printers and QR byte mode both stay safe. */
  qrPayload: string;
  /** The check code in the QR, printed under it for someone who reads it out on the phone. */
  receiptCode: string;
}

export interface ReceiptExtras {
  header?: ReceiptHeader;
  billMonth: string | null;
  copy?: ReceiptCopy;
  reprint?: number;
  agent?: string | null;
  approvalRef?: string | null;
  txnRefId?: string | null;
  voided?: boolean;
  refunded?: boolean;
  refund?: RefundFacts | null;
  /** The company's receipt verification address (from the gateway's config), once known. */
  verifyUrl?: string | null;
}

/**
 * The QR lets the consumer, the company or an auditor check a receipt: the company's
 * verification address with the receipt number and the check code of its ledger row, which
 * nobody can make without the row. Training receipts and refund slips never reach the company,
 * so their QR carries the same facts without the address, for an auditor's offline check.
 */
export function verificationPayload(row: Pick<LedgerRow, 'kind' | 'receipt_no' | 'hash' | 'training'>, verifyUrl: string | null): string {
  const online = row.kind === 'PAYMENT' && row.training === 0 ? verifyUrl : null;
  return receiptQrText(online, row.receipt_no ?? '', receiptCode(row.hash));
}

export function receiptRecord(row: ReceiptRow, extras: ReceiptExtras): ReceiptRecord {
  const copy = extras.copy ?? 'ORIGINAL';
  return {
    header: extras.header ?? DEFAULT_RECEIPT_HEADER,
    receiptNo: row.receipt_no,
    recordedAt: row.recorded_at,
    consumerNo: row.consumer_no,
    consumerName: row.consumer_name,
    billNumber: row.bill_number,
    billMonth: extras.billMonth,
    amountPaise: row.amount_paise,
    tenderedPaise: row.tendered_paise,
    changePaise: row.change_paise,
    changeRoundingPaise: row.change_rounding_paise ?? 0,
    paymentMode: 'Cash',
    cabinCode: row.cabin_code,
    agent: extras.agent ?? null,
    approvalRef: extras.approvalRef ?? null,
    txnRefId: extras.txnRefId ?? null,
    approvalFollows: row.kind === 'PAYMENT' && row.training === 0 && !extras.voided && !extras.refunded && !extras.approvalRef,
    copy,
    reprint: copy === 'ORIGINAL' ? 0 : (extras.reprint ?? 1),
    training: row.training === 1,
    voided: extras.voided ?? false,
    refunded: extras.refunded ?? false,
    refund: extras.refund ?? null,
    qrPayload: verificationPayload(row, extras.verifyUrl ?? null),
    receiptCode: receiptCode(row.hash),
  };
}
