import { randomUUID } from 'node:crypto';
import type { Bill, RecordedPayment } from '../../../shared/domain';
import type { Services } from '../createServices';
import type { Collector } from '../ledger/recordPayment';

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
