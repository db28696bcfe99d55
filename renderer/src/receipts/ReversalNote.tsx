import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import type { ReversalView } from '../../../shared/reversals';

/** Where the company's reversal of a payment voided after upload stands, with the company's own words when it gave any. */
export function ReversalNote({ reversal, testId }: { reversal: ReversalView; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className={reversal.state === 'REFUSED' ? 'reversal-note off' : 'reversal-note'} data-testid={testId} data-state={reversal.state}>
      {t(`receipts.reversal_${reversal.state}`, { caseId: reversal.caseId ?? '', amount: formatPaise(reversal.walletCreditPaise) })}
      {reversal.note && <div className="muted">“{reversal.note}”</div>}
    </div>
  );
}
