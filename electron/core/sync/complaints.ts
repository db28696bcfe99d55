import type { ComplaintKind } from '../../../shared/complaints';
import type { ComplaintRequest } from '../../../shared/gateway/complaints';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { backoffDelayMs, type Backoff } from './outbox';

export interface ComplaintItem {
  complaint_id: string;
  local_no: string;
  consumer_no: string;
  kind: ComplaintKind;
  text: string;
  mobile: string | null;
  check_code: string;
  recorded_at: string;
  recorded_by: string;
  attempts: number;
}

const DUE = `SELECT c.complaint_id, c.local_no, c.consumer_no, c.kind, c.text, c.mobile, c.check_code, c.recorded_at, c.recorded_by, o.attempts
  FROM complaint_outbox o JOIN complaints c USING (complaint_id) WHERE o.state = 'WAITING'`;

/** Complaints waiting for the company whose backoff has passed, oldest first. */
export function dueComplaints(db: Db, now: Date, limit: number): ComplaintItem[] {
  return db.prepare(`${DUE} AND o.next_attempt_at <= ? ORDER BY c.recorded_at, c.local_no LIMIT ?`).all(now.toISOString(), limit) as ComplaintItem[];
}

/** One complaint still waiting, whatever its backoff: the counter sends it at once after recording it. */
export function waitingComplaint(db: Db, complaintId: string): ComplaintItem | undefined {
  return db.prepare(`${DUE} AND o.complaint_id = ?`).get(complaintId) as ComplaintItem | undefined;
}

export const toComplaintRequest = (item: ComplaintItem): ComplaintRequest => ({
  clientId: item.complaint_id,
  localNo: item.local_no,
  consumerNo: item.consumer_no,
  kind: item.kind,
  text: item.text,
  ...(item.mobile ? { consumerMobile: item.mobile } : {}),
  checkCode: item.check_code,
  recordedAt: item.recorded_at,
  recordedBy: item.recorded_by,
});

export function postponeComplaint(db: Db, item: ComplaintItem, error: { code: string; message: string }, now: Date, backoff: Backoff): void {
  const attempts = item.attempts + 1;
  db.prepare("UPDATE complaint_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE complaint_id = ? AND state = 'WAITING'").run(
    attempts,
    new Date(now.getTime() + backoffDelayMs(attempts, backoff)).toISOString(),
    `${error.code}: ${error.message}`,
    now.toISOString(),
    item.complaint_id,
  );
}

/** The company has it, under its own number; asked again it answers the same number, so a second answer changes nothing. */
export function markComplaintSent(db: Db, complaintId: string, gatewayNo: string, now: Date): void {
  db.prepare(
    "UPDATE complaint_outbox SET state = 'SENT', gateway_no = ?, attempts = attempts + 1, last_error = NULL, updated_at = ? WHERE complaint_id = ? AND state = 'WAITING'",
  ).run(gatewayNo, now.toISOString(), complaintId);
}

/** The company will not take it (it does not know the consumer, say): kept with its words, never sent again. */
export function markComplaintRefused(db: Db, complaintId: string, reason: string, now: Date): void {
  db.prepare("UPDATE complaint_outbox SET state = 'REFUSED', attempts = attempts + 1, last_error = ?, updated_at = ? WHERE complaint_id = ? AND state = 'WAITING'").run(
    reason,
    now.toISOString(),
    complaintId,
  );
}

/** The company's complaints still open here, to ask whether it has closed them. */
export function openSentComplaintIds(db: Db, limit: number): string[] {
  return db
    .prepare(
      `SELECT o.complaint_id FROM complaint_outbox o WHERE o.state = 'SENT'
       AND NOT EXISTS (SELECT 1 FROM complaint_closings k WHERE k.complaint_id = o.complaint_id) ORDER BY o.updated_at LIMIT ?`,
    )
    .pluck()
    .all(limit) as string[];
}

/** The company closed it: a new row, once. */
export function markComplaintClosed(db: Db, complaintId: string, closing: { note: string | null; closedAt: string }, now: Date): void {
  db.prepare('INSERT OR IGNORE INTO complaint_closings (complaint_id, note, closed_at, learned_at) VALUES (?, ?, ?, ?)').run(
    complaintId,
    closing.note,
    closing.closedAt,
    now.toISOString(),
  );
}
