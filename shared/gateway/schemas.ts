import { z } from 'zod';
import { changeRoundingSchema } from '../cashRounding';
import { MAX_CASH_PAISE } from '../money';
import { RECEIPT_CODE_LENGTH, VERIFY_URL_PATTERN } from '../receiptVerification';
import { BILL_COLUMNS, repeatedConsumer } from './billMasterRules';

/**
 * The gateway protocol (docs/gateway-openapi.yaml is generated from these). The app's client and
 * the reference gateway both parse with them, so the two cannot drift apart. Money is integer
 * paise; instants are ISO-8601 with an offset; dates are India calendar days.
 */

const paise = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const signedPaise = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const instant = z.iso.datetime({ offset: true });
const calendarDate = z.iso.date();
const consumerNo = z.string().regex(/^[A-Z0-9]{6,20}$/);
const currency = z.literal('INR');

export const errorBodySchema = z.object({
  error: z.object({ code: z.string().regex(/^[A-Z][A-Z0-9_]*$/), message: z.string() }),
});

/** The refusal codes the reference gateway answers with; the app reads any other as GATEWAY_REFUSED. */
export const refusalCodeSchema = z.enum([
  'UNAUTHORIZED',
  'NOT_FOUND',
  'INVALID_REQUEST',
  'INTERNAL',
  'BAD_REGISTRATION_CODE',
  'UNKNOWN_AGENT',
  'UNKNOWN_CONSUMER',
  'BILL_ALREADY_PAID',
  'UNKNOWN_PAYMENT',
]);

export const registerRequestSchema = z.object({
  registrationCode: z.string().min(6).max(64),
  cabinCode: z.string().regex(/^[A-Z0-9-]{3,16}$/),
  deviceName: z.string().min(1).max(80),
});

export const registerResponseSchema = z.object({
  deviceToken: z.string().min(32).max(200),
  agentId: z.string().min(1),
  agentName: z.string(),
  cabinCode: z.string(),
});

export const amountExactnessSchema = z.enum(['EXACT', 'EXACT_AND_ABOVE', 'EXACT_AND_BELOW']);

/** A cash limit the counter can hold a payment to: at least a paisa, at most the app's cap. */
const cashLimit = z.number().int().min(1).max(MAX_CASH_PAISE);

/**
 * The biller's rules are the app's rules (shared/amountRules reads its fields from here), so a
 * config the app could not enforce is refused as the answer is read, not later inside a sync round.
 */
export const configResponseSchema = z
  .object({
    billerId: z.string().min(1),
    billerName: z.string(),
    consumerNoPattern: z.string().min(1),
    /** Finds the consumer number (its first capture group) in the text of the bill's printed QR code or barcode. */
    scanPattern: z.string().min(1).max(500).optional(),
    paymentAmountExactness: amountExactnessSchema,
    minCashPaise: cashLimit,
    maxCashPaise: cashLimit,
    dailyCashLimitPerConsumerPaise: cashLimit,
    commissionPerBillPaise: paise,
    currency,
    receiptHeader: z.array(z.string()).max(8),
    helpline: z.string(),
    serverTime: instant,
    /** The biller's rule for the change given (to ₹1 or ₹0.50, and which way); none when absent. */
    changeRounding: changeRoundingSchema.optional(),
    /** Where a receipt's QR sends the consumer: the company's public verification page (docs/gateway.md, "Receipts anyone can check"). */
    receiptVerifyUrl: z.string().max(120).regex(VERIFY_URL_PATTERN).optional(),
  })
  .refine((config) => config.minCashPaise <= config.maxCashPaise, { error: 'The minimum cash payment is above the maximum.', path: ['minCashPaise'] });

export const gatewayBillSchema = z.object({
  consumerNo,
  consumerName: z.string().min(1).max(200),
  address: z.string().max(300),
  mobile: z.string().regex(/^(\d{10})?$/),
  billNumber: z.string().min(1).max(40),
  billMonth: z.string().regex(/^\d{4}-\d{2}$/),
  billDate: calendarDate,
  dueDate: calendarDate,
  amountByDuePaise: paise,
  amountAfterDuePaise: paise,
  arrearsPaise: paise,
});

export const billFetchRequestSchema = z.object({ consumerNo });
export const billFetchResponseSchema = z.object({ bill: gatewayBillSchema, refId: z.string().min(1).max(64) });

export const billMasterQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^\d{0,19}$/)
    .default(''),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

/** shared/gateway/billMasterPageCheck.ts checks the same by hand, for speed; a change here is a change there. */
export const billMasterPageSchema = z
  .object({
    bills: z.array(gatewayBillSchema),
    removed: z.array(consumerNo),
    nextCursor: z.string().regex(/^\d{0,19}$/),
    hasMore: z.boolean(),
    /** Changes still to come after this page, so the cabin can show the download's progress. */
    remaining: z.number().int().nonnegative().optional(),
  })
  .superRefine((page, context) => {
    const twice = repeatedConsumer(page.bills.map((bill) => bill.consumerNo).concat(page.removed));
    if (twice) context.addIssue({ code: 'custom', message: `Consumer ${twice} is listed twice in one page`, path: ['bills'] });
  });

const bill = gatewayBillSchema.shape;
/** One bill as a row: its fields in BILL_COLUMNS order, nothing more. */
export const gatewayBillRowSchema = z.tuple([
  bill.consumerNo,
  bill.consumerName,
  bill.address,
  bill.mobile,
  bill.billNumber,
  bill.billMonth,
  bill.billDate,
  bill.dueDate,
  bill.amountByDuePaise,
  bill.amountAfterDuePaise,
  bill.arrearsPaise,
]);

/**
 * The bill master page with each bill as a row, its fields named once in `columns`: about 40% fewer
 * bytes than named fields, for a pull of 550,000 consumers. The same rules as billMasterPageSchema;
 * shared/gateway/billMasterPageCheck.ts checks the same by hand.
 */
export const billMasterRowsPageSchema = z
  .object({
    columns: z.array(z.enum(BILL_COLUMNS)).refine((columns) => columns.length === BILL_COLUMNS.length && columns.every((column, at) => column === BILL_COLUMNS[at]), {
      error: `The columns are not ${BILL_COLUMNS.join(', ')}, in that order`,
    }),
    rows: z.array(gatewayBillRowSchema),
    removed: z.array(consumerNo),
    nextCursor: z.string().regex(/^\d{0,19}$/),
    hasMore: z.boolean(),
    /** Changes still to come after this page, so the cabin can show the download's progress. */
    remaining: z.number().int().nonnegative().optional(),
  })
  .superRefine((page, context) => {
    const twice = repeatedConsumer(page.rows.map((row) => row[0]).concat(page.removed));
    if (twice) context.addIssue({ code: 'custom', message: `Consumer ${twice} is listed twice in one page`, path: ['rows'] });
  });

export const walletResponseSchema = z.object({
  balance: signedPaise,
  currency,
  lowBalanceThreshold: paise,
  commissionToday: paise,
  commissionThisMonth: paise,
  asOf: instant,
});

export const walletEntryKindSchema = z.enum(['TOPUP', 'DEBIT', 'COMMISSION', 'REVERSAL']);

export const walletLedgerQuerySchema = z.object({
  from: instant.optional(),
  to: instant.optional(),
  cursor: z
    .string()
    .regex(/^\d{0,19}$/)
    .default(''),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const walletLedgerResponseSchema = z.object({
  entries: z.array(
    z.object({
      entryId: z.string(),
      kind: walletEntryKindSchema,
      amount: signedPaise,
      closingBalance: signedPaise,
      clientTxnId: z.uuid().nullable(),
      note: z.string(),
      at: instant,
    }),
  ),
  nextCursor: z.string(),
  hasMore: z.boolean(),
});

export const uploadPaymentSchema = z.object({
  clientTxnId: z.uuid(),
  receiptNo: z.string().min(1).max(40),
  consumerNo,
  billNumber: z.string().min(1).max(40),
  billerId: z.string().min(1),
  amount: paise.min(1),
  currency,
  paymentMode: z.literal('Cash'),
  initChannel: z.literal('AGT'),
  collectedAt: instant,
  offline: z.boolean(),
  billSource: z.enum(['MASTER', 'FETCH']),
  refId: z.string().nullable(),
  shiftId: z.string().nullable(),
  /** Exact change − change given, by the biller's rounding rule: the cabin's drawer, not the bill (+ kept, − given). */
  changeRoundingPaise: signedPaise.optional(),
  /** The receipt's check code (its QR's `c`), so the company's verification page can tell a real receipt from a made-up one. */
  receiptCode: z
    .string()
    .length(RECEIPT_CODE_LENGTH)
    .regex(/^[0-9A-HJKMNP-TV-Z]+$/)
    .optional(),
  /** A mobile number the consumer gave at the counter for the payment's message, in place of the bill's: 10 digits, 6–9 first. */
  consumerMobile: z
    .string()
    .regex(/^[6-9]\d{9}$/)
    .optional(),
});

export const batchRequestSchema = z.object({
  batchId: z.uuid(),
  payments: z.array(uploadPaymentSchema).min(1).max(500),
});

/**
 * Why one payment was refused. The clock and receipt codes come from the cabin's own history on
 * the gateway (docs/gateway.md, "The cabin's clock"): CLOCK_BEHIND and CLOCK_AHEAD name a
 * `collectedAt` out of step with the cabin's receipts, the bill or the gateway's time;
 * BAD_RECEIPT_NO a receipt number not of the cabin's series, or used twice; WRONG_BILLER a biller
 * other than the one the gateway serves the cabin's rules for.
 */
export const failureCodeSchema = z.enum([
  'INSUFFICIENT_BALANCE',
  'AMOUNT_RULE',
  'CASH_LIMIT',
  'BILL_ALREADY_PAID',
  'UNKNOWN_CONSUMER',
  'UNKNOWN_BILL',
  'IDEMPOTENCY_MISMATCH',
  'WRONG_BILLER',
  'BAD_RECEIPT_NO',
  'CLOCK_BEHIND',
  'CLOCK_AHEAD',
]);

const itemError = z.object({ code: failureCodeSchema, message: z.string() });

export const paymentResultSchema = z
  .object({
    clientTxnId: z.uuid(),
    status: z.enum(['SUCCESS', 'DUPLICATE', 'FAILED', 'PENDING']),
    txnRefId: z.string().nullable(),
    approvalRefNumber: z.string().nullable(),
    walletDebit: paise,
    commission: paise,
    walletBalanceAfter: signedPaise.nullable(),
    error: itemError.nullable(),
    retryable: z.boolean(),
  })
  .refine((r) => (r.status === 'SUCCESS' || r.status === 'DUPLICATE') === (r.txnRefId !== null && r.approvalRefNumber !== null), {
    message: 'An accepted payment carries its references, and only an accepted one does.',
  })
  .refine((r) => (r.status === 'FAILED') === (r.error !== null), { message: 'A failed payment carries its error, and only a failed one does.' });

export const batchResponseSchema = z.object({ walletBalance: signedPaise, results: z.array(paymentResultSchema) });

export const statusRequestSchema = z.object({ clientTxnIds: z.array(z.uuid()).min(1).max(500) });

export const statusResponseSchema = z.object({
  results: z.array(
    z.object({
      clientTxnId: z.uuid(),
      status: z.enum(['SUCCESS', 'FAILED', 'PENDING', 'NOT_FOUND']),
      txnRefId: z.string().nullable(),
      approvalRefNumber: z.string().nullable(),
      walletDebit: paise,
      commission: paise,
      error: itemError.nullable(),
    }),
  ),
});

export const reversalRequestSchema = z.object({
  reason: z.string().min(3).max(500),
  requestedBy: z.string().min(1).max(80),
});

/** OPEN until the biller decides; ACCEPTED credits the wallet back (the bill falls due again), REFUSED leaves the payment as it was. */
export const reversalStatusSchema = z.enum(['OPEN', 'ACCEPTED', 'REFUSED']);

export const reversalResponseSchema = z.object({
  caseId: z.string(),
  clientTxnId: z.uuid(),
  status: reversalStatusSchema,
  openedAt: instant,
});

export const reversalStatusRequestSchema = z.object({ clientTxnIds: z.array(z.uuid()).min(1).max(500) });

export const reversalStatusResponseSchema = z.object({
  results: z.array(
    z.object({
      clientTxnId: z.uuid(),
      status: z.enum(['OPEN', 'ACCEPTED', 'REFUSED', 'NOT_FOUND']),
      caseId: z.string().nullable(),
      /** What the wallet got back when accepted: the bill's debit less the commission paid on it. */
      walletCredit: signedPaise,
      /** The biller's words on its decision, if any. */
      note: z.string().max(500).nullable(),
      decidedAt: instant.nullable(),
    }),
  ),
});

export type RegisterRequest = z.infer<typeof registerRequestSchema>;
export type RegisterResponse = z.infer<typeof registerResponseSchema>;
export type GatewayConfig = z.infer<typeof configResponseSchema>;
export type GatewayBill = z.infer<typeof gatewayBillSchema>;
export type BillFetchResponse = z.infer<typeof billFetchResponseSchema>;
export type BillMasterPage = z.infer<typeof billMasterPageSchema>;
export type BillMasterRow = z.infer<typeof gatewayBillRowSchema>;
export type BillMasterRowsPage = z.infer<typeof billMasterRowsPageSchema>;
export type WalletResponse = z.infer<typeof walletResponseSchema>;
export type WalletLedgerResponse = z.infer<typeof walletLedgerResponseSchema>;
export type UploadPayment = z.infer<typeof uploadPaymentSchema>;
export type BatchRequest = z.infer<typeof batchRequestSchema>;
export type PaymentResult = z.infer<typeof paymentResultSchema>;
export type BatchResponse = z.infer<typeof batchResponseSchema>;
export type FailureCode = z.infer<typeof failureCodeSchema>;
export type RefusalCode = z.infer<typeof refusalCodeSchema>;
export type StatusResponse = z.infer<typeof statusResponseSchema>;
export type ReversalRequest = z.infer<typeof reversalRequestSchema>;
export type ReversalResponse = z.infer<typeof reversalResponseSchema>;
export type ReversalStatusResponse = z.infer<typeof reversalStatusResponseSchema>;
