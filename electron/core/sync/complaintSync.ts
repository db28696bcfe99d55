import type { Db } from '../../../shared/node/sqlite/openDatabase';
import {
  markComplaintClosed,
  markComplaintRefused,
  markComplaintSent,
  openSentComplaintIds,
  postponeComplaint,
  dueComplaints,
  toComplaintRequest,
  type ComplaintItem,
} from './complaints';
import { GatewayError, type GatewayClient } from './gatewayClient';
import { DEFAULT_BACKOFF, type Backoff } from './outbox';
import type { SyncDeps, SyncReport } from './syncCycle';

/**
 * Sends one complaint under its id and keeps the company's answer: its number, or its refusal.
 * A transient failure is thrown on, the complaint postponed with backoff in a round (`postpone`)
 * or left as it was for the next round when the counter tried it at once. The same id sent again
 * gets the same number, so an answer lost on the way is only asked again.
 */
export async function sendComplaint(
  deps: { db: Db; client: GatewayClient; now: () => Date; backoff?: Backoff },
  item: ComplaintItem,
  onTransient: 'postpone' | 'leave' = 'postpone',
): Promise<void> {
  const { db, now } = deps;
  try {
    const answer = await deps.client.sendComplaint(toComplaintRequest(item));
    db.transaction(() => markComplaintSent(db, item.complaint_id, answer.complaintNo, now())).immediate();
  } catch (error) {
    if (error instanceof GatewayError && !error.transient) {
      db.transaction(() => markComplaintRefused(db, item.complaint_id, error.message, now())).immediate();
      return;
    }
    if (onTransient === 'leave') throw error;
    const failure = error instanceof GatewayError ? { code: error.code, message: error.message } : { code: 'SYNC_FAILED', message: (error as Error).message };
    db.transaction(() => postponeComplaint(db, item, failure, now(), deps.backoff ?? DEFAULT_BACKOFF)).immediate();
    throw error;
  }
}

/** The round's part for complaints: the waiting ones sent, one by one, until a transient failure ends the round. */
export async function sendComplaints(deps: SyncDeps, report: SyncReport): Promise<void> {
  for (const item of dueComplaints(deps.db, deps.now(), 100)) {
    report.requests += 1;
    await sendComplaint(deps, item);
  }
}

/** Asks whether the company closed the complaints it has; a closing is kept with the company's note. */
export async function pollComplaints(deps: SyncDeps, report: SyncReport): Promise<void> {
  const ids = openSentComplaintIds(deps.db, 500);
  if (ids.length === 0) return;
  report.requests += 1;
  const { results } = await deps.client.complaintStatus(ids);
  const at = deps.now();
  deps.db
    .transaction(() => {
      for (const result of results) {
        if (!ids.includes(result.clientId) || result.status !== 'CLOSED') continue;
        markComplaintClosed(deps.db, result.clientId, { note: result.note, closedAt: result.closedAt ?? at.toISOString() }, at);
      }
    })
    .immediate();
}
