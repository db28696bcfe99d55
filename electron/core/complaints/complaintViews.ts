import type { ComplaintKind, ComplaintsSummary, ComplaintView } from '../../../shared/complaints';
import type { Db } from '../../../shared/node/sqlite/openDatabase';

interface ComplaintRow {
  complaint_id: string;
  local_no: string;
  consumer_no: string;
  kind: ComplaintKind;
  text: string;
  mobile: string | null;
  check_code: string;
  recorded_at: string;
  recorded_by_name: string;
  training: 0 | 1;
  state: 'WAITING' | 'SENT' | 'REFUSED' | null;
  gateway_no: string | null;
  last_error: string | null;
  closed_at: string | null;
  close_note: string | null;
}

const SELECT = `
  SELECT c.complaint_id, c.local_no, c.consumer_no, c.kind, c.text, c.mobile, c.check_code, c.recorded_at, c.training,
         coalesce(u.name, c.recorded_by) AS recorded_by_name, o.state, o.gateway_no, o.last_error, k.closed_at, k.note AS close_note
  FROM complaints c LEFT JOIN users u ON u.user_id = c.recorded_by
  LEFT JOIN complaint_outbox o ON o.complaint_id = c.complaint_id LEFT JOIN complaint_closings k ON k.complaint_id = c.complaint_id`;

const toView = (row: ComplaintRow): ComplaintView => ({
  complaintId: row.complaint_id,
  localNo: row.local_no,
  gatewayNo: row.gateway_no,
  consumerNo: row.consumer_no,
  kind: row.kind,
  text: row.text,
  mobile: row.mobile,
  checkCode: row.check_code,
  recordedAt: row.recorded_at,
  recordedBy: row.recorded_by_name,
  upload: row.training === 1 ? 'TRAINING' : (row.state ?? 'WAITING'),
  uploadNote: row.last_error,
  status: row.closed_at ? 'CLOSED' : 'OPEN',
  closedAt: row.closed_at,
  closeNote: row.close_note,
});

/** One complaint as the counter shows it, or undefined when it was never recorded here. */
export function complaintOf(db: Db, complaintId: string): ComplaintView | undefined {
  const row = db.prepare(`${SELECT} WHERE c.complaint_id = ?`).get(complaintId) as ComplaintRow | undefined;
  return row && toView(row);
}

/** The shift that recorded a complaint: an agent reprints only the slips of their own shift. */
export function complaintShift(db: Db, complaintId: string): string | undefined {
  return db.prepare('SELECT shift_id FROM complaints WHERE complaint_id = ?').pluck().get(complaintId) as string | undefined;
}

/**
 * For the day report: the complaints recorded in the range (and how many of those are closed),
 * and every complaint still open up to the range's end, however old: what the supervisor follows up.
 */
export function complaintsSummary(db: Db, at: { from: string; to: string }): ComplaintsSummary {
  const counts = db
    .prepare(
      `SELECT count(*) AS recorded, count(k.complaint_id) AS closed FROM complaints c LEFT JOIN complaint_closings k USING (complaint_id)
       WHERE c.training = 0 AND c.recorded_at >= @from AND c.recorded_at < @to`,
    )
    .get(at) as { recorded: number; closed: number };
  const open = db.prepare(`${SELECT} WHERE c.training = 0 AND c.recorded_at < @to AND k.complaint_id IS NULL ORDER BY c.recorded_at, c.local_no`).all(at) as ComplaintRow[];
  return { ...counts, open: open.map(toView) };
}
