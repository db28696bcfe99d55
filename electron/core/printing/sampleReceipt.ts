import { GENESIS_HASH, hashLedgerRow } from '../ledger/hashChain';
import type { LedgerRow } from '../ledger/ledgerRow';

/** A ledger row like the one the demo bill N3330008565 leaves: for test prints, previews and tests, never stored. */
export function sampleLedgerRow(): LedgerRow {
  const unhashed: Omit<LedgerRow, 'hash'> = {
    seq: 42,
    entry_id: '6f1c2b1e-8a53-4c2e-9d0e-3b7f4a1c9e21',
    kind: 'PAYMENT',
    receipt_no: 'BPL-07-000042',
    cabin_code: 'BPL-07',
    consumer_no: 'N3330008565',
    consumer_name: 'रमेश कुमार शर्मा / Ramesh Kumar Sharma',
    bill_number: 'B2611-000451',
    amount_paise: 124_550,
    tendered_paise: 130_000,
    change_paise: 5_450,
    recorded_at: '2026-11-24T06:30:00.000Z',
    prev_hash: GENESIS_HASH,
  };
  return { ...unhashed, hash: hashLedgerRow(unhashed) };
}
