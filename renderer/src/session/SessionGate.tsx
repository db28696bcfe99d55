import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { totalOfCount, type CashCount } from '../../../shared/denominations';
import type { ShiftReport, SignedInUser } from '../../../shared/domain';
import { call } from '../api';
import { useDesk } from '../desk/deskStore';
import { useLanguage } from '../i18n/useLanguage';
import { usePayment } from '../payment/paymentStore';
import { useClosedShift } from '../shift/closedShiftStore';
import { ZReportPanel } from '../shift/ZReportPanel';
import { HandoverSlipNotices, PrintHandoverSlip } from '../shift/HandoverSlip';
import { DenominationGrid } from '../ui/DenominationGrid';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useSession } from './sessionStore';

const STATUS_POLL_MS = 15_000;

function Card({ title, children, onSubmit }: { title: string; children: ReactNode; onSubmit: () => void }) {
  const { t } = useTranslation();
  const error = useSession((s) => s.error);
  const busy = useSession((s) => s.busy);
  return (
    <form
      className="desk step"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 className="card-title">{title}</h2>
      {children}
      <button type="submit" className="primary" disabled={busy}>
        {t('app.continue')} <kbd>Enter</kbd>
      </button>
      <ErrorAlert error={error} />
    </form>
  );
}

function FirstSupervisor() {
  const { t } = useTranslation();
  const language = useLanguage();
  const run = useSession((s) => s.run);
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  return (
    <Card
      title={t('session.firstRunTitle')}
      onSubmit={() =>
        void run(async () =>
          pin === again
            ? call('setup.firstSupervisor', { userId, name, pin, language })
            : { ok: false, error: { code: 'PIN_MISMATCH', message: 'The two PINs differ; type them again.' } },
        )
      }
    >
      <Field id="setup-user" label={t('session.supervisorId')} value={userId} onChange={setUserId} autoFocus />
      <Field id="setup-name" label={t('session.fullName')} value={name} onChange={setName} />
      <Field id="setup-pin" label={t('session.pinNew')} value={pin} onChange={setPin} secret />
      <Field id="setup-pin-again" label={t('session.pinAgain')} value={again} onChange={setAgain} secret />
    </Card>
  );
}

function SignIn() {
  const { t } = useTranslation();
  const run = useSession((s) => s.run);
  const [userId, setUserId] = useState('');
  const [pin, setPin] = useState('');
  return (
    <Card
      title={t('session.signInTitle')}
      onSubmit={() => {
        // Cleared as it is sent, so a late clear can never wipe the next PIN typed.
        setPin('');
        void run(() => call('session.signIn', { userId, pin }));
      }}
    >
      <Field id="signin-user" label={t('session.userId')} value={userId} onChange={setUserId} autoFocus />
      <Field id="signin-pin" label={t('session.pin')} value={pin} onChange={setPin} secret />
    </Card>
  );
}

function Unlock({ name }: { name: string }) {
  const { t } = useTranslation();
  const run = useSession((s) => s.run);
  const [pin, setPin] = useState('');
  return (
    <Card
      title={t('session.lockedTitle', { name })}
      onSubmit={() => {
        setPin('');
        void run(() => call('session.unlock', { pin }));
      }}
    >
      <Field id="unlock-pin" label={t('session.pin')} value={pin} onChange={setPin} secret autoFocus />
    </Card>
  );
}

export function OpenShift() {
  const { t } = useTranslation();
  const run = useSession((s) => s.run);
  const [count, setCount] = useState<CashCount>({});
  // An empty drawer is allowed, but more often an Enter pressed too early: it is asked once.
  const [emptyAsked, setEmptyAsked] = useState(false);
  const empty = totalOfCount(count) === 0;
  const supervisor = useSession((s) => s.status?.user?.role === 'SUPERVISOR');
  return (
    <Card
      title={t('session.openShiftTitle')}
      onSubmit={() => {
        if (empty && !emptyAsked) return setEmptyAsked(true);
        void run(() => call('shift.open', { count }));
      }}
    >
      {supervisor && (
        <p className="notice" data-testid="supervisor-no-float">
          {t('flow.supervisorNoFloat')}
        </p>
      )}
      <DenominationGrid count={count} onChange={setCount} totalLabel={t('session.openingFloat')} totalTestId="float-total" autoFocus />
      {empty && emptyAsked && (
        <p className="warning" role="alert" data-testid="empty-float">
          {t('flow.emptyFloat')}
        </p>
      )}
    </Card>
  );
}

/**
 * The Z report of the shift just closed, until the person at the counter leaves it: for the next
 * shift's float, or after a handover for the counter, which is the incoming agent's already.
 */
function ClosedShift({ report, handedTo }: { report: ShiftReport; handedTo: SignedInUser | null }) {
  const { t } = useTranslation();
  return (
    <ZReportPanel
      report={report}
      leaveLabel={handedTo ? t('shift.handoverDone') : t('shift.done')}
      onLeave={() => {
        useClosedShift.getState().leave();
        usePayment.getState().startNew();
        useDesk.getState().show('pay');
      }}
      notices={handedTo && <HandoverSlipNotices handedTo={handedTo} />}
      actions={handedTo && <PrintHandoverSlip />}
    />
  );
}

/** Shows the counter only to a signed-in, unlocked person with an open shift. */
export function SessionGate({ children }: { children: ReactNode }) {
  const status = useSession((s) => s.status);
  const refresh = useSession((s) => s.refresh);
  const closed = useClosedShift();
  useEffect(() => {
    void refresh();
    // The core locks an idle session; asking now and then shows the lock screen without a click.
    const timer = setInterval(() => void refresh(), STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  if (!status) return null;
  if (status.firstRun) return <FirstSupervisor />;
  if (!status.user) return <SignIn />;
  if (status.locked) return <Unlock name={status.user.name} />;
  if (closed.report && closed.shownTo === status.user.userId) return <ClosedShift report={closed.report} handedTo={closed.handedTo} />;
  // A supervisor reaches the supervisor's screens without a drawer; the counter's own ask for a shift.
  if (!status.shift && status.user.role !== 'SUPERVISOR') return <OpenShift />;
  return <>{children}</>;
}
