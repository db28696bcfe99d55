import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useSync } from './syncStore';

// Kept as fresh as the top bar's badge, so the two never disagree for long.
const REFRESH_MS = 2_000;

/** Online or offline, payments waiting to upload, the wallet and the commission, and "Sync now". */
export function SyncPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { sync, wallet, busy, error, refresh, syncNow } = useSync();
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  if (!sync) return null;
  return (
    <section className="sync-panel panel" data-testid="sync-panel" aria-live="polite">
      <div>
        <strong>{!sync.registered ? t('sync.notRegistered') : sync.online ? t('sync.online') : t('sync.offline')}</strong>
        {sync.lastSyncAt && <span className="muted"> · {t('sync.lastSync', { at: formatIndiaDateTime(sync.lastSyncAt, language) })}</span>}
      </div>
      <div>
        {t('sync.waiting', { count: sync.waitingCount + sync.pendingCount })}
        {sync.exceptionCount > 0 && <strong> · {t('sync.refused', { count: sync.exceptionCount })}</strong>}
      </div>
      {wallet?.known && wallet.availablePaise !== null && (
        <div data-testid="wallet">
          {t('sync.walletAvailable', { amount: formatPaise(wallet.availablePaise) })}
          {wallet.lowBalance && <strong role="alert"> · {t('sync.lowBalance')}</strong>}
          <div className="muted">{t('sync.commission', { today: formatPaise(wallet.commissionTodayPaise), month: formatPaise(wallet.commissionMonthPaise) })}</div>
        </div>
      )}
      <ErrorAlert error={sync.rulesRefused} testId="rules-refused" />
      <ErrorAlert error={error} testId="sync-error" />
      {sync.registered && (
        <button type="button" onClick={() => void syncNow()} disabled={busy}>
          {busy ? t('sync.syncing') : t('sync.syncNow')}
        </button>
      )}
    </section>
  );
}
