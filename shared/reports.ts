import type { ComplaintsSummary } from './complaints';
import { z } from 'zod';
import type { ReversalsSummary } from './reversals';

const isoDateSchema = z
  .string({ error: 'Enter a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'A date is written YYYY-MM-DD, for example 2026-11-24.' })
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
    error: 'That date does not exist on the calendar.',
  });

type RangeFields = { from: string; to: string };

/** A day or a run of India calendar days, both ends included; at most a year, so one export stays a sensible size. */
function refineRange<T extends z.ZodType<RangeFields>>(schema: T) {
  return schema
    .refine((range) => range.from <= range.to, { error: 'The first day must not be after the last day.' })
    .refine((range) => Date.parse(range.to) - Date.parse(range.from) <= 366 * 86_400_000, { error: 'Choose at most a year of days at a time.' });
}

export const dayRangeSchema = refineRange(z.object({ from: isoDateSchema, to: isoDateSchema }).strict());

export type DayRange = z.output<typeof dayRangeSchema>;

export const exportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportRequestSchema = refineRange(
  z
    .object({
      from: isoDateSchema,
      to: isoDateSchema,
      folder: z.string({ error: 'Choose a folder to export to.' }).trim().min(1, { error: 'Choose a folder to export to.' }).max(1000),
      formats: z
        .array(z.enum(exportFormats, { error: 'An export is csv, xlsx or pdf.' }))
        .min(1, { error: 'Choose at least one kind of file to export.' })
        .max(exportFormats.length),
    })
    .strict(),
);

export interface Totals {
  count: number;
  totalPaise: number;
}

/** Payments in, and the two ways cash goes back out: voids and refunds of refused payments. */
export interface Movements {
  payments: Totals;
  voids: Totals;
  refunds: Totals;
  /** payments − voids − refunds: the net collected. */
  netPaise: number;
}

export interface AgentLine extends Movements {
  userId: string;
  name: string;
}

/** A shift opened in the range, with its whole drawer: expected and counted come from its close. */
export interface ShiftLine {
  shiftId: string;
  userId: string;
  name: string;
  openedAt: string;
  closedAt: string | null;
  openingFloatPaise: number;
  payments: Totals;
  voids: Totals;
  /** Refunds paid out of this shift's drawer, whichever shift took the payment. */
  refunds: Totals;
  cashInPaise: number;
  cashOutPaise: number;
  /** The rounding of change this drawer kept (+) or gave (−). */
  roundingPaise: number;
  expectedPaise: number;
  countedPaise: number | null;
  differencePaise: number | null;
}

export interface VoidLine {
  receiptNo: string;
  consumerNo: string;
  amountPaise: number;
  reason: string;
  voidedBy: string;
  approvedBy: string;
  voidedAt: string;
}

/** A refused payment paid back to the consumer against a signed slip of its own number. */
export interface RefundLine {
  slipNo: string;
  /** The refunded payment's receipt. */
  receiptNo: string;
  consumerNo: string;
  amountPaise: number;
  reason: string;
  refundedBy: string;
  approvedBy: string;
  refundedAt: string;
}

export interface DayLine extends Movements {
  date: string;
}

/**
 * Upload state of the range's payments. `cancelled`: voided, the cash given back, never accepted.
 * `refused`: refused by the gateway and still open for the supervisor. `refunded`: refused, then
 * paid back against a refund slip. `waiting` includes payments the gateway reported PENDING.
 */
export interface UploadCounts {
  accepted: Totals;
  waiting: Totals;
  refused: Totals;
  refunded: Totals;
  cancelled: Totals;
}

/**
 * What the gateway told us about the wallet: debits and commission per accepted payment of the
 * range, and the last balance it reported. Top-ups are not mirrored here; the gateway has them.
 */
export interface WalletMovements {
  debitedPaise: number;
  commissionPaise: number;
  balancePaise: number | null;
  balanceAsOf: string | null;
}

/** The supervisor's end-of-day list: each part done or not, with what is left. */
export interface DayChecklist {
  openShifts: Array<{ shiftId: string; name: string }>;
  waitingUploads: number;
  /** Refused payments neither refunded nor voided. */
  openRefusals: number;
  /** An export or a backup logged since the range's last day began. */
  exportTaken: boolean;
  backupTaken: boolean;
  allDone: boolean;
}

/** Real payments only: training rows never count anywhere in a report. */
export interface DayReport extends Movements {
  from: string;
  to: string;
  cabinCode: string;
  byDay: DayLine[];
  byAgent: AgentLine[];
  byShift: ShiftLine[];
  /** 24 entries, India hours 0–23, summed over the range. */
  byHour: Array<{ hour: number; payments: Totals }>;
  voidList: VoidLine[];
  refundList: RefundLine[];
  uploads: UploadCounts;
  wallet: WalletMovements;
  /** Payments voided after upload, and where their reversal by the company stands. */
  reversals: ReversalsSummary;
  /** Complaints taken at the counter in the range, and every one the company has not closed yet. */
  complaints: ComplaintsSummary;
  /** The ledger's hash-chain head when the report was made: an export names it so it can be checked later. */
  ledgerHead: { seq: number; hash: string };
  checklist: DayChecklist;
}

export interface ExportedFile {
  format: ExportFormat;
  path: string;
  bytes: number;
}

export interface ExportResult extends Movements {
  files: ExportedFile[];
  rows: number;
  ledgerHead: { seq: number; hash: string };
}
