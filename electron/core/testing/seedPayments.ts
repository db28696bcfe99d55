import { randomUUID } from 'node:crypto';
import type { Bill, RecordedPayment } from '../../../shared/domain';
import type { Services } from '../createServices';
import { createLedgerAppender } from '../ledger/appendLedgerRow';
import type { Collector } from '../../../shared/ipc/access';
import { followUpPayments } from '../ledger/followUpPayments';

/** A clock a test or a bench moves by hand, so payments land at chosen India hours and days. */
export function settableClock(start: string): { now: () => Date; set: (iso: string) => void } {
  let current = new Date(start);
  return { now: () => new Date(current), set: (iso) => (current = new Date(iso)) };
}

/** `count` bills, one per consumer, each due well after any day a test pays it on. */
export function saveBills(services: Services, count: number, amountOf: (index: number) => number = (i) => 10_000 + (i % 97) * 1_013): Bill[] {
  const bills = Array.from({ length: count }, (_, i) => ({
    consumerNo: `N5${String(i).padStart(9, '0')}`,
    consumerName: i % 2 === 0 ? `सुनीता वर्मा ${i} / Sunita Verma ${i}` : `Mohan Lal ${i}`,
    address: 'Bhopal',
    billNumber: `SEED-${i}`,
    billMonth: '2026-10',
    billDate: '2026-11-01',
    dueDate: '2099-12-31',
    amountByDuePaise: amountOf(i),
    amountAfterDuePaise: amountOf(i),
    arrearsPaise: 0,
    mobile: '',
  }));
  services.bills.save(bills);
  return bills;
}

/**
 * Pays each bill through the real recordPayment (receipt numbers, hash chain), at the instant
 * `at(i)`. One outer transaction makes thousands quick: each payment becomes a savepoint.
 */
export function payBills(services: Services, counter: Collector, bills: readonly Bill[], clock: { set: (iso: string) => void }, at: (index: number) => string): RecordedPayment[] {
  return services.db.transaction(() =>
    bills.map((bill, i) => {
      clock.set(at(i));
      return services.recordPayment(
        { clientTxnId: randomUUID(), consumerNo: bill.consumerNo, billNumber: bill.billNumber, amountPaise: bill.amountByDuePaise, tenderedPaise: bill.amountByDuePaise },
        counter,
      );
    }),
  )();
}

/**
 * For volume (benches): the same chained rows and receipt numbers as recordPayment writes, and
 * their follow-ups (outbox rows, print jobs), appended directly, without its per-payment checks,
 * which a month of data does not need.
 */
export function appendPayments(services: Services, counter: Collector, bills: readonly Bill[], at: (index: number) => string): void {
  const append = createLedgerAppender(services.db);
  services.db.transaction(() => {
    const last = (services.db.prepare('SELECT last_number FROM receipt_counters WHERE cabin_code = ?').pluck().get(services.cabinCode) as number | undefined) ?? 0;
    bills.forEach((bill, i) => {
      append({
        entry_id: randomUUID(),
        kind: 'PAYMENT',
        receipt_no: `${services.cabinCode}-${String(last + i + 1).padStart(6, '0')}`,
        cabin_code: services.cabinCode,
        shift_id: counter.shiftId,
        user_id: counter.user.userId,
        training: 0,
        consumer_no: bill.consumerNo,
        consumer_name: bill.consumerName,
        bill_number: bill.billNumber,
        amount_paise: bill.amountByDuePaise,
        tendered_paise: bill.amountByDuePaise,
        change_paise: 0,
        cash_received: null,
        voids_entry_id: null,
        reason: null,
        approved_by: null,
        recorded_at: at(i),
        bill_month: bill.billMonth,
      });
    });
    followUpPayments(services.db);
    services.db
      .prepare('INSERT INTO receipt_counters (cabin_code, last_number) VALUES (?, ?) ON CONFLICT (cabin_code) DO UPDATE SET last_number = excluded.last_number')
      .run(services.cabinCode, last + bills.length);
  })();
}
