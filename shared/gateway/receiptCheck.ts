import { z } from 'zod';
import { normalReceiptCode, receiptCodeProblem } from '../receiptVerification';

/**
 * The public receipt check: what the company's server says about one receipt, asked with its
 * number and check code (the receipt's QR). It says nothing that the receipt itself does not:
 * the name only masked, no consumer number, no mobile, and "no such receipt" for anything it
 * cannot vouch for.
 */

const instant = z.iso.datetime({ offset: true });

export const receiptCheckQuerySchema = z.object({
  receiptNo: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{3,40}$/, { error: 'That is not a receipt number.' }),
  code: z
    .string()
    .transform((code) => normalReceiptCode(code.replace(/-/g, '')))
    .superRefine((code, context) => {
      const problem = receiptCodeProblem(code);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .meta({
      description: 'The check code from the QR: 10 characters of Crockford base32 (digits and A–Z without I, L, O, U), any case, optionally as two groups of five joined by "-".',
    }),
});

const known = {
  receiptNo: z.string(),
  cabinCode: z.string(),
  collectedAt: instant,
  amount: z.number().int().min(1),
  currency: z.literal('INR'),
  /** The first letter of each word, the rest hidden. */
  maskedName: z.string(),
  receivedAt: instant,
};

export const receiptCheckResponseSchema = z.discriminatedUnion('state', [
  /** The company has the payment and the biller approved it. */
  z.object({ state: z.literal('APPROVED'), ...known, approvalRefNumber: z.string(), txnRefId: z.string() }),
  /** The company has the payment; the biller's approval is still awaited. */
  z.object({ state: z.literal('AWAITING_APPROVAL'), ...known }),
  /**
   * The number is of a cabin registered here, and no payment under it has reached the company:
   * a receipt printed offline, until its cabin is online. The code cannot be checked before that.
   */
  z.object({ state: z.literal('NOT_YET_RECEIVED'), receiptNo: z.string(), cabinCode: z.string(), cabinLastOnlineAt: instant.nullable() }),
  z.object({ state: z.literal('NO_SUCH_RECEIPT') }),
]);

export type ReceiptCheckQuery = z.output<typeof receiptCheckQuerySchema>;
export type ReceiptCheck = z.infer<typeof receiptCheckResponseSchema>;
