import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * Issue #13: a payment voided after the gateway accepted it is the company's already; the cabin
 * asks it to reverse the payment. One request per voided payment, sent through its own outbox
 * (retried with backoff, idempotent by the payment's clientTxnId), then followed until the biller
 * accepts (the wallet credited back) or refuses. A side table like the outbox: the VOID row in
 * the chain is the record of the cash going back; this is where the company's answer is kept.
 */
export const reversalRequests: Migration = {
  version: 6,
  name: 'reversal requests for payments voided after upload',
  up: (db) => {
    db.exec(`
      CREATE TABLE reversal_requests (
        client_txn_id TEXT PRIMARY KEY REFERENCES ledger (entry_id),
        void_entry_id TEXT NOT NULL UNIQUE REFERENCES ledger (entry_id),
        reason TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'WAITING' CHECK (state IN ('WAITING', 'REQUESTED', 'ACCEPTED', 'REFUSED')),
        case_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        wallet_credit_paise INTEGER NOT NULL DEFAULT 0,
        decision_note TEXT,
        decided_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reversal_requests_by_state ON reversal_requests (state, next_attempt_at);
    `);
  },
};
