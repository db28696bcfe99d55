import { useTranslation } from 'react-i18next';
import { denominations } from '../../../shared/denominations';
import type { ShiftReport } from '../../../shared/domain';
import { drawerTerms, termOperator } from '../../../shared/drawer';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';

/** The X report of an open shift or the Z report of a closed one: the same figures the core sums from the ledger. */
export function ShiftReportCard({ report }: { report: ShiftReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const closed = report.closedAt !== null;
  // Every term of the drawer identity with its sign, then what they add up to: the same list the printed Z and the day report show.
  const rows: Array<[string, string, string, string]> = drawerTerms(report).map((term, i) => [
    term.key,
    termOperator(term, i),
    t(`shift.${term.key}`),
    term.count === null ? formatPaise(term.amountPaise) : t('shift.countOf', { count: term.count, amount: formatPaise(term.amountPaise) }),
  ]);
  rows.push(['expected', '=', t('shift.expected'), formatPaise(report.expectedPaise)]);
  if (report.countedPaise !== null) rows.push(['counted', '', t('shift.counted'), formatPaise(report.countedPaise)]);
  if (report.differencePaise !== null) rows.push(['difference', '', t('shift.difference'), formatPaise(report.differencePaise)]);
  return (
    <div className="report" data-testid={closed ? 'z-report' : 'x-report'}>
      <h3>{closed ? t('shift.reportTitle') : t('shift.liveReportTitle')}</h3>
      <p className="muted">
        {t('shift.agent')}: {report.userName} · {report.cabinCode} · {t('shift.opened')} {formatIndiaDateTime(report.openedAt, language)}
        {report.closedAt && ` · ${t('shift.closed')} ${formatIndiaDateTime(report.closedAt, language)}`}
      </p>
      <dl className="report-rows">
        {rows.map(([key, operator, label, value]) => (
          <div key={key} className={key === 'expected' ? 'report-total' : undefined}>
            <dt>
              <span className="report-operator" aria-hidden={operator === ''}>
                {operator}
              </span>
              {label}
            </dt>
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
