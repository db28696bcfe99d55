import type { z } from 'zod';
import {
  batchRequestSchema,
  batchResponseSchema,
  billFetchRequestSchema,
  billFetchResponseSchema,
  billMasterPageSchema,
  billMasterQuerySchema,
  billMasterRowsPageSchema,
  configResponseSchema,
  registerRequestSchema,
  registerResponseSchema,
  reversalRequestSchema,
  reversalResponseSchema,
  reversalStatusRequestSchema,
  reversalStatusResponseSchema,
  statusRequestSchema,
  statusResponseSchema,
  walletLedgerQuerySchema,
  walletLedgerResponseSchema,
  walletResponseSchema,
  type RefusalCode,
} from './schemas';
import { isBillMasterPage, isBillMasterRowsPage } from './billMasterPageCheck';
import { complaintRequestSchema, complaintResponseSchema, complaintStatusRequestSchema, complaintStatusResponseSchema } from './complaints';
import { consumerPaymentsRequestSchema, consumerPaymentsResponseSchema } from './consumerPayments';
import { receiptCheckQuerySchema, receiptCheckResponseSchema } from './receiptCheck';

export interface Endpoint {
  method: 'GET' | 'POST';
  /** Fastify-style path; `:name` is a path parameter. */
  path: string;
  summary: string;
  auth: boolean;
  body?: z.ZodType;
  query?: z.ZodObject;
  response: z.ZodType;
  /**
   * The answer's shape checked by hand, never looser than `response`, for the one answer big
   * enough for zod to cost (a bill master page): what passes is used as sent, and what fails is
   * parsed with `response` for the precise refusal.
   */
  quickCheck?: (answer: unknown) => boolean;
  /** The endpoint's own refusals, besides the ones every endpoint may give (a bad request, a bad token, an internal error). */
  refusals?: readonly RefusalCode[];
  /** Public and limited per client address: a 429 TOO_MANY_CHECKS answers past the limit. */
  rateLimited?: boolean;
}

/** Every endpoint of the protocol: the reference gateway serves this list and the OpenAPI document describes it. */
export const endpoints = {
  register: {
    method: 'POST',
    path: '/v1/devices/register',
    summary: 'Exchange a one-time registration code for a device token bound to one agent and cabin.',
    auth: false,
    body: registerRequestSchema,
    response: registerResponseSchema,
    refusals: ['BAD_REGISTRATION_CODE'],
  },
  config: { method: 'GET', path: '/v1/config', summary: 'Biller rules, receipt header, helpline and server time.', auth: true, response: configResponseSchema },
  fetchBill: {
    method: 'POST',
    path: '/v1/bills/fetch',
    summary: 'Online bill lookup for one consumer number; returns the current bill and a refId.',
    auth: true,
    body: billFetchRequestSchema,
    response: billFetchResponseSchema,
    refusals: ['UNKNOWN_CONSUMER', 'BILL_ALREADY_PAID'],
  },
  billMaster: {
    method: 'GET',
    path: '/v1/bill-master',
    summary: 'The zone’s bills for offline lookup, as pages of changes since a cursor.',
    auth: true,
    query: billMasterQuerySchema,
    response: billMasterPageSchema,
    quickCheck: isBillMasterPage,
  },
  billMasterRows: {
    method: 'GET',
    path: '/v2/bill-master',
    summary:
      'The same pages as /v1/bill-master with each bill as a row: its fields named once per page in `columns`, in that order. About 40% fewer bytes; /v1/bill-master stays for cabins that ask for it.',
    auth: true,
    query: billMasterQuerySchema,
    response: billMasterRowsPageSchema,
    quickCheck: isBillMasterRowsPage,
  },
  wallet: { method: 'GET', path: '/v1/wallet', summary: 'The token’s own agent wallet: balance, threshold, commission.', auth: true, response: walletResponseSchema },
  walletLedger: {
    method: 'GET',
    path: '/v1/wallet/ledger',
    summary: 'TOPUP, DEBIT, COMMISSION and REVERSAL entries with the closing balance, oldest first.',
    auth: true,
    query: walletLedgerQuerySchema,
    response: walletLedgerResponseSchema,
  },
  uploadBatch: {
    method: 'POST',
    path: '/v1/payments/batch',
    summary:
      'Upload collected payments. One result per item in request order. A clientTxnId seen before with the same body returns DUPLICATE with the original references and never debits again; with a different body it FAILS with IDEMPOTENCY_MISMATCH. Only an accepted payment binds its clientTxnId: a FAILED answer is not stored, so the same clientTxnId and body sent again after the cause is fixed (a top-up) is processed afresh, and debited at most once. Each payment is checked against its device’s cabin: billerId must be the biller of /v1/config (else WRONG_BILLER); receiptNo must be of the cabin’s series <cabinCode>-<number>, as registered, and not already accepted (else BAD_RECEIPT_NO); collectedAt must not be earlier than that of the nearest lower receipt number already accepted from the cabin, nor earlier than the bill’s billDate (else CLOCK_BEHIND), nor later than that of the nearest higher one, nor more than 10 minutes past the gateway’s time (else CLOCK_AHEAD). The amount due (by or after the due date, India calendar) follows the checked collectedAt.',
    auth: true,
    body: batchRequestSchema,
    response: batchResponseSchema,
  },
  paymentStatus: {
    method: 'POST',
    path: '/v1/payments/status',
    summary: 'Status of payments by clientTxnId (only the token’s own agent’s payments are visible).',
    auth: true,
    body: statusRequestSchema,
    response: statusResponseSchema,
  },
  reversal: {
    method: 'POST',
    path: '/v1/payments/:clientTxnId/reversal-requests',
    summary:
      'A supervisor asks to reverse an uploaded payment (voided at the counter, the cash given back): opens a case, never reverses by itself. Idempotent by clientTxnId: asked again, it answers with the case already open (or decided) and opens no other.',
    auth: true,
    body: reversalRequestSchema,
    response: reversalResponseSchema,
    refusals: ['UNKNOWN_PAYMENT'],
  },
  reversalStatus: {
    method: 'POST',
    path: '/v1/reversal-requests/status',
    summary:
      'The state of reversal cases by the payments they name (only the token’s own agent’s): OPEN, ACCEPTED with the wallet credit (the debit less the commission), REFUSED with the biller’s note, or NOT_FOUND.',
    auth: true,
    body: reversalStatusRequestSchema,
    response: reversalStatusResponseSchema,
  },
  receiptCheck: {
    method: 'GET',
    path: '/v1/receipts/check',
    summary:
      'Public, without a token, rate-limited per client address (429 TOO_MANY_CHECKS): what the company knows of one receipt, asked with its number and the check code its QR carries. APPROVED or AWAITING_APPROVAL only when the code matches the one the cabin uploaded; NOT_YET_RECEIVED for a number of a registered cabin that has not reached the company (a receipt printed offline); else NO_SUCH_RECEIPT, with nothing more. The name is masked; no consumer number or mobile is ever shown. The same answer as a page for people, in Hindi and English: GET /r?n=<receiptNo>&c=<code>&lang=hi|en.',
    auth: false,
    rateLimited: true,
    query: receiptCheckQuerySchema,
    response: receiptCheckResponseSchema,
  },
  consumerPayments: {
    method: 'POST',
    path: '/v1/payments/by-consumer',
    summary:
      'A consumer at the counter asks "has my payment reached?": the newest 20 payments the company holds for this consumer number, from any cabin, SUCCESS with the approval reference or PENDING. Payments a cabin has not uploaded yet are not here; the cabin shows its own.',
    auth: true,
    body: consumerPaymentsRequestSchema,
    response: consumerPaymentsResponseSchema,
  },
  complaint: {
    method: 'POST',
    path: '/v1/complaints',
    summary:
      'A consumer’s complaint taken at the cabin (wrong bill amount, payment not reflected, meter, supply or other, with their words): the company gives it its number. Idempotent by clientId: sent again, it answers with the complaint already recorded and records no other. The cabin’s localNo and the checkCode printed on its slip open it on the public page: GET /r?n=<complaintNo or localNo>&c=<checkCode>.',
    auth: true,
    body: complaintRequestSchema,
    response: complaintResponseSchema,
  },
  complaintStatus: {
    method: 'POST',
    path: '/v1/complaints/status',
    summary: 'Where the cabin’s complaints stand by the ids they were sent with (only the token’s own agent’s): OPEN, CLOSED with the company’s note, or NOT_FOUND.',
    auth: true,
    body: complaintStatusRequestSchema,
    response: complaintStatusResponseSchema,
  },
} as const satisfies Record<string, Endpoint>;
