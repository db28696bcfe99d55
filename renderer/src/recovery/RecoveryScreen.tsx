import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreOutcome, StartupHealth } from '../../../shared/backups';
import { formatIndiaDateTime } from '../../../shared/time';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { ApprovalFields, noApproval } from '../ui/ApprovalFields';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';

/**
 * Shown instead of the counter when the start-up check finds the ledger damaged. Nothing is
 * overwritten until a supervisor confirms with their PIN (checked against the backup's own people);
 * the damaged file is kept beside the restored one.
 */
export function RecoveryScreen({ health }: { health: StartupHealth }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [approval, setApproval] = useState(noApproval);
  const restoring = useAction('restore-supervisor-pin');
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);
  const backup = health.newestGoodBackup;
  return (
    <form
      className="desk step"
      data-testid="recovery"
      onSubmit={(event) => {
        event.preventDefault();
        if (!backup) return;
        void restoring.run(() => call('backups.restore', { backupName: backup.name, supervisorId: approval.supervisorId, pin: approval.pin }), setOutcome);
      }}
    >
      <h2 className="card-title">{t('recovery.title')}</h2>
      {health.problem && <p className="muted">{t('recovery.problem', { problem: health.problem })}</p>}
      <p className="warning">{t('recovery.noPayments')}</p>
      {outcome ? (
        <>
          <p className="notice" role="status" data-testid="restored">
            {t('recovery.restored', { from: outcome.restoredFrom, moved: outcome.damagedFileMovedTo })}
          </p>
          <button type="button" className="primary" autoFocus onClick={() => void restoring.run(() => call('app.restart', {}))}>
            {t('recovery.restartNow')}
          </button>
          <ErrorAlert error={restoring.error} testId="restart-error" />
        </>
      ) : backup ? (
        <>
          <p>
            <strong>{t('recovery.newest', { name: backup.name, at: formatIndiaDateTime(backup.takenAt, language) })}</strong>
          </p>
          <p className="muted">{t('recovery.paymentsAfterBackup')}</p>
          <ApprovalFields idPrefix="restore" approval={approval} onChange={setApproval} />
          <ErrorAlert error={restoring.error} testId="restore-error" />
          <button type="submit" className="primary">
            {t('recovery.restore')}
          </button>
        </>
      ) : (
        <p className="alert">{t('recovery.noBackup')}</p>
      )}
    </form>
  );
}
