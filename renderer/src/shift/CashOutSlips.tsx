import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CashOutSlip } from '../../../shared/domain';
import { formatPaise } from '../../../shared/money';
import { formatIndiaTime } from '../../../shared/time';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';

/**
 * A shift's countersigned cash-outs, each with a button that prints its slip again (marked as a
 * copy). Without a shift named, the caller's open shift; `shown` changes when a new move is recorded.
 */
export function CashOutSlips({ shiftId, shown }: { shiftId?: string; shown?: string }) {
  const { t } = useTranslation();
  const [slips, setSlips] = useState<CashOutSlip[]>([]);
  const printing = useAction();
  const [printed, setPrinted] = useState<string | null>(null);
  const { showError } = printing;

  useEffect(() => {
    let current = true;
    void call('shift.cashOuts', shiftId ? { shiftId } : {}).then((result) => {
      if (!current) return;
      if (result.ok) setSlips(result.value);
      else showError(result.error);
    });
    return () => {
      current = false;
    };
  }, [shiftId, shown, showError]);

  if (slips.length === 0) return null;
  return (
    <section className="step" data-testid="cash-out-slips">
      <h4>{t('shift.cashOutSlips')}</h4>
      <ul className="slip-list">
        {slips.map((slip) => (
          <li key={slip.moveId} data-testid={`cash-out-${slip.moveId}`}>
            <span>
              {formatIndiaTime(slip.at)} · {formatPaise(slip.amountPaise)} · {t('shift.countersignedBy', { name: slip.supervisor.name })}
            </span>
            <button
              type="button"
              data-testid="reprint-cash-out"
              disabled={printing.busy}
              onClick={() =>
                void printing.run(
                  () => {
                    setPrinted(null);
                    return call('shift.printCashOutSlip', { moveId: slip.moveId });
                  },
                  () => setPrinted(slip.moveId),
                )
              }
            >
              {t('shift.printSlipAgain')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorAlert error={printing.error} testId="cash-out-slips-error" />
      {printed && (
        <p className="notice" role="status" data-testid="cash-out-reprinted">
          {t('shift.slipPrinted')}
        </p>
      )}
    </section>
  );
}
