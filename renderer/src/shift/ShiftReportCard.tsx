import { useTranslation } from 'react-i18next';
import { denominations } from '../../../shared/denominations';
import type { ShiftReport } from '../../../shared/domain';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';

/** The X report of an open shift or the Z report of a closed one: the same figures the core sums from the ledger. */
export function ShiftReportCard({ report }: { report: ShiftReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const closed = report.closedAt !== null;
  const rows: Array<[string, string, string]> = [
    ['openingFloat', t('shift.openingFloat'), formatPaise(report.openingFloatPaise)],
    ['payments', t('shift.payments'), t('shift.countOf', { count: report.payments.count, amount: formatPaise(report.payments.totalPaise) })],
    ['voids', t('shift.voids'), t('shift.countOf', { count: report.voids.count, amount: formatPaise(report.voids.totalPaise) })],
    ['cashIn', t('shift.cashIn'), formatPaise(report.cashInPaise)],
    ['cashOut', t('shift.cashOut'), formatPaise(report.cashOutPaise)],
    ['expected', t('shift.expected'), formatPaise(report.expectedPaise)],
  ];
  if (report.countedPaise !== null) rows.push(['counted', t('shift.counted'), formatPaise(report.countedPaise)]);
  if (report.differencePaise !== null) rows.push(['difference', t('shift.difference'), formatPaise(report.differencePaise)]);
  return (
    <div className="report" data-testid={closed ? 'z-report' : 'x-report'}>
      <h3>{closed ? t('shift.reportTitle') : t('shift.liveReportTitle')}</h3>
      <p className="muted">
        {t('shift.agent')}: {report.userName} · {report.cabinCode} · {t('shift.opened')} {formatIndiaDateTime(report.openedAt, language)}
        {report.closedAt && ` · ${t('shift.closed')} ${formatIndiaDateTime(report.closedAt, language)}`}
      </p>
      <dl className="report-rows">
        {rows.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-testid={`report-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {report.counted && (
        <>
          <h4>{t('shift.countedByDenomination')}</h4>
          <p className="denomination-line">
            {denominations
              .filter((d) => (report.counted?.[d.key] ?? 0) > 0)
              .map((d) => `₹${d.paise / 100} × ${report.counted?.[d.key]}`)
              .join(' · ')}
          </p>
        </>
      )}
      {report.note && (
        <p>
          {t('shift.note')}: {report.note}
          {report.approvedBy && ` · ${t('shift.approvedBy')}: ${report.approvedBy}`}
        </p>
      )}
    </div>
  );
}
