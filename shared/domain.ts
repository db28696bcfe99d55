import { z } from 'zod';
import { MAX_CASH_PAISE } from './money';

/**
 * IVRS consumer numbers: new NGB numbers are "N" plus digits, older ones are all digits. No
 * official rule exists, so this is a loose guard; the gateway will serve the exact pattern.
 */
export const consumerNoSchema = z
  .string({ error: 'Enter the consumer number.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6,20}$/, { error: 'A consumer number is 6 to 20 letters and digits, for example N3330008565.' });

export const paiseSchema = z
  .number({ error: 'An amount must be a number of paise.' })
  .int({ error: 'An amount must be a whole number of paise.' })
  .min(0, { error: 'An amount cannot be negative.' })
  .max(MAX_CASH_PAISE, { error: 'That amount is too large for a cash payment.' });

export const clientTxnIdSchema = z.uuid({ error: 'A payment id must be a UUID made by the app.' });

export interface Bill {
  consumerNo: string;
  consumerName: string;
  address: string;
  billNumber: string;
  /** YYYY-MM */
  billMonth: string;
  /** YYYY-MM-DD */
  billDate: string;
  /** YYYY-MM-DD, India calendar */
  dueDate: string;
  amountByDuePaise: number;
  /** From the bill data, never computed here: discoms run surcharge waivers. */
  amountAfterDuePaise: number;
  arrearsPaise: number;
  /** Ten digits, or absent: the gateway's bill master carries it for search by mobile. */
  mobile?: string;
}

export interface BillToCollect {
  bill: Bill;
  /** India date the amount was chosen for. */
  today: string;
  pastDue: boolean;
  amountToCollectPaise: number;
}

export interface RecordedPayment {
  clientTxnId: string;
  receiptNo: string;
  consumerNo: string;
  consumerName: string;
  billNumber: string;
  amountPaise: number;
  tenderedPaise: number;
  changePaise: number;
  /** UTC ISO instant */
  recordedAt: string;
  /** True when this id had been recorded before and the stored result was returned. */
  replayed: boolean;
}

export interface AppInfo {
  cabinCode: string;
  today: string;
}

export interface WalletStatus {
  /** False until the gateway has reported a balance once. */
  known: boolean;
  balancePaise: number | null;
  /** Balance less the payments the gateway has not accepted yet. */
  availablePaise: number | null;
  waitingPaise: number;
  waitingCount: number;
  lowBalance: boolean;
  lowBalanceThresholdPaise: number | null;
  commissionTodayPaise: number;
  commissionMonthPaise: number;
  /** When the gateway last reported the balance (UTC ISO). */
  asOf: string | null;
}

export type BillSource = 'ONLINE' | 'MASTER';

/** A bill found for collection, saying where it came from and how fresh it is. */
export interface BillLookup extends BillToCollect {
  source: BillSource;
  /** ONLINE: when it was fetched; MASTER: when the bill master was last brought up to date (null: never). */
  freshAsOf: string | null;
  wallet: WalletStatus;
}

export interface SyncStatus {
  registered: boolean;
  gatewayUrl: string | null;
  online: boolean;
  waitingCount: number;
  pendingCount: number;
  exceptionCount: number;
  lastSyncAt: string | null;
  lastError: string | null;
  billMasterSyncedAt: string | null;
}

export interface PaymentUploadStatus {
  clientTxnId: string;
  state: 'WAITING' | 'PENDING' | 'SUCCESS' | 'FAILED';
  txnRefId: string | null;
  approvalRefNumber: string | null;
  failureCode: string | null;
  failureMessage: string | null;
}

/** A payment the gateway refused for good, after the cash was taken: the supervisor retries or refunds. */
export interface PaymentException {
  clientTxnId: string;
  receiptNo: string;
  consumerNo: string;
  consumerName: string;
  amountPaise: number;
  recordedAt: string;
  failureCode: string;
  failureMessage: string;
}
