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
import { ActionBar } from '../ui/ActionBar';

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

type Ending = 'close' | 'handover';

/** Whose PINs hand the drawer over: the outgoing agent's own, and the incoming agent's id and PIN. */
interface HandoverPeople {
  outgoingPin: string;
  incomingUserId: string;
  incomingPin: string;
}

/** The three PINs of a handover in one row, kept in the action bar with the button so a refusal's field stays in sight. */
function HandoverFields({ people, onChange }: { people: HandoverPeople; onChange: (people: HandoverPeople) => void }) {
  const { t } = useTranslation();
  return (
    <div className="handover-people" data-testid="handover">
      <div className="step">
        <Field
          id="handover-outgoing-pin"
          label={t('shift.handoverOutgoingPin')}
          value={people.outgoingPin}
          onChange={(outgoingPin) => onChange({ ...people, outgoingPin })}
          secret
        />
      </div>
      <div className="step">
        <Field
          id="handover-incoming-id"
          label={t('shift.handoverIncomingId')}
          value={people.incomingUserId}
          onChange={(incomingUserId) => onChange({ ...people, incomingUserId })}
        />
      </div>
      <div className="step">
        <Field
          id="handover-incoming-pin"
          label={t('shift.handoverIncomingPin')}
          value={people.incomingPin}
          onChange={(incomingPin) => onChange({ ...people, incomingPin })}
          secret
        />
      </div>
    </div>
  );
}

const nobody: HandoverPeople = { outgoingPin: '', incomingUserId: '', incomingPin: '' };

/**
 * Count the drawer, see expected against counted, and close, or hand the counted drawer to the
 * next agent (the core checks both PINs first); a difference needs a supervisor's PIN and a note.
 */
export function CloseShiftView() {
  const { t } = useTranslation();
  const refresh = useSession((s) => s.refresh);
  const [live, setLive] = useState<ShiftReport | null>(null);
  const [ending, setEnding] = useState<Ending>('close');
  const [count, setCount] = useState<CashCount>({});
  const [outcome, setOutcome] = useState<CloseOutcome | null>(null);
  const [note, setNote] = useState('');
  const [approval, setApproval] = useState(noApproval);
  const [people, setPeople] = useState(nobody);
  // A refused close is most often the supervisor's PIN, a refused handover the incoming agent's; the printed report has no field to retype.
  const closing = useAction(ending === 'close' ? 'close-supervisor-pin' : 'handover-incoming-pin');
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
  const finish = () => {
    if (ending === 'close') {
      return closing.run(
        () => call('shift.close', { count, ...extra() }),
        (closed) => {
          useClosedShift.getState().keep(closed);
          void refresh();
        },
      );
    }
    return closing.run(
      () => call('shift.handover', { count, ...extra(), ...people }),
      ({ closed, status }) => {
        const kept = useClosedShift.getState();
        if (status.user) kept.keep(closed, status.user);
        void kept.printHandoverSlip();
        void refresh();
      },
    );
  };
  return (
    <form
      className="desk step"
      data-testid="close-shift"
      onSubmit={(event) => {
        event.preventDefault();
        void finish();
      }}
    >
      <h2 className="card-title">{t('shift.closeTitle')}</h2>
      <div className="choice-row" role="radiogroup" aria-label={t('shift.endingChoice')}>
        {(['close', 'handover'] as const).map((choice) => (
          <label key={choice}>
            <input type="radio" name="ending" value={choice} data-testid={`ending-${choice}`} checked={ending === choice} onChange={() => setEnding(choice)} />{' '}
            {choice === 'close' ? t('shift.endByClosing') : t('shift.endByHandover')}
          </label>
        ))}
      </div>
      {ending === 'handover' && <p className="muted">{t('shift.handoverHint')}</p>}
      {live && <ShiftReportCard report={live} />}
      <DenominationGrid count={count} onChange={setCount} totalLabel={t('shift.counted')} totalTestId="close-counted" idPrefix="close" autoFocus />
      {differs && (
        <>
          <Field id="close-note" label={t('shift.differenceNote')} value={note} onChange={setNote} />
          <ApprovalFields idPrefix="close" approval={approval} onChange={setApproval} />
        </>
      )}
      <ActionBar>
        {outcome && <Difference outcome={outcome} />}
        {ending === 'handover' && <HandoverFields people={people} onChange={setPeople} />}
        <ErrorAlert error={closing.error} testId={ending === 'close' ? 'close-error' : 'handover-error'} />
        <button type="submit" className="primary" data-testid={ending === 'close' ? 'close-button' : 'handover-button'} disabled={closing.busy}>
          {ending === 'close' ? t('shift.closeShift') : t('shift.handOver')} <kbd>Enter</kbd>
        </button>
      </ActionBar>
    </form>
  );
}
