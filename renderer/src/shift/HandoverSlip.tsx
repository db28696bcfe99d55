import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../../../shared/domain';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useClosedShift } from './closedShiftStore';

/** Under the outgoing Z after a handover: who has the drawer now, and how its slip, printed at the handover, went. */
export function HandoverSlipNotices({ handedTo }: { handedTo: SignedInUser }) {
  const { t } = useTranslation();
  const slip = useClosedShift((s) => s.slip);
  return (
    <>
      <p className="notice" data-testid="handed-over">
        {t('shift.handedOver', { name: handedTo.name })} {slip.printed && <span data-testid="handover-slip-printed">{t('shift.handoverSlipPrinted')}</span>}
      </p>
      <ErrorAlert error={slip.error} testId="handover-slip-error" />
    </>
  );
}

/** Prints the handover slip again, for a jammed printer or a second copy. */
export function PrintHandoverSlip() {
  const { t } = useTranslation();
  const busy = useClosedShift((s) => s.slip.busy);
  const print = useClosedShift((s) => s.printHandoverSlip);
  return (
    <button type="button" data-testid="print-handover-slip" disabled={busy} onClick={() => void print()}>
      {t('shift.printHandoverSlip')}
    </button>
  );
}
