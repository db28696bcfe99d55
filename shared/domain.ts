import type { ChangeRounding } from './cashRounding';
import type { ReversalView } from './reversals';
import { z } from 'zod';
import type { ErrorBody } from './errors';
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

export const userIdSchema = z
  .string({ error: 'Enter the user id.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,24}$/, { error: 'A user id is 3 to 24 letters, digits, dots, dashes or underscores.' });

export const pinSchema = z.string({ error: 'Enter the PIN.' }).regex(/^\d{4,8}$/, { error: 'A PIN is 4 to 8 digits.' });

export const personNameSchema = z.string().trim().min(2, { error: 'Enter the full name.' }).max(60, { error: 'A name is at most 60 characters.' });

export const reasonSchema = z.string().trim().min(3, { error: 'Write a reason of a few words.' }).max(200, { error: 'A reason is at most 200 characters.' });

/** A supervisor's id and PIN, typed on the agent's screen and checked in the core. */
export const approvalSchema = z.object({ supervisorId: userIdSchema, pin: pinSchema }).strict();

export type Role = 'AGENT' | 'SUPERVISOR';
export type Language = 'en' | 'hi';
export const languageSchema = z.enum(['en', 'hi'], { error: 'The language is en or hi.' });

export interface SignedInUser {
  userId: string;
  name: string;
  role: Role;
  language: Language;
}

export type Exactness = 'EXACT' | 'EXACT_AND_ABOVE' | 'EXACT_AND_BELOW';

/** The biller's rules for a cash payment; served by the gateway, defaults until then. */
export interface BillerRules {
  exactness: Exactness;
  minPaise: number;
  maxPaise: number;
  dailyLimitPaise: number;
  /** How the change given is rounded (shared/cashRounding); none when absent. */
  changeRounding?: ChangeRounding;
}

export interface ShiftSummary {
  shiftId: string;
  userId: string;
  openedAt: string;
  openingFloatPaise: number;
}

export interface SessionStatus {
  /** No user exists yet: the first supervisor must be created. */
  firstRun: boolean;
  user: SignedInUser | null;
  /** Signed in, but idle too long: the PIN unlocks. */
  locked: boolean;
  idleMinutes: number;
  shift: ShiftSummary | null;
  training: boolean;
  rules: BillerRules;
}

export interface RecordedPayment {
  clientTxnId: string;
  receiptNo: string;
  consumerNo: string;
  consumerName: string;
  billNumber: string;
  amountPaise: number;
  tenderedPaise: number;
  /** The exact change; the consumer is handed `changePaise − changeRoundingPaise`. */
  changePaise: number;
  changeRoundingPaise: number;
  /** UTC ISO instant */
  recordedAt: string;
  userId: string;
  shiftId: string;
  training: boolean;
  voided: boolean;
  /** True when this id had been recorded before and the stored result was returned. */
  replayed: boolean;
  /** For a payment voided after upload: where the company's reversal of it stands. */
  reversal?: ReversalView | null;
}

export interface BillToCollectWithHistory extends BillToCollect {
  /** Payments already taken for this bill (not voided), newest first. */
  earlierPayments: Array<{ receiptNo: string; amountPaise: number; recordedAt: string }>;
  /** Cash already taken from this consumer today (India date), counted against the daily limit. */
  paidTodayPaise: number;
  rules: BillerRules;
}

/** Someone named on a slip: the name as it was, and the id that signs in. */
export interface Person {
  userId: string;
  name: string;
}

/** Cash taken out of the drawer, as its slip prints it: every figure as it was when the move was recorded. */
export interface CashOutSlip {
  moveId: string;
  cabinCode: string;
  shiftId: string;
  agent: Person;
  amountPaise: number;
  reason: string;
  at: string;
  /** The supervisor whose PIN countersigned it. */
  supervisor: Person;
  /** What should be in the drawer once the cash was out. */
  expectedAfterPaise: number;
}

export interface ShiftReport {
  shiftId: string;
  userId: string;
  userName: string;
  cabinCode: string;
  openedAt: string;
  closedAt: string | null;
  openingFloatPaise: number;
  payments: { count: number; totalPaise: number };
  voids: { count: number; totalPaise: number };
  /** Refused payments paid back to consumers from this drawer. */
  refunds: { count: number; totalPaise: number };
  cashInPaise: number;
  cashOutPaise: number;
  /** The rounding of change this drawer kept (+) or gave (−). */
  roundingPaise: number;
  expectedPaise: number;
  countedPaise: number | null;
  differencePaise: number | null;
  note: string | null;
  approvedBy: string | null;
  /** Count by denomination at close, when closed. */
  counted: Record<string, number> | null;
}

export interface AppInfo {
  cabinCode: string;
  today: string;
  /** The shell has the operating system's folder picker (Electron does; a plain browser does not). */
  canChooseFolder: boolean;
}

export interface WalletStatus {
  /** False until the gateway has reported a balance once. */
  known: boolean;
  balancePaise: number | null;
  /** Balance less the recorded payments it does not include yet. */
  availablePaise: number | null;
  /** Recorded payments the balance does not include yet (not PENDING ones the gateway already debited). */
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

/** Where a bill for collection came from and how fresh it is, with the wallet it is checked against. */
export interface BillSourceInfo {
  source: BillSource;
  /** ONLINE: when it was fetched; MASTER: when the bill master was last brought up to date (null: never). */
  freshAsOf: string | null;
  wallet: WalletStatus;
}

export type BillLookup = BillToCollectWithHistory & BillSourceInfo;

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
  /** The gateway's latest rules, refused: the last good ones stay in force until a good answer comes. */
  rulesRefused: (ErrorBody<'GATEWAY_RULES_REFUSED'> & { at: string }) | null;
  /** A sync round is under way now. */
  syncing?: boolean;
  /** The bill master download under way: bills saved so far, of how many, since when. */
  billMasterProgress?: BillMasterProgress;
}

export interface BillMasterProgress {
  done: number;
  /** Null while the gateway has not said how many there are. */
  total: number | null;
  startedAt: string;
  at: string;
}

export interface PaymentUploadStatus {
  clientTxnId: string;
  state: 'WAITING' | 'PENDING' | 'SUCCESS' | 'FAILED';
  txnRefId: string | null;
  approvalRefNumber: string | null;
  failureCode: string | null;
  failureMessage: string | null;
}

/** A payment the gateway refused after the cash was taken, not yet resolved: the supervisor retries or refunds. */
/** A refused payment paid back to the consumer: a REFUND row in the ledger and its slip in the print queue. */
export interface RefundSlip {
  /** The slip's own number (RFD-<cabin>-nnnnnn); print it with receipts.print. */
  slipNo: string;
  receiptNo: string;
  clientTxnId: string;
  amountPaise: number;
  /** The cash handed back from the drawer: the amount plus the payment's change rounding (shared/cashRounding). */
  cashPaise: number;
  refundedAt: string;
}

export interface PaymentException {
  clientTxnId: string;
  receiptNo: string;
  consumerNo: string;
  consumerName: string;
  amountPaise: number;
  /** What a refund of it hands back: the amount plus its change rounding (shared/cashRounding). */
  refundCashPaise: number;
  recordedAt: string;
  failureCode: string;
  failureMessage: string;
}
