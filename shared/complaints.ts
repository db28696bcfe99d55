import { z } from 'zod';

/** What a consumer complains about at the counter (issue #12): the four the company sorts by, and anything else. */
export const COMPLAINT_KINDS = ['WRONG_AMOUNT', 'PAYMENT_NOT_REFLECTED', 'METER', 'SUPPLY', 'OTHER'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const complaintKindSchema = z.enum(COMPLAINT_KINDS, { error: 'Choose what the complaint is about.' });

/** Long enough for what a consumer says at the counter, short enough for the slip and the company's desk. */
export const COMPLAINT_TEXT_MAX = 500;

/** The complaint's words as typed: trimmed; an empty one is refused by the core with its own message (COMPLAINT_TEXT_EMPTY). */
export const complaintTextSchema = z
  .string({ error: 'Write what the consumer says is wrong.' })
  .trim()
  .max(COMPLAINT_TEXT_MAX, { error: `A complaint is at most ${COMPLAINT_TEXT_MAX} characters.` });

/**
 * WAITING: not yet at the company (offline, or its answer lost); SENT: the company has it and gave
 * its number; REFUSED: the company would not take it (the reason is kept); TRAINING: recorded in
 * training mode, never sent.
 */
export type ComplaintUpload = 'WAITING' | 'SENT' | 'REFUSED' | 'TRAINING';

export interface ComplaintView {
  complaintId: string;
  /** The cabin's number, given at once: `<cabin>-C<sequence>`. */
  localNo: string;
  /** The company's number, once it has the complaint. */
  gatewayNo: string | null;
  consumerNo: string;
  kind: ComplaintKind;
  text: string;
  mobile: string | null;
  /** Printed on the slip with the number: the consumer's key to the complaint on the company's page. */
  checkCode: string;
  recordedAt: string;
  recordedBy: string;
  upload: ComplaintUpload;
  /** The company's reason for refusing it, or the last failure while it waits. */
  uploadNote: string | null;
  /** OPEN until the company closes it; the closing note is the company's words to the consumer. */
  status: 'OPEN' | 'CLOSED';
  closedAt: string | null;
  closeNote: string | null;
}

/** The day report's part: how many were recorded in the range, and every complaint still open. */
export interface ComplaintsSummary {
  recorded: number;
  closed: number;
  open: ComplaintView[];
}
