import type { Migration } from '../../../../shared/node/sqlite/migrate';

export const receiptFactsAndPrintJobs: Migration = {
  version: 3,
  name: 'receipt facts and print jobs',
  up: (db) => {
    // Print jobs are not money: their status changes, but rows stay, so every reprint is on record.
    // No foreign keys to the ledger: verifyChain must still see a ledger row deleted behind the
    // triggers' back, rather than the database hiding it by refusing the delete.
    db.exec(`
      CREATE TABLE receipt_facts (
        ledger_seq INTEGER PRIMARY KEY,
        bill_month TEXT NOT NULL
      ) STRICT;

      CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        ledger_seq INTEGER NOT NULL,
        receipt_no TEXT NOT NULL,
        copy TEXT NOT NULL CHECK (copy IN ('ORIGINAL', 'DUPLICATE')),
        reprint INTEGER NOT NULL CHECK (reprint >= 0 AND (copy = 'ORIGINAL') = (reprint = 0)),
        status TEXT NOT NULL CHECK (status IN ('QUEUED', 'PRINTED', 'FAILED')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error TEXT,
        queued_at TEXT NOT NULL,
        printed_at TEXT,
        UNIQUE (ledger_seq, reprint)
      ) STRICT;

      CREATE INDEX print_jobs_unprinted ON print_jobs (id) WHERE status <> 'PRINTED';

      CREATE TRIGGER print_jobs_are_kept BEFORE DELETE ON print_jobs
      BEGIN SELECT RAISE(ABORT, 'print jobs are kept as the record of every copy printed'); END;
    `);
  },
};
