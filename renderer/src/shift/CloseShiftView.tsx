import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CashCount } from '../../../shared/denominations';
import type { ShiftReport } from '../../../shared/domain';
import type { CloseOutcome } from '../../../shared/ipc/contract';
import { formatPaise } from '../../../shared/money';
import { call } from '../api';
import { useSession } from '../session/sessionStore';
import { ApprovalFields, noApproval } from '../ui/ApprovalFields';
import { DenominationGrid } from '../ui/DenominationGrid';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { useClosedShift } from './closedShiftStore';
import { ShiftReportCard } from './ShiftReportCard';

function Difference({ outcome }: { outcome: CloseOutcome }) {
  const { t } = useTranslation();
  const { differencePaise } = outcome;
  return (
    <dl className="report-rows close-figures">
      <div>
        <dt>{t('shift.expected')}</dt>
        <dd data-testid="close-expected">{formatPaise(outcome.expectedPaise)}</dd>
      </div>
      <div>
        <dt>{t('shift.counted')}</dt>
        <dd>{formatPaise(outcome.countedPaise)}</dd>
      </div>
      <div className={differencePaise === 0 ? 'balanced' : 'off'}>
        <dt>{t('shift.difference')}</dt>
        <dd data-testid="close-difference">
          {differencePaise === 0 ? t('shift.balanced') : `${formatPaise(Math.abs(differencePaise))} ${differencePaise < 0 ? t('shift.short') : t('shift.over')}`}
        </dd>
      </div>
    </dl>
  );
}

/** The same count closes this shift and opens the next agent's on that cash; the core checks both PINs first. */
function HandOver({ count, extra, onDone }: { count: CashCount; extra: () => { note?: string; approval?: typeof noApproval }; onDone: (closed: ShiftReport) => void }) {
  const { t } = useTranslation();
  const [outgoingPin, setOutgoingPin] = useState('');
  const [incomingUserId, setIncomingUserId] = useState('');
  const [incomingPin, setIncomingPin] = useState('');
  const handing = useAction('handover-incoming-pin');
  return (
    <section className="step panel" data-testid="handover">
      <h3>{t('shift.handoverTitle')}</h3>
      <p className="muted">{t('shift.handoverHint')}</p>
      <Field id="handover-outgoing-pin" label={t('shift.handoverOutgoingPin')} value={outgoingPin} onChange={setOutgoingPin} secret />
      <Field id="handover-incoming-id" label={t('shift.handoverIncomingId')} value={incomingUserId} onChange={setIncomingUserId} />
      <Field id="handover-incoming-pin" label={t('shift.handoverIncomingPin')} value={incomingPin} onChange={setIncomingPin} secret />
      <ErrorAlert error={handing.error} testId="handover-error" />
      <button
        type="button"
        data-testid="handover-button"
        disabled={handing.busy}
        onClick={() =>
          void handing.run(
            () => call('shift.handover', { count, ...extra(), outgoingPin, incomingUserId, incomingPin }),
            ({ closed }) => onDone(closed),
          )
        }
      >
        {t('shift.handOver')}
      </button>
    </section>
  );
}

/** Count the drawer, see expected against counted, and close; a difference needs a supervisor's PIN and a note. */
export function CloseShiftView() {
  const { t } = useTranslation();
  const refresh = useSession((s) => s.refresh);
  const [live, setLive] = useState<ShiftReport | null>(null);
  const [count, setCount] = useState<CashCount>({});
  const [outcome, setOutcome] = useState<CloseOutcome | null>(null);
  const [note, setNote] = useState('');
  const [approval, setApproval] = useState(noApproval);
  // A refused close is most often the supervisor's PIN; the printed report has no field to retype.
  const closing = useAction('close-supervisor-pin');
  const { showError } = closing;

  useEffect(() => {
    void call('shift.report', {}).then((result) => (result.ok ? setLive(result.value) : showError(result.error)));
  }, [showError]);

  useEffect(() => {
    let current = true;
    void call('shift.closePreview', { count }).then((result) => {
      if (current && result.ok) setOutcome(result.value);
    });
    return () => {
      current = false;
    };
  }, [count]);

  const differs = outcome !== null && outcome.differencePaise !== 0;
  const extra = () => (differs ? { note, approval } : {});
  const done = (closed: ShiftReport) => {
    useClosedShift.getState().keep(closed);
    void refresh();
  };
  return (
    <form
      className="desk step"
      data-testid="close-shift"
      onSubmit={(event) => {
        event.preventDefault();
        void closing.run(() => call('shift.close', { count, ...extra() }), done);
      }}
    >
      <h2 className="card-title">{t('shift.closeTitle')}</h2>
      {live && <ShiftReportCard report={live} />}
      <DenominationGrid count={count} onChange={setCount} totalLabel={t('shift.counted')} totalTestId="close-counted" idPrefix="close" autoFocus />
      {differs && (
        <>
          <Field id="close-note" label={t('shift.differenceNote')} value={note} onChange={setNote} />
          <ApprovalFields idPrefix="close" approval={approval} onChange={setApproval} />
        </>
      )}
      <div className="action-bar">
        {outcome && <Difference outcome={outcome} />}
        <ErrorAlert error={closing.error} testId="close-error" />
        <button type="submit" className="primary">
          {t('shift.closeShift')} <kbd>Enter</kbd>
        </button>
      </div>
      <HandOver count={count} extra={extra} onDone={done} />
    </form>
  );
}
