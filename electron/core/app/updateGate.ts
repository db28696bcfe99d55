import type { Db } from '../../../shared/node/sqlite/openDatabase';
import type { UpdateStage, UpdateWait } from '../../../shared/updates';
import { NOT_FOLLOWED_UP } from '../ledger/followUpPayments';
import { roundFacts } from '../sync/syncProgress';

/** The shell's updater (electron-updater in main), as the core sees it. */
export interface Updater {
  state(): { stage: UpdateStage; version: string | null };
  /** Quits Rokad, runs the downloaded installer and starts the new version. */
  install(): void;
}

export interface UpdateFacts {
  openShifts: number;
  uploadRunning: boolean;
  pendingPrintJobs: number;
}

/**
 * Installing restarts Rokad, so it waits while a drawer is open (a shift not closed), a sync round
 * is talking to the gateway, or a receipt is still queued to print: each would be cut off halfway.
 * A receipt that failed to print stays offered after the restart and does not hold the update back.
 */
export function whyUpdateWaits(facts: UpdateFacts): UpdateWait[] {
  const waits: UpdateWait[] = [];
  if (facts.openShifts > 0) waits.push('shift-open');
  if (facts.uploadRunning) waits.push('upload-running');
  if (facts.pendingPrintJobs > 0) waits.push('print-pending');
  return waits;
}

/** The facts as the ledger file has them; the sync worker marks its round there too. */
export function readUpdateFacts(db: Db, now: Date): UpdateFacts {
  const openShifts = db.prepare('SELECT count(*) FROM shifts s LEFT JOIN shift_closes c ON c.shift_id = s.shift_id WHERE c.shift_id IS NULL').pluck().get() as number;
  // Through the index of the unprinted jobs, not a year of printed ones; a payment not followed up yet owes its original as a queued job does.
  const pendingPrintJobs = db
    .prepare(
      `SELECT (SELECT count(*) FROM print_jobs WHERE status <> 'PRINTED' AND status = 'QUEUED')
            + (SELECT count(*) FROM ledger AS l WHERE l.seq ${NOT_FOLLOWED_UP} AND l.kind = 'PAYMENT'
                 AND NOT EXISTS (SELECT 1 FROM print_jobs AS j WHERE j.ledger_seq = l.seq AND j.reprint = 0))`,
    )
    .pluck()
    .get() as number;
  return { openShifts, uploadRunning: roundFacts(db, now).syncing === true, pendingPrintJobs };
}
