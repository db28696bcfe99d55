import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import type { DayReport, Totals } from '../../../shared/reports';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';

function Tile({ label, amountPaise, totals, testId }: { label: string; amountPaise: number; totals?: Totals; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="tile" data-testid={testId}>
      <span className="tile-label">{label}</span>
      <strong className="tile-amount">{formatPaise(amountPaise)}</strong>
      {totals && <span className="muted">{t('day.receipts', { count: totals.count })}</span>}
    </div>
  );
}

/** The range's headline figures: what came in, what was voided, what is left, and the wallet as the gateway reported it. */
export function DayTotals({ report }: { report: DayReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { wallet } = report;
  return (
    <>
      <div className="tiles">
        <Tile label={t('day.payments')} amountPaise={report.payments.totalPaise} totals={report.payments} testId="day-payments" />
        <Tile label={t('day.voids')} amountPaise={report.voids.totalPaise} totals={report.voids} testId="day-voids" />
        <Tile label={t('day.refunds')} amountPaise={report.refunds.totalPaise} totals={report.refunds} testId="day-refunds" />
        <Tile label={t('day.net')} amountPaise={report.netPaise} testId="day-net" />
      </div>
      <dl className="report-rows wallet-rows" data-testid="day-wallet">
        <div>
          <dt>{t('day.walletDebited')}</dt>
          <dd>{formatPaise(wallet.debitedPaise)}</dd>
        </div>
        <div>
          <dt>{t('day.walletCommission')}</dt>
          <dd>{formatPaise(wallet.commissionPaise)}</dd>
        </div>
        <div>
          <dt>{t('day.walletBalance')}</dt>
          <dd>
            {wallet.balancePaise === null ? t('day.walletUnknown') : formatPaise(wallet.balancePaise)}
            {wallet.balanceAsOf && <span className="muted"> {t('day.walletAsOf', { at: formatIndiaDateTime(wallet.balanceAsOf, language) })}</span>}
          </dd>
        </div>
      </dl>
    </>
  );
}
