import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordedPayment } from '../../../shared/domain';
import { formatPaise } from '../../../shared/money';
import { call } from '../api';
import { ApprovalFields, noApproval } from '../ui/ApprovalFields';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { ActionBar } from '../ui/ActionBar';

/** A void is a new ledger row, approved by a supervisor's own PIN and a reason; the core checks both. */
export function VoidForm({ payment, onCancel, onVoided }: { payment: RecordedPayment; onCancel: () => void; onVoided: (text: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [approval, setApproval] = useState(noApproval);
  const voiding = useAction('void-supervisor-pin');
  return (
    <form
      className="step dialog"
      data-testid="void-form"
      onSubmit={(event) => {
        event.preventDefault();
        void voiding.run(
          () => call('payments.void', { receiptNo: payment.receiptNo, reason, approval }),
          (voided) =>
            onVoided(t(voided.reversalRequested ? 'receipts.voidedReversal' : 'receipts.voided', { receiptNo: voided.receiptNo, amount: formatPaise(voided.amountPaise) })),
        );
      }}
    >
      <h3>{t('receipts.voidTitle', { receiptNo: payment.receiptNo })}</h3>
      <p className="muted">
        {payment.consumerName} · {formatPaise(payment.amountPaise)}
      </p>
      <p className="muted">{t('receipts.voidHint')}</p>
      <Field id="void-reason" label={t('receipts.voidReason')} value={reason} onChange={setReason} autoFocus />
      <ApprovalFields idPrefix="void" approval={approval} onChange={setApproval} />
      <ActionBar>
        <ErrorAlert error={voiding.error} testId="void-error" />
        <div className="button-row">
          <button type="button" onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="primary" disabled={voiding.busy}>
            {t('receipts.confirmVoid')} <kbd>Enter</kbd>
          </button>
        </div>
      </ActionBar>
    </form>
  );
}
