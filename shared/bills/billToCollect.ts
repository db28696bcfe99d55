import type { Bill, BillToCollect } from '../domain';

/**
 * Picks what to collect today: the amount by the due date up to and including that day (India
 * calendar), and the bill's own after-due amount from the day after.
 */
export function billToCollect(bill: Bill, today: string): BillToCollect {
  const pastDue = today > bill.dueDate;
  return {
    bill,
    today,
    pastDue,
    amountToCollectPaise: pastDue ? bill.amountAfterDuePaise : bill.amountByDuePaise,
  };
}
