import { z } from 'zod';
import { COMPLAINT_KINDS, COMPLAINT_TEXT_MAX } from '../complaints';
import { RECEIPT_CODE_LENGTH } from '../receiptVerification';

const instant = z.iso.datetime({ offset: true });

/** A consumer's complaint taken at a cabin, sent once the cabin is online, under the id it was recorded with. */
export const complaintRequestSchema = z.object({
  clientId: z.uuid(),
  /** The cabin's own number for it, printed on a slip given while offline. */
  localNo: z.string().regex(/^[A-Z0-9-]{3,40}$/),
  consumerNo: z.string().regex(/^[A-Z0-9]{6,20}$/),
  kind: z.enum(COMPLAINT_KINDS),
  text: z.string().trim().min(1).max(COMPLAINT_TEXT_MAX),
  consumerMobile: z
    .string()
    .regex(/^[6-9]\d{9}$/)
    .optional(),
  /** Printed on the slip: with the number, it opens the complaint on the public page. */
  checkCode: z.string().regex(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${RECEIPT_CODE_LENGTH}}$`)),
  recordedAt: instant,
  recordedBy: z.string().min(1).max(80),
});

export const complaintStatusSchema = z.enum(['OPEN', 'CLOSED']);

export const complaintResponseSchema = z.object({
  complaintNo: z.string(),
  clientId: z.uuid(),
  status: complaintStatusSchema,
  receivedAt: instant,
});

export const complaintStatusRequestSchema = z.object({ clientIds: z.array(z.uuid()).min(1).max(500) });

export const complaintStatusResponseSchema = z.object({
  results: z.array(
    z.object({
      clientId: z.uuid(),
      status: z.enum(['OPEN', 'CLOSED', 'NOT_FOUND']),
      complaintNo: z.string().nullable(),
      /** The company's words to the consumer on closing it, if any. */
      note: z.string().max(500).nullable(),
      closedAt: instant.nullable(),
    }),
  ),
});

export type ComplaintRequest = z.infer<typeof complaintRequestSchema>;
export type ComplaintResponse = z.infer<typeof complaintResponseSchema>;
export type ComplaintStatusResponse = z.infer<typeof complaintStatusResponseSchema>;
