import { z } from 'zod';

/** "Has my payment reached?": the payments the company holds for one consumer, from any cabin. */
export const consumerPaymentsRequestSchema = z.object({
  consumerNo: z.string().regex(/^[A-Z0-9]{6,20}$/),
});

export const consumerPaymentsResponseSchema = z.object({
  consumerNo: z.string(),
  payments: z
    .array(
      z.object({
        receiptNo: z.string(),
        cabinCode: z.string(),
        billNumber: z.string(),
        amount: z.number().int().min(1),
        collectedAt: z.iso.datetime({ offset: true }),
        receivedAt: z.iso.datetime({ offset: true }),
        status: z.enum(['SUCCESS', 'PENDING']),
        approvalRefNumber: z.string().nullable(),
      }),
    )
    .max(20),
});

export type ConsumerPayments = z.infer<typeof consumerPaymentsResponseSchema>;
