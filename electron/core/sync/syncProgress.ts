import type { BillMasterProgress } from '../../../shared/domain';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { deleteSetting, getSetting, setSetting } from '../settings/settings';

/**
 * What a sync round is doing now, kept in the settings table: the round runs on the sync worker's
 * connection and the window asks through main's, so the ledger file is where both meet.
 */
export function roundStarted(db: Db, now: Date): void {
  setSetting(db, 'sync_round_started_at', now.toISOString());
}

export function roundEnded(db: Db): void {
  deleteSetting(db, 'sync_round_started_at');
  deleteSetting(db, 'bill_master_progress');
}

/** Called inside the transaction that saves a page, so the count never runs ahead of the bills saved. */
export function billMasterPageSaved(db: Db, saved: number, remaining: number | undefined, now: Date): void {
  const earlier = readProgress(db);
  const done = (earlier?.done ?? 0) + saved;
  const progress: BillMasterProgress = {
    done,
    total: remaining === undefined ? null : done + remaining,
    startedAt: earlier?.startedAt ?? now.toISOString(),
    at: now.toISOString(),
  };
  setSetting(db, 'bill_master_progress', JSON.stringify(progress));
}

function readProgress(db: Db): BillMasterProgress | null {
  const text = getSetting(db, 'bill_master_progress');
  return text ? (JSON.parse(text) as BillMasterProgress) : null;
}

/** A round that began longer ago than this was cut off (the app was closed mid-round): it is not "syncing" any more. */
const STALE_ROUND_MS = 15 * 60_000;

export function roundFacts(db: Db, now: Date): { syncing?: true; billMasterProgress?: BillMasterProgress } {
  const started = getSetting(db, 'sync_round_started_at');
  if (!started || now.getTime() - Date.parse(started) > STALE_ROUND_MS) return {};
  const progress = readProgress(db);
  return { syncing: true, ...(progress ? { billMasterProgress: progress } : {}) };
}
