import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/domain';
import { formatCalendarDate } from '../../shared/time';
import { call } from './api';
import { PaymentDesk } from './payment/PaymentDesk';

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
        </div>
      </header>
      <main className="workspace">
        {startError ? <p className="alert" role="alert">{startError}</p> : <PaymentDesk />}
      </main>
      <footer className="shortcuts">
        <span><kbd>Enter</kbd> next</span>
        <span><kbd>Esc</kbd> back</span>
        <span>Scan the bill's barcode into the consumer number field</span>
      </footer>
    </div>
  );
}
