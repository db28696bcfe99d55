import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '../../../shared/updates';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';

/**
 * A new version of Rokad, downloaded in the background: the supervisor installs it when the day
 * allows. Installing restarts Rokad, so the core refuses while a shift is open, a sync round runs
 * or a receipt is printing, and the panel says which.
 */
export function UpdatePanel() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [installing, setInstalling] = useState(false);
  const action = useAction();
  const { showError } = action;
  useEffect(() => {
    void call('app.update', {}).then((result) => (result.ok ? setStatus(result.value) : showError(result.error)));
  }, [showError]);
  if (!status) return <ErrorAlert error={action.error} testId="update-error" />;
  const waits = status.waitsFor;
  return (
    <form
      className="step panel"
      data-testid="update-panel"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () => call('app.installUpdate', {}),
          (outcome) => {
            setInstalling(outcome.installing);
            setStatus({ ...status, waitsFor: outcome.waitsFor });
          },
        );
      }}
    >
      <h2>{t('supervisor.updateTitle')}</h2>
      <p className={status.stage === 'ready' ? 'notice' : 'muted'} role="status" data-testid="update-stage">
        {t(`supervisor.update_${status.stage}`, { version: status.version ?? '' })}
      </p>
      {status.stage === 'ready' && !installing && waits.length > 0 && (
        <div data-testid="update-waits">
          <p>{t('supervisor.updateWaits')}</p>
          <ul>
            {waits.map((wait) => (
              <li key={wait}>{t(`supervisor.updateWait_${wait}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {installing && <p className="notice">{t('supervisor.updateInstalling')}</p>}
      <ErrorAlert error={action.error} testId="update-error" />
      {status.stage === 'ready' && !installing && (
        <button type="submit" className="primary" disabled={action.busy}>
          {t('supervisor.updateInstall', { version: status.version ?? '' })}
        </button>
      )}
    </form>
  );
}
