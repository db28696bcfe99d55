import { useEffect } from 'react';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { useSync } from './syncStore';

const REFRESH_MS = 10_000;

/** Online or offline, payments waiting to upload, the wallet and the commission, and "Sync now". */
export function SyncPanel() {
  const { sync, wallet, busy, error, refresh, syncNow } = useSync();
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  if (!sync) return null;
  return (
    <section className="sync-panel" data-testid="sync-panel" aria-live="polite">
      <div>
        <strong>{!sync.registered ? 'Not registered' : sync.online ? 'Online' : 'Offline'}</strong>
        {sync.lastSyncAt && <span className="muted"> · last sync {formatIndiaDateTime(sync.lastSyncAt)}</span>}
      </div>
      <div>
        {sync.waitingCount + sync.pendingCount} payment(s) waiting to upload
        {sync.exceptionCount > 0 && <strong> · {sync.exceptionCount} refused: supervisor to resolve</strong>}
      </div>
      {wallet?.known && wallet.availablePaise !== null && (
        <div>
          Wallet available {formatPaise(wallet.availablePaise)}
          {wallet.lowBalance && <strong role="alert"> · Low balance: ask the supervisor to top up</strong>}
          <div className="muted">
            Commission today {formatPaise(wallet.commissionTodayPaise)} · this month {formatPaise(wallet.commissionMonthPaise)}
          </div>
        </div>
      )}
      {error && <div role="alert">{error}</div>}
      {sync.registered && (
        <button type="button" onClick={() => void syncNow()} disabled={busy}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
      )}
    </section>
  );
}
