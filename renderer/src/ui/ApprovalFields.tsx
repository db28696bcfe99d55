import { useTranslation } from 'react-i18next';
import { Field } from './Field';

export interface Approval {
  supervisorId: string;
  pin: string;
}

export const noApproval: Approval = { supervisorId: '', pin: '' };

/**
 * A supervisor's id and PIN, typed on the agent's screen; the core checks them, never the window.
 * A form whose supervisor does more than approve (countersigns, say) names that in its own words.
 */
export function ApprovalFields({
  idPrefix,
  approval,
  onChange,
  title,
  hint,
}: {
  idPrefix: string;
  approval: Approval;
  onChange: (approval: Approval) => void;
  title?: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="approval">
      <legend>{title ?? t('session.approvalTitle')}</legend>
      <p className="muted">{hint ?? t('session.approvalHint')}</p>
      <div className="approval-pair">
        <div className="step">
          <Field
            id={`${idPrefix}-supervisor`}
            label={t('session.supervisorId')}
            value={approval.supervisorId}
            onChange={(supervisorId) => onChange({ ...approval, supervisorId })}
          />
        </div>
        <div className="step">
          <Field id={`${idPrefix}-supervisor-pin`} label={t('session.pin')} value={approval.pin} onChange={(pin) => onChange({ ...approval, pin })} secret />
        </div>
      </div>
    </fieldset>
  );
}
