import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftReport } from '../../../shared/domain';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';
import { CashOutSlips } from './CashOutSlips';
import { ShiftReportCard } from './ShiftReportCard';
import { ActionBar } from '../ui/ActionBar';

/**
 * A closed shift's Z report with its print button and the way out the caller names, at the foot
 * of the screen; a caller's own notices and buttons (a handover's slip) join them there.
 */
export function ZReportPanel({
  report,
  leaveLabel,
  onLeave,
  notices,
  actions,
}: {
  report: ShiftReport;
  leaveLabel: string;
  onLeave: () => void;
  notices?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const printing = useAction();
  const [printed, setPrinted] = useState(false);
  return (
    <section className="desk step" data-testid="shift-closed">
      <ShiftReportCard report={report} />
      <CashOutSlips shiftId={report.shiftId} />
      <ActionBar>
        {notices}
        <ErrorAlert error={printing.error} testId="print-report-error" />
        {printed && (
          <p className="notice" role="status" data-testid="report-printed">
            {t('shift.reportPrinted')}
          </p>
        )}
        <div className="button-row">
          {actions}
          <button
            type="button"
            data-testid="print-report"
            onClick={() =>
              void printing.run(
                () => {
                  setPrinted(false);
                  return call('shift.printReport', { shiftId: report.shiftId });
                },
                () => setPrinted(true),
              )
            }
          >
            {t('shift.printReport')}
          </button>
          <button type="button" className="primary" data-testid="leave-report" autoFocus onClick={onLeave}>
            {leaveLabel} <kbd>Enter</kbd>
          </button>
        </div>
      </ActionBar>
    </section>
  );
}
