import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { preparedOnce } from '../../../shared/node/sqlite/preparedOnce';

/**
 * The ledger rows whose follow-ups are not written yet: a payment here waits for upload and owes
 * its original receipt, though it has no outbox row nor print job (migration 13). Put after a
 * ledger alias's `seq`, e.g. `l.seq ${NOT_FOLLOWED_UP}`.
 */
export const NOT_FOLLOWED_UP = '> (SELECT seq FROM payment_follow_ups WHERE id = 1)';

/**
 * A counter has quiet moments between payments, and the follow-ups are written in them. A burst
 * without one (a queue served back to back) would leave ever more payments for every wallet check
 * to count from the ledger; after this many, the next payment writes them, after its own commit.
 */
export const FOLLOW_UP_BURST = 50;

const recordedSince = new WeakMap<Db, number>();

/** Called after each payment's commit on this connection: writes the follow-ups once a burst has left FOLLOW_UP_BURST waiting. */
export function followUpAfterBurst(db: Db): void {
  const waiting = (recordedSince.get(db) ?? 0) + 1;
  recordedSince.set(db, waiting);
  if (waiting >= FOLLOW_UP_BURST) followUpPayments(db);
}

/**
 * Writes what follows from each payment recorded since the last call: a real payment's upload
 * outbox row, and every payment's original print job (unless a print wrote it already). Each is
 * derived from the ledger row alone, so writing them after the payment's own commit loses
 * nothing: a crash in between leaves them to the next call. Idempotent; one transaction however
 * many payments there are. Returns how many payments it followed up.
 */
export function followUpPayments(db: Db): number {
  recordedSince.set(db, 0);
  return db
    .transaction((): number => {
      const from = preparedOnce(db, 'SELECT seq FROM payment_follow_ups WHERE id = 1', { pluck: true }).get() as number;
      const to = preparedOnce(db, 'SELECT coalesce(max(seq), 0) FROM ledger', { pluck: true }).get() as number;
      if (to <= from) return 0;
      preparedOnce(
        db,
        `INSERT INTO outbox (entry_id, amount_paise, next_attempt_at, updated_at)
         SELECT entry_id, amount_paise, recorded_at, recorded_at FROM ledger WHERE seq > ? AND seq <= ? AND kind = 'PAYMENT' AND training = 0
         ON CONFLICT (entry_id) DO NOTHING`,
      ).run(from, to);
      preparedOnce(
        db,
        `INSERT INTO print_jobs (ledger_seq, receipt_no, copy, reprint, status, queued_at)
         SELECT seq, receipt_no, 'ORIGINAL', 0, 'QUEUED', recorded_at FROM ledger WHERE seq > ? AND seq <= ? AND kind = 'PAYMENT'
         ON CONFLICT (ledger_seq, reprint) DO NOTHING`,
      ).run(from, to);
      const payments = preparedOnce(db, "SELECT count(*) FROM ledger WHERE seq > ? AND seq <= ? AND kind = 'PAYMENT'", { pluck: true }).get(from, to) as number;
      preparedOnce(db, 'UPDATE payment_follow_ups SET seq = ? WHERE id = 1').run(to);
      return payments;
    })
    .immediate();
}
