import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../../../shared/domain';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useClosedShift } from './closedShiftStore';

/** Under the outgoing Z after a handover: who has the drawer now, and its slip, printed at the handover and again on request. */
export function HandoverSlipPanel({ handedTo }: { handedTo: SignedInUser }) {
  const { t } = useTranslation();
  const slip = useClosedShift((s) => s.slip);
  const print = useClosedShift((s) => s.printHandoverSlip);
  return (
    <div className="step" data-testid="handover-slip">
      <p className="notice" data-testid="handed-over">
        {t('shift.handedOver', { name: handedTo.name })}
      </p>
      <ErrorAlert error={slip.error} testId="handover-slip-error" />
      {slip.printed && (
        <p className="notice" role="status" data-testid="handover-slip-printed">
          {t('shift.handoverSlipPrinted')}
        </p>
      )}
      <div className="button-row">
        <button type="button" data-testid="print-handover-slip" disabled={slip.busy} onClick={() => void print()}>
          {t('shift.printHandoverSlip')}
        </button>
      </div>
    </div>
  );
}
