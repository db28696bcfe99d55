import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/domain';
import { formatCalendarDate } from '../../shared/time';
import { call } from './api';
import { PaymentDesk } from './payment/PaymentDesk';
import { PrinterSettings } from './printing/PrinterSettings';
import { UnprintedReceipts } from './printing/UnprintedReceipts';
import { SessionGate } from './session/SessionGate';
import { useSession } from './session/sessionStore';
import { SyncPanel } from './sync/SyncPanel';

/** Printer set-up is a supervisor's job; the panel stays folded away at the counter. */
function SupervisorTools() {
  const role = useSession((s) => s.status?.user?.role);
  if (role !== 'SUPERVISOR') return null;
  return (
    <details className="tools" data-testid="printer-settings">
      <summary>Printer settings</summary>
      <PrinterSettings />
    </details>
  );
}

function WhoIsHere() {
  const status = useSession((s) => s.status);
  const run = useSession((s) => s.run);
  if (!status?.user) return null;
  return (
    <>
      {status.training && <span className="training-badge">TRAINING</span>}
      <span data-testid="signed-in-user">{status.user.name}</span>
      <button type="button" className="link-button" onClick={() => void run(() => call('session.signOut', {}))}>
        Sign out
      </button>
    </>
  );
}

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [startError, setStartError] = useState<string | null>(null);

  useEffect(() => {
    void call('app.info', {}).then((result) => (result.ok ? setInfo(result.value) : setStartError(result.error.message)));
  }, []);

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand-hi" lang="hi">रोकड़</span>
          <span className="brand-en">Rokad</span>
        </div>
        <div className="topbar-facts">
          {info && (
            <>
              <span>Cabin <strong data-testid="cabin-code">{info.cabinCode}</strong></span>
              <span>{formatCalendarDate(info.today)}</span>
            </>
          )}
          <WhoIsHere />
        </div>
      </header>
      <main className="workspace">
        {startError ? (
          <p className="alert" role="alert">{startError}</p>
        ) : (
          <SessionGate>
            <PaymentDesk />
            <aside className="side">
              <SyncPanel />
              <UnprintedReceipts />
              <SupervisorTools />
            </aside>
          </SessionGate>
        )}
      </main>
      <footer className="shortcuts">
        <span><kbd>Enter</kbd> next</span>
        <span><kbd>Esc</kbd> back</span>
        <span>Scan the bill's barcode into the consumer number field</span>
      </footer>
    </div>
  );
}
