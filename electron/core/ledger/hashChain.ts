import { createHash } from 'node:crypto';
import type { LedgerRow } from './ledgerRow';

/** The previous hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash of a ledger row covers every stored field and the previous row's hash, so changing,
 * removing or reordering any row breaks every hash after it. Fields go in a fixed-order JSON
 * array: unambiguous, and stable across versions of Node.
 */
export function hashLedgerRow(row: Omit<LedgerRow, 'hash'>): string {
  const content = JSON.stringify([
    row.seq,
    row.entry_id,
    row.kind,
    row.receipt_no,
    row.cabin_code,
    row.shift_id,
    row.user_id,
    row.training,
    row.consumer_no,
    row.consumer_name,
    row.bill_number,
    row.amount_paise,
    row.tendered_paise,
    row.change_paise,
    row.cash_received,
    row.voids_entry_id,
    row.reason,
    row.approved_by,
    row.recorded_at,
    row.prev_hash,
    // Only a rounded row carries the figure: rows from before it existed (all 0) keep their hashes,
    // and a rounding added to, changed on or removed from any row still breaks the chain.
    ...(row.change_rounding_paise ? [row.change_rounding_paise] : []),
    // The same for the bill month, a string where the rounding is a number, so neither reads as the other.
    ...(row.bill_month ? [row.bill_month] : []),
  ]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
