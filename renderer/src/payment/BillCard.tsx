import { useTranslation } from 'react-i18next';
import type { BillToCollect } from '../../../shared/domain';
import { formatPaise } from '../../../shared/money';
import { formatBillMonth, formatCalendarDate } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';

export function BillCard({ due }: { due: BillToCollect }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { bill } = due;
  return (
    <div className="bill-card" data-testid="bill">
      <div className="bill-who">
        <div className="consumer-name">{bill.consumerName}</div>
        <div className="muted">{bill.address}</div>
      </div>
      <dl className="bill-facts">
        <div>
          <dt>{t('payment.consumerNoShort')}</dt>
          <dd>{bill.consumerNo}</dd>
        </div>
        <div>
          <dt>{t('payment.billNo')}</dt>
          <dd>{bill.billNumber}</dd>
        </div>
        <div>
          <dt>{t('payment.billMonth')}</dt>
          <dd>{formatBillMonth(bill.billMonth, language)}</dd>
        </div>
        <div>
          <dt>{t('payment.dueDate')}</dt>
          <dd>{formatCalendarDate(bill.dueDate, language)}</dd>
        </div>
        <div>
          <dt>{t('payment.byDue')}</dt>
          <dd>{formatPaise(bill.amountByDuePaise)}</dd>
        </div>
        <div>
          <dt>{t('payment.afterDue')}</dt>
          <dd>{formatPaise(bill.amountAfterDuePaise)}</dd>
        </div>
        <div>
          <dt>{t('payment.arrears')}</dt>
          <dd>{formatPaise(bill.arrearsPaise)}</dd>
        </div>
      </dl>
      <div className={due.pastDue ? 'amount-due past-due' : 'amount-due'}>
        <span>{due.pastDue ? t('payment.pastDue') : t('payment.amountToCollect')}</span>
        <strong data-testid="amount-due">{formatPaise(due.amountToCollectPaise)}</strong>
      </div>
    </div>
  );
}
