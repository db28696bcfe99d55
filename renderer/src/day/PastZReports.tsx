import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftReport } from '../../../shared/domain';
import type { ShiftLine } from '../../../shared/reports';
import { formatIndiaDateTime } from '../../../shared/time';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { ZReportPanel } from '../shift/ZReportPanel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';
import { DayPart } from './DayPart';

/** The closed shifts of the chosen days, each with its Z report to read again and reprint for the cash bag. */
export function PastZReports({ shifts }: { shifts: ShiftLine[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const opening = useAction();
  const [shown, setShown] = useState<ShiftReport | null>(null);
  const closed = shifts.filter((shift) => shift.closedAt !== null);
  if (shown) return <ZReportPanel report={shown} leaveLabel={t('flow.backToShifts')} onLeave={() => setShown(null)} />;
  return (
    <DayPart title={t('flow.pastZTitle')} testId="past-z-reports" empty={closed.length === 0} emptyText={t('flow.noClosedShifts')}>
      <ErrorAlert error={opening.error} testId="past-z-error" />
      <ul className="plain-list">
        {closed.map((shift) => (
          <li key={shift.shiftId}>
            <button type="button" data-testid={`z-report-${shift.shiftId}`} onClick={() => void opening.run(() => call('shift.report', { shiftId: shift.shiftId }), setShown)}>
              {t('flow.zReportOf', { name: shift.name, closedAt: formatIndiaDateTime(shift.closedAt ?? shift.openedAt, language) })}
            </button>
          </li>
        ))}
      </ul>
    </DayPart>
  );
}
