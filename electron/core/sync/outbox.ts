import type { PaymentException, PaymentUploadStatus } from '../../../shared/domain';
import type { ErrorCode } from '../../../shared/errors';
import type { FailureCode } from '../../../shared/gateway/schemas';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { preparedOnce } from '../../../shared/node/sqlite/preparedOnce';
import { NOT_FOLLOWED_UP } from '../ledger/followUpPayments';
import { cashPaidBackOf, type LedgerRow, type PaymentRow } from '../ledger/ledgerRow';

/**
 * A payment voided before it was uploaded is never sent and no longer waits: the cash went back.
 * One voided after upload is the gateway's already and stays as it is (a reversal request).
 * A refused payment refunded to the consumer, or voided, is no longer an exception.
 */
export const NOT_VOIDED = `NOT EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind IN ('VOID', 'REFUND') AND v.voids_entry_id = outbox.entry_id)`;

/**
 * A payment's upload state where the outbox is joined to the ledger: a real payment without its
 * outbox row yet (not followed up, ledger/followUpPayments.ts) is waiting like any other.
 */
export const UPLOAD_STATE = (ledger: string, outbox: string) => `coalesce(${outbox}.state, CASE WHEN ${ledger}.kind = 'PAYMENT' AND ${ledger}.training = 0 THEN 'WAITING' END)`;

/**
 * The real payments not followed up yet and not voided: waiting for upload, with no outbox row to
 * count them yet. Read by seq from the follow-ups' mark, so it costs the few rows since then.
 */
const NOT_FOLLOWED_UP_WAITING = `SELECT count(*) AS count, coalesce(sum(p.amount_paise), 0) AS paise FROM ledger AS p
  WHERE p.seq ${NOT_FOLLOWED_UP} AND p.kind = 'PAYMENT' AND p.training = 0
    AND NOT EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind = 'VOID' AND v.voids_entry_id = p.entry_id)`;

export function notFollowedUpWaiting(db: Db): { count: number; paise: number } {
  return preparedOnce(db, NOT_FOLLOWED_UP_WAITING).get() as { count: number; paise: number };
}

/** What the gateway already debited for payments it holds as PENDING (its last balance includes it); read through the state index. */
const PENDING_DEBIT = "SELECT coalesce(sum(wallet_debit_paise > 0), 0) AS count, coalesce(sum(wallet_debit_paise), 0) AS paise FROM outbox WHERE state = 'PENDING'";

export function pendingDebitPaise(db: Db): { count: number; paise: number } {
  return preparedOnce(db, PENDING_DEBIT).get() as { count: number; paise: number };
}

/**
 * The payments the gateway's last balance does not include yet: every one waiting or pending
 * (the running total, migration 4, and those not followed up), less the pending ones it debited
 * already. One statement, since the wallet check runs inside every payment's transaction.
 */
export function unseenByGateway(db: Db): { count: number; paise: number } {
  return preparedOnce(
    db,
    `SELECT w.count + t.count - d.count AS count, w.paise + t.paise - d.paise AS paise
     FROM outbox_waiting AS w, (${NOT_FOLLOWED_UP_WAITING}) AS t, (${PENDING_DEBIT}) AS d WHERE w.id = 1`,
  ).get() as { count: number; paise: number };
}

/** Writes a payment's outbox row, for fixtures that build a ledger as it was before follow-ups (migration 13). */
export function enqueuePayment(db: Db, row: LedgerRow): void {
  preparedOnce(db, 'INSERT INTO outbox (entry_id, amount_paise, next_attempt_at, updated_at) VALUES (?, ?, ?, ?)').run(
    row.entry_id,
    row.amount_paise,
    row.recorded_at,
    row.recorded_at,
  );
}

export interface OutboxItem extends PaymentRow {
  attempts: number;
  /** Set when the bill was fetched online before the payment: BBPS pays against the fetch. */
  ref_id: string | null;
}

export function duePayments(db: Db, now: Date, limit: number): OutboxItem[] {
  return db
    .prepare(
      `SELECT ledger.*, outbox.attempts, bill_fetches.ref_id FROM outbox JOIN ledger USING (entry_id)
       LEFT JOIN bill_fetches ON bill_fetches.consumer_no = ledger.consumer_no AND bill_fetches.bill_number = ledger.bill_number
       WHERE outbox.state = 'WAITING' AND outbox.next_attempt_at <= ? AND ${NOT_VOIDED} ORDER BY ledger.seq LIMIT ?`,
    )
    .all(now.toISOString(), limit) as OutboxItem[];
}

export function pendingIds(db: Db, limit: number): string[] {
  return db.prepare("SELECT entry_id FROM outbox WHERE state = 'PENDING' ORDER BY entry_id LIMIT ?").pluck().all(limit) as string[];
}

/**
 * Voided payments an upload was tried for without a readable answer: the gateway may hold them
 * (and have debited the wallet), so a void of one is not known to come before the upload until
 * the gateway is asked. Read through the state index: only waiting rows.
 */
export function voidedMaybeUploadedIds(db: Db, limit: number): string[] {
  return db
    .prepare(
      `SELECT entry_id FROM outbox WHERE state = 'WAITING' AND attempts > 0 AND absent_at IS NULL
         AND EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind = 'VOID' AND v.voids_entry_id = outbox.entry_id)
       ORDER BY entry_id LIMIT ?`,
    )
    .pluck()
    .all(limit) as string[];
}

/** The gateway does not know this voided payment: it was voided before it was uploaded after all, and is not asked about again. */
export function markAbsent(db: Db, entryId: string, now: Date): void {
  db.prepare("UPDATE outbox SET absent_at = ?, updated_at = ? WHERE entry_id = ? AND state = 'WAITING' AND absent_at IS NULL").run(now.toISOString(), now.toISOString(), entryId);
}

export interface Backoff {
  baseMs: number;
  maxMs: number;
  random: () => number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, maxMs: 10 * 60_000, random: Math.random };

/** Exponential backoff with jitter (half fixed, half random), so many cabins coming back online do not retry in step. */
export function backoffDelayMs(attempts: number, backoff: Backoff): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
  return Math.round(ceiling / 2 + (backoff.random() * ceiling) / 2);
}

export function postpone(db: Db, item: OutboxItem, error: { code: FailureCode | ErrorCode; message: string }, now: Date, backoff: Backoff): void {
  const attempts = item.attempts + 1;
  db.prepare(
    `UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, failure_code = ?, failure_message = ?, updated_at = ?
     WHERE entry_id = ? AND state = 'WAITING'`,
  ).run(
    attempts,
    new Date(now.getTime() + backoffDelayMs(attempts, backoff)).toISOString(),
    `${error.code}: ${error.message}`,
    error.code,
    error.message,
    now.toISOString(),
    item.entry_id,
  );
}

export interface Accepted {
  txnRefId: string;
  approvalRefNumber: string;
  walletDebit: number;
  commission: number;
}

export function markAccepted(db: Db, entryId: string, accepted: Accepted, now: Date): void {
  db.prepare(
    `UPDATE outbox SET state = 'SUCCESS', txn_ref_id = ?, approval_ref_number = ?, wallet_debit_paise = ?, commission_paise = ?,
       accepted_at = ?, updated_at = ?, last_error = NULL, failure_code = NULL, failure_message = NULL
     WHERE entry_id = ? AND state IN ('WAITING', 'PENDING')`,
  ).run(accepted.txnRefId, accepted.approvalRefNumber, accepted.walletDebit, accepted.commission, now.toISOString(), now.toISOString(), entryId);
}

/**
 * The gateway holds the payment and waits for the biller. That is an answer, not a failure, so it
 * adds nothing to the backoff. The debit it reports is already in the balance of the same answer.
 */
export function markPending(db: Db, entryId: string, walletDebitPaise: number, now: Date): void {
  db.prepare("UPDATE outbox SET state = 'PENDING', wallet_debit_paise = ?, updated_at = ? WHERE entry_id = ? AND state = 'WAITING'").run(
    walletDebitPaise,
    now.toISOString(),
    entryId,
  );
}

/** The gateway does not know a payment it reported PENDING: upload it again under the same id; no balance includes it. */
export function markWaitingAgain(db: Db, entryId: string, now: Date): void {
  db.prepare("UPDATE outbox SET state = 'WAITING', wallet_debit_paise = NULL, next_attempt_at = ?, updated_at = ? WHERE entry_id = ? AND state = 'PENDING'").run(
    now.toISOString(),
    now.toISOString(),
    entryId,
  );
}

/**
 * The gateway answered again: every waiting payment is due now and starts its backoff afresh, so
 * a backlog from an outage drains at full batch speed instead of each waiting out its long delay.
 * Returns how many payments were waiting out a delay.
 */
export function clearBackoff(db: Db, now: Date): number {
  const at = now.toISOString();
  return db.prepare("UPDATE outbox SET attempts = 0, next_attempt_at = ? WHERE state = 'WAITING' AND next_attempt_at > ?").run(at, at).changes;
}

/**
 * A refusal: an exception for the supervisor (retry after a fix, or refund), never dropped nor sent
 * again by itself. A payment the gateway held as PENDING may be refused later; its debit is then
 * no longer held, so the pending figure stops counting it.
 */
export function markRefused(db: Db, entryId: string, error: { code: string; message: string }, now: Date): void {
  db.prepare(
    `UPDATE outbox SET state = 'FAILED', failure_code = ?, failure_message = ?, wallet_debit_paise = NULL, attempts = attempts + 1, updated_at = ?
     WHERE entry_id = ? AND state IN ('WAITING', 'PENDING')`,
  ).run(error.code, error.message, now.toISOString(), entryId);
}

/** The supervisor's retry after a fix (a top-up): upload again, under the same clientTxnId, at the next round. */
export function markRetry(db: Db, entryId: string, now: Date): void {
  db.prepare(
    `UPDATE outbox SET state = 'WAITING', next_attempt_at = ?, last_error = failure_code || ': ' || failure_message,
       failure_code = NULL, failure_message = NULL, updated_at = ?
     WHERE entry_id = ? AND state = 'FAILED'`,
  ).run(now.toISOString(), now.toISOString(), entryId);
}

export function outboxCounts(db: Db): { waiting: number; pending: number; exceptions: number } {
  const notFollowedUp = notFollowedUpWaiting(db).count;
  // Through the state index, never the accepted rows: they are nearly all of a year's outbox, and none is counted here.
  const rows = preparedOnce(
    db,
    `SELECT state, count(*) AS n FROM outbox WHERE state IN ('WAITING', 'PENDING', 'FAILED') AND (state = 'PENDING' OR ${NOT_VOIDED}) GROUP BY state`,
  ).all() as Array<{
    state: string;
    n: number;
  }>;
  const count = (state: string) => rows.find((row) => row.state === state)?.n ?? 0;
  return { waiting: count('WAITING') + notFollowedUp, pending: count('PENDING'), exceptions: count('FAILED') };
}

/** Payments the gateway refused, not yet resolved: the supervisor's list to retry or refund. */
export function refusedPayments(db: Db): PaymentException[] {
  return (
    db
      .prepare(
        `SELECT ledger.entry_id, ledger.receipt_no, ledger.consumer_no, ledger.consumer_name, ledger.amount_paise, ledger.change_rounding_paise, ledger.recorded_at,
                outbox.failure_code, outbox.failure_message
         FROM outbox JOIN ledger USING (entry_id) WHERE outbox.state = 'FAILED' AND ${NOT_VOIDED} ORDER BY ledger.seq`,
      )
      .all() as Array<{
      entry_id: string;
      receipt_no: string;
      consumer_no: string;
      consumer_name: string;
      amount_paise: number;
      change_rounding_paise: number;
      recorded_at: string;
      failure_code: string;
      failure_message: string;
    }>
  ).map((row) => ({
    clientTxnId: row.entry_id,
    receiptNo: row.receipt_no,
    consumerNo: row.consumer_no,
    consumerName: row.consumer_name,
    amountPaise: row.amount_paise,
    refundCashPaise: cashPaidBackOf(row),
    recordedAt: row.recorded_at,
    failureCode: row.failure_code,
    failureMessage: row.failure_message,
  }));
}

/** What the receipt reprint and the consumer's "did my payment reach?" need to know. */
export function uploadStatus(db: Db, clientTxnId: string): PaymentUploadStatus | undefined {
  const row = preparedOnce(
    db,
    `SELECT ${UPLOAD_STATE('l', 'o')} AS state, o.txn_ref_id, o.approval_ref_number, o.failure_code, o.failure_message
     FROM ledger AS l LEFT JOIN outbox AS o USING (entry_id) WHERE l.entry_id = ? AND l.kind = 'PAYMENT'`,
  ).get(clientTxnId) as
    | {
        state: PaymentUploadStatus['state'] | null;
        txn_ref_id: string | null;
        approval_ref_number: string | null;
        failure_code: string | null;
        failure_message: string | null;
      }
    | undefined;
  if (!row?.state) return undefined;
  return {
    clientTxnId,
    state: row.state,
    txnRefId: row.txn_ref_id,
    approvalRefNumber: row.approval_ref_number,
    failureCode: row.failure_code,
    failureMessage: row.failure_message,
  };
}
