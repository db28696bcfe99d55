import { useEffect, useState, type ReactNode } from 'react';
import { denominations, totalOfCount, type CashCount } from '../../../shared/denominations';
import { formatPaise } from '../../../shared/money';
import { call } from '../api';
import { useSession } from './sessionStore';

function Card({ title, children, onSubmit }: { title: string; children: ReactNode; onSubmit: () => void }) {
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
        Continue <kbd>Enter</kbd>
      </button>
      {error && (
        <p className="alert" role="alert" data-testid="error">
          {error}
        </p>
      )}
    </form>
  );
}

function Field({ id, label, value, onChange, secret, autoFocus }: { id: string; label: string; value: string; onChange: (v: string) => void; secret?: boolean; autoFocus?: boolean }) {
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className="big-input"
        type={secret ? 'password' : 'text'}
        inputMode={secret ? 'numeric' : 'text'}
        autoComplete="off"
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}

function FirstSupervisor() {
  const run = useSession((s) => s.run);
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return (
    <Card
      title="Welcome to Rokad: create the first supervisor"
      onSubmit={() => {
        setMismatch(pin !== again);
        if (pin === again) void run(() => call('setup.firstSupervisor', { userId, name, pin }));
      }}
    >
      <Field id="setup-user" label="Supervisor's user id" value={userId} onChange={setUserId} autoFocus />
      <Field id="setup-name" label="Full name" value={name} onChange={setName} />
      <Field id="setup-pin" label="PIN (4 to 8 digits)" value={pin} onChange={setPin} secret />
      <Field id="setup-pin-again" label="The same PIN again" value={again} onChange={setAgain} secret />
      {mismatch && <p className="alert" role="alert">The two PINs differ; type them again.</p>}
    </Card>
  );
}

function SignIn() {
  const run = useSession((s) => s.run);
  const [userId, setUserId] = useState('');
  const [pin, setPin] = useState('');
  return (
    <Card title="Sign in" onSubmit={() => void run(() => call('session.signIn', { userId, pin })).then(() => setPin(''))}>
      <Field id="signin-user" label="User id" value={userId} onChange={setUserId} autoFocus />
      <Field id="signin-pin" label="PIN" value={pin} onChange={setPin} secret />
    </Card>
  );
}

function Unlock({ name }: { name: string }) {
  const run = useSession((s) => s.run);
  const [pin, setPin] = useState('');
  return (
    <Card title={`Locked: ${name}, enter your PIN`} onSubmit={() => void run(() => call('session.unlock', { pin })).then(() => setPin(''))}>
      <Field id="unlock-pin" label="PIN" value={pin} onChange={setPin} secret autoFocus />
    </Card>
  );
}

function OpenShift() {
  const run = useSession((s) => s.run);
  const [count, setCount] = useState<CashCount>({});
  return (
    <Card title="Open your shift: count the float in the drawer" onSubmit={() => void run(() => call('shift.open', { count }))}>
      <div className="denomination-grid">
        {denominations.map((d, index) => (
          <label key={d.key} className="denomination">
            <span>
              ₹{d.paise / 100} {d.kind}
            </span>
            <input
              data-testid={`count-${d.key}`}
              inputMode="numeric"
              autoFocus={index === 0}
              value={count[d.key] ?? ''}
              onChange={(event) => {
                const n = Number.parseInt(event.target.value.replace(/\D/g, '') || '0', 10);
                setCount({ ...count, [d.key]: n });
              }}
            />
          </label>
        ))}
      </div>
      <div className="amount-due">
        <span>Opening float</span>
        <strong data-testid="float-total">{formatPaise(totalOfCount(count))}</strong>
      </div>
    </Card>
  );
}

/** Shows the counter only to a signed-in, unlocked person with an open shift. */
export function SessionGate({ children }: { children: ReactNode }) {
  const status = useSession((s) => s.status);
  const refresh = useSession((s) => s.refresh);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!status) return null;
  if (status.firstRun) return <FirstSupervisor />;
  if (!status.user) return <SignIn />;
  if (status.locked) return <Unlock name={status.user.name} />;
  if (!status.shift) return <OpenShift />;
  return <>{children}</>;
}
