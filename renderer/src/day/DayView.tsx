import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../shared/errors';
import type { DayRange, DayReport } from '../../../shared/reports';
import { call } from '../api';
import { useSession } from '../session/sessionStore';
import { ErrorAlert } from '../ui/ErrorAlert';
import { BackupPanel } from './BackupPanel';
import { DayCharts } from './DayCharts';
import { DayChecklist } from './DayChecklist';
import { DayRangePicker } from './DayRangePicker';
import { DayTotals } from './DayTotals';
import { ExportPanel } from './ExportPanel';
import { PastZReports } from './PastZReports';
import { ShiftTable } from './ShiftTable';
import { ReversalTable } from './ReversalTable';
import { ComplaintTable } from './ComplaintTable';
import { VoidTable } from './VoidTable';
import { WalletMovementsPart } from './WalletMovementsPart';

/** The report of the chosen days, read again whenever the range changes or the supervisor asks. */
function DayScreen({ today }: { today: string }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<DayRange>({ from: today, to: today });
  const [report, setReport] = useState<DayReport | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  // Bumped by Refresh, to read the same range again.
  const [version, setVersion] = useState(0);
  // Bumped each time a report arrives: the backup list is read with it, so the two never disagree
  // about a backup taken in the background (at a shift's close, or the daily one).
  const [reportsRead, setReportsRead] = useState(0);

  useEffect(() => {
    void call('reports.day', range).then((result) => {
      setError(result.ok ? null : result.error);
      setReport(result.ok ? result.value : null);
      setReportsRead((n) => n + 1);
    });
  }, [range, version]);

  return (
    <>
      <DayRangePicker today={today} range={range} onChange={setRange} onRefresh={() => setVersion((v) => v + 1)} />
      <ErrorAlert error={error} testId="day-error" />
      {!report && !error && <p className="muted">{t('day.loading')}</p>}
      {report && (
        <>
          <DayChecklist checklist={report.checklist} lastDay={range.to} />
          <DayTotals report={report} />
          <p className="muted">{t('day.trainingExcluded')}</p>
          <DayCharts report={report} />
          <ShiftTable shifts={report.byShift} />
          <PastZReports shifts={report.byShift} />
          <VoidTable voids={report.voidList} />
          <ReversalTable reversals={report.reversals} />
          <ComplaintTable complaints={report.complaints} />
          <WalletMovementsPart range={range} version={version} />
        </>
      )}
      <ExportPanel range={range} />
      <BackupPanel reportsRead={reportsRead} onBackedUp={() => setVersion((v) => v + 1)} />
    </>
  );
}

/**
 * The supervisor's day (F7): collections by agent, shift and hour, voids, uploads, the wallet,
 * exports and backups. The core refuses all of it to anyone else, so an agent is only told so.
 */
export function DayView() {
  const { t } = useTranslation();
  const supervisor = useSession((s) => s.status?.user?.role === 'SUPERVISOR');
  const [today, setToday] = useState<string | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  useEffect(() => {
    if (!supervisor) return;
    // The cabin's business day comes from the core's clock, not this window's.
    void call('app.info', {}).then((result) => (result.ok ? setToday(result.value.today) : setError(result.error)));
  }, [supervisor]);

  return (
    <section className="desk wide step" aria-label={t('day.title')} data-testid="day-view">
      <h2 className="card-title">{t('day.title')}</h2>
      {!supervisor && (
        <p className="warning" data-testid="day-supervisor-only">
          {t('day.supervisorOnly')}
        </p>
      )}
      <ErrorAlert error={error} testId="day-info-error" />
      {supervisor && today && <DayScreen today={today} />}
    </section>
  );
}
