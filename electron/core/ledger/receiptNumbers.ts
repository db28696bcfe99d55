import type { Db } from '../../../shared/node/sqlite/openDatabase';

/**
 * The next number of a series (`BPL-07`, `TRN-BPL-07`, `RFD-BPL-07`), gap-free within it. Call
 * inside the transaction that stores the row, so a rolled-back row gives its number back.
 */
export function createReceiptNumbers(db: Db): (series: string) => string {
  const takeNumber = db.prepare(`
    INSERT INTO receipt_counters (cabin_code, last_number) VALUES (?, 1)
    ON CONFLICT (cabin_code) DO UPDATE SET last_number = last_number + 1
    RETURNING last_number`);
  return (series) => `${series}-${String((takeNumber.get(series) as { last_number: number }).last_number).padStart(6, '0')}`;
}
