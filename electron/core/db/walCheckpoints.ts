import { statSync } from 'node:fs';
import type { Db } from '../../../shared/node/sqlite/openDatabase';

/**
 * SQLite's own checkpoint runs inside the commit that leaves the WAL past this many pages. At
 * its default of 1000 it landed on about one payment in 50; at 4096 (16 MB of 4 KB pages) it is
 * only the bound on a long burst with no quiet moment, about one payment in 200.
 */
export const WAL_BOUND_PAGES = 4096;

/** How long the core's connection must have written nothing before the WAL is checkpointed. */
export const QUIET_MS = 3_000;

/** Every ledger connection (the core's and the sync worker's) leaves checkpoints to quiet moments, up to the bound. */
export function boundWalGrowth(db: Db): void {
  db.pragma(`wal_autocheckpoint = ${WAL_BOUND_PAGES}`);
}

/** How large the WAL file of a connection at the bound can be: a header, then a 24-byte header and a page per frame. */
export function walBoundBytes(db: Db): number {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return 32 + WAL_BOUND_PAGES * (24 + pageSize);
}

export interface IdleCheckpoints {
  /** What each quiet tick runs: the caller's quiet work, then the WAL copied into the database file, and the file emptied if it grew past the bound. */
  checkpointNow: () => void;
  /** Stops the ticks, does the quiet work a last time and empties the WAL into the database file, if the connection is still open (it stays open). */
  close: () => void;
}

/**
 * Moves the WAL into the database file when the core is quiet, off the payment's path. Commits
 * stay as durable as before: with synchronous=FULL a commit is synced in the WAL, and a checkpoint
 * only copies those pages. The check runs every `quietMs`; it checkpoints when this connection
 * changed no row since the last check. PASSIVE never waits for the sync worker's connection. A WAL
 * file past the bound (a reader held an old snapshot through a burst, so SQLite could not start
 * the WAL over) is checkpointed and truncated, waiting for the other connection as long as its
 * busy timeout allows.
 */
export function checkpointWhenQuiet(db: Db, quietMs: number = QUIET_MS, beforeCheckpoint: () => void = () => {}): IdleCheckpoints {
  const walFile = `${db.name}-wal`;
  const boundBytes = walBoundBytes(db);
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  let seen = totalChanges.get();
  const walBytes = () => statSync(walFile, { throwIfNoEntry: false })?.size ?? 0;
  const checkpointNow = () => {
    beforeCheckpoint();
    db.pragma(walBytes() > boundBytes ? 'wal_checkpoint(TRUNCATE)' : 'wal_checkpoint(PASSIVE)');
  };
  const timer = setInterval(() => {
    if (!db.open) {
      clearInterval(timer);
      return;
    }
    const changes = totalChanges.get();
    if (changes !== seen) {
      seen = changes;
      return;
    }
    try {
      checkpointNow();
      // What the quiet moment wrote itself does not make the next tick busy.
      seen = totalChanges.get();
    } catch {
      // Quiet work or a checkpoint that fails leaves things as durable as they were (the pages in the WAL); the next quiet tick tries again.
    }
  }, quietMs).unref();
  return {
    checkpointNow,
    close: () => {
      clearInterval(timer);
      if (!db.open) return;
      // Closing is the last quiet moment: its work is done then, so a clean shutdown leaves none for the next start.
      try {
        beforeCheckpoint();
      } catch {
        // Left for the next start, as after a crash.
      }
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
