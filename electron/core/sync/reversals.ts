import type { ErrorCode } from '../../../shared/errors';
import type { ReversalView } from '../../../shared/reversals';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { backoffDelayMs, type Backoff } from './outbox';

/** The payment voided and who approved the void: the supervisor is the one who asks the company. */
export interface VoidOfUploaded {
  entry_id: string;
  voids_entry_id: string;
  reason: string;
  approved_by: string;
}

const UPLOADED = `(SELECT state FROM outbox WHERE outbox.entry_id = v.voids_entry_id) IN ('SUCCESS', 'PENDING')`;

const insertFromVoids = (where: string) => `
  INSERT OR IGNORE INTO reversal_requests (client_txn_id, void_entry_id, reason, requested_by, next_attempt_at, created_at, updated_at)
  SELECT v.voids_entry_id, v.entry_id, v.reason, v.approved_by, @at, @at, @at FROM ledger v
  WHERE v.kind = 'VOID' AND v.training = 0 AND ${UPLOADED} AND ${where}`;

/**
 * Inside the void's transaction: a payment the gateway has (accepted, or reported PENDING) gets a
 * reversal request queued with the void, so both commit or neither. Returns whether one was queued.
 */
export function enqueueReversal(db: Db, voidEntryId: string, at: string): boolean {
  return db.prepare(insertFromVoids('v.entry_id = @voidEntryId')).run({ voidEntryId, at }).changes > 0;
}

/**
 * A void that raced its payment's upload (voided while the batch was on its way, accepted after):
 * every round queues the request such a void still lacks.
 */
export function sweepReversals(db: Db, at: string): number {
  return db.prepare(insertFromVoids('NOT EXISTS (SELECT 1 FROM reversal_requests r WHERE r.client_txn_id = v.voids_entry_id)')).run({ at }).changes;
}

export interface ReversalItem {
  client_txn_id: string;
  reason: string;
  requested_by: string;
  attempts: number;
}

export function dueReversals(db: Db, now: Date, limit: number): ReversalItem[] {
  return db
    .prepare("SELECT client_txn_id, reason, requested_by, attempts FROM reversal_requests WHERE state = 'WAITING' AND next_attempt_at <= ? ORDER BY created_at LIMIT ?")
    .all(now.toISOString(), limit) as ReversalItem[];
}

export function requestedReversalIds(db: Db, limit: number): string[] {
  return db.prepare("SELECT client_txn_id FROM reversal_requests WHERE state = 'REQUESTED' ORDER BY created_at LIMIT ?").pluck().all(limit) as string[];
}

export function postponeReversal(db: Db, item: ReversalItem, error: { code: ErrorCode | string; message: string }, now: Date, backoff: Backoff): void {
  const attempts = item.attempts + 1;
  db.prepare("UPDATE reversal_requests SET attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE client_txn_id = ? AND state = 'WAITING'").run(
    attempts,
    new Date(now.getTime() + backoffDelayMs(attempts, backoff)).toISOString(),
    `${error.code}: ${error.message}`,
    now.toISOString(),
    item.client_txn_id,
  );
}

/** The company has the request: a case is open (or, asked again, already decided: the next poll reads the decision). */
export function markReversalRequested(db: Db, clientTxnId: string, caseId: string, now: Date): void {
  db.prepare(
    "UPDATE reversal_requests SET state = 'REQUESTED', case_id = ?, attempts = attempts + 1, last_error = NULL, updated_at = ? WHERE client_txn_id = ? AND state = 'WAITING'",
  ).run(caseId, now.toISOString(), clientTxnId);
}

export interface ReversalDecision {
  state: 'ACCEPTED' | 'REFUSED';
  walletCreditPaise: number;
  note: string | null;
  decidedAt: string;
}

/** The company's decision, or its refusal to open a case at all (then the note says why). */
export function markReversalDecided(db: Db, clientTxnId: string, decision: ReversalDecision, now: Date): void {
  db.prepare(
    `UPDATE reversal_requests SET state = @state, wallet_credit_paise = @walletCreditPaise, decision_note = @note, decided_at = @decidedAt, updated_at = @at
     WHERE client_txn_id = @clientTxnId AND state IN ('WAITING', 'REQUESTED')`,
  ).run({ ...decision, clientTxnId, at: now.toISOString() });
}

interface ReversalRow {
  state: ReversalView['state'];
  case_id: string | null;
  wallet_credit_paise: number;
  decision_note: string | null;
  last_error: string | null;
  decided_at: string | null;
}

export const toReversalView = (row: ReversalRow): ReversalView => ({
  state: row.state,
  caseId: row.case_id,
  walletCreditPaise: row.wallet_credit_paise,
  note: row.decision_note,
  decidedAt: row.decided_at,
});

/** Where the reversal of one payment stands, or undefined when none was asked for. */
export function reversalOf(db: Db, clientTxnId: string): ReversalView | undefined {
  const row = db.prepare('SELECT * FROM reversal_requests WHERE client_txn_id = ?').get(clientTxnId) as ReversalRow | undefined;
  return row && toReversalView(row);
}
