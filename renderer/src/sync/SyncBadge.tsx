import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/domain';
import { call } from '../api';
import { secondsLeft } from './billDownloadLeft';

/** Often enough that the badge is never long behind the gateway; sync.status is a cheap read of the settings. */
const BADGE_POLL_MS = 2_000;

function BillDownload({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const progress = status.billMasterProgress;
  if (!progress) return null;
  const left = secondsLeft(progress);
  return (
    <span className="bill-download" data-testid="bill-download">
      {progress.total !== null && <progress value={progress.done} max={progress.total} />}
      <span>
        {progress.total === null ? t('flow.billsSoFar', { done: progress.done }) : t('flow.billsOf', { done: progress.done, total: progress.total })}
        {left !== null && ` · ${left < 60 ? t('flow.secondsLeft', { count: left }) : t('flow.minutesLeft', { count: Math.ceil(left / 60) })}`}
      </span>
    </span>
  );
}

/** Online, offline or syncing, with the payments still to upload, where the cashier always sees it: the top bar. */
export function SyncBadge() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void call('sync.status', {}).then((result) => {
        if (live && result.ok) setStatus(result.value);
      });
    read();
    const timer = setInterval(read, BADGE_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!status?.registered) return null;
  const state = status.syncing ? 'syncing' : status.online ? 'online' : 'offline';
  const waiting = status.waitingCount + status.pendingCount;
  return (
    <span className="sync-badge-wrap">
      <span className={`sync-badge ${state}`} data-testid="sync-badge" data-state={state} role="status">
        {t(`flow.badge_${state}`)} · {t('flow.badgeWaiting', { count: waiting })}
      </span>
      <BillDownload status={status} />
    </span>
  );
}
