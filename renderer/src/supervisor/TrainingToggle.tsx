import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useSession } from '../session/sessionStore';
import { ApprovalFields, noApproval } from '../ui/ApprovalFields';
import { ErrorAlert } from '../ui/ErrorAlert';

/** Training mode is switched only with a supervisor's PIN, and the switch is in the audit log. */
export function TrainingToggle() {
  const { t } = useTranslation();
  const training = useSession((s) => s.status?.training ?? false);
  const run = useSession((s) => s.run);
  const error = useSession((s) => s.error);
  const [approval, setApproval] = useState(noApproval);
  return (
    <form
      className="step panel"
      data-testid="training-toggle"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => call('settings.setTraining', { on: !training, approval })).then((ok) => ok && setApproval(noApproval));
      }}
    >
      <h2>{t('supervisor.trainingTitle')}</h2>
      <p className={training ? 'training-note' : 'muted'}>{training ? t('supervisor.trainingOnHint') : t('supervisor.trainingOffHint')}</p>
      <ApprovalFields idPrefix="training" approval={approval} onChange={setApproval} />
      <ErrorAlert error={error} testId="training-error" />
      <button type="submit" className="primary">
        {training ? t('supervisor.trainingTurnOff') : t('supervisor.trainingTurnOn')}
      </button>
    </form>
  );
}
