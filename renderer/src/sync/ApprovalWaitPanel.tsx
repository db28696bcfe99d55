import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalWaitSetting } from '../../../shared/ipc/contract';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';

/** Whole seconds only: a choice from a list cannot be typed wrong. */
const secondsUpTo = (maxMs: number) => Array.from({ length: Math.floor(maxMs / 1000) + 1 }, (_, seconds) => seconds);

/** How long an original receipt waits for the company's approval reference before it prints without it. */
export function ApprovalWaitPanel() {
  const { t } = useTranslation();
  const [setting, setSetting] = useState<ApprovalWaitSetting | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const saving = useAction('approval-wait');
  const { showError } = saving;
  useEffect(() => {
    void call('settings.getApprovalWait', {}).then((result) => (result.ok ? setSetting(result.value) : showError(result.error)));
  }, [showError]);
  if (!setting) return <ErrorAlert error={saving.error} testId="approval-wait-error" />;
  const seconds = chosen ?? Math.round(setting.waitMs / 1000);
  return (
    <form
      className="step panel"
      data-testid="approval-wait"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void saving.run(
          () => call('settings.setApprovalWait', { waitMs: seconds * 1000 }),
          (value) => {
            setSetting(value);
            setChosen(null);
            setSaved(true);
          },
        );
      }}
    >
      <h2>{t('sync.approvalWaitTitle')}</h2>
      <p className="muted">{t('sync.approvalWaitHint', { seconds: setting.defaultMs / 1000 })}</p>
      <label htmlFor="approval-wait" className="field-label">
        {t('sync.approvalWaitLabel')}
      </label>
      <select id="approval-wait" value={seconds} onChange={(event) => setChosen(Number(event.target.value))}>
        {secondsUpTo(setting.maxMs).map((option) => (
          <option key={option} value={option}>
            {option === 0 ? t('sync.approvalWaitNever') : t('sync.approvalWaitSeconds', { count: option })}
          </option>
        ))}
      </select>
      <ErrorAlert error={saving.error} testId="approval-wait-error" />
      {saved && (
        <p className="notice" role="status">
          {t('sync.approvalWaitSaved')}
        </p>
      )}
      <button type="submit">{t('sync.approvalWaitSave')}</button>
    </form>
  );
}
