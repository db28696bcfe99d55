import type { BillToCollect } from '../../../shared/domain';
import { formatPaise } from '../../../shared/money';
import { formatCalendarDate } from '../../../shared/time';

function monthName(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)).toLocaleString('en-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function BillCard({ due }: { due: BillToCollect }) {
  const { bill } = due;
  return (
    <div className="bill-card" data-testid="bill">
      <div className="bill-who">
        <div className="consumer-name">{bill.consumerName}</div>
        <div className="muted">{bill.address}</div>
      </div>
      <dl className="bill-facts">
        <div><dt>Consumer no.</dt><dd>{bill.consumerNo}</dd></div>
        <div><dt>Bill no.</dt><dd>{bill.billNumber}</dd></div>
        <div><dt>Bill month</dt><dd>{monthName(bill.billMonth)}</dd></div>
        <div><dt>Due date</dt><dd>{formatCalendarDate(bill.dueDate)}</dd></div>
        <div><dt>By due date</dt><dd>{formatPaise(bill.amountByDuePaise)}</dd></div>
        <div><dt>After due date</dt><dd>{formatPaise(bill.amountAfterDuePaise)}</dd></div>
        <div><dt>Arrears (included)</dt><dd>{formatPaise(bill.arrearsPaise)}</dd></div>
      </dl>
      <div className={due.pastDue ? 'amount-due past-due' : 'amount-due'}>
        <span>{due.pastDue ? 'Past due: collect the after-due amount' : 'Amount to collect'}</span>
        <strong data-testid="amount-due">{formatPaise(due.amountToCollectPaise)}</strong>
      </div>
    </div>
  );
}
