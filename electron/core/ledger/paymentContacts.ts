import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { preparedOnce } from '../../../shared/node/sqlite/preparedOnce';

/** Call inside the payment's transaction: the number commits with the payment or not at all. */
export function savePaymentContact(db: Db, entryId: string, mobile: string): void {
  preparedOnce(db, 'INSERT INTO payment_contacts (entry_id, mobile) VALUES (?, ?)').run(entryId, mobile);
}

export function paymentContact(db: Db, entryId: string): string | null {
  return (db.prepare('SELECT mobile FROM payment_contacts WHERE entry_id = ?').pluck().get(entryId) as string | undefined) ?? null;
}
