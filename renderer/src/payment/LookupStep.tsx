import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ComplaintForm } from './ComplaintForm';
import { ConsumerSearch } from './ConsumerSearch';
import { PaymentStatusCheck } from './PaymentStatusCheck';
import { usePayment } from './paymentStore';

/** A barcode scanner types the number and presses Enter, so it needs nothing more than a form. */
export function LookupStep() {
  const { t } = useTranslation();
  const consumerNo = usePayment((s) => s.consumerNo);
  const busy = usePayment((s) => s.busy);
  const setConsumerNo = usePayment((s) => s.setConsumerNo);
  const typeAhead = usePayment((s) => s.typeAhead);
  const lookUp = usePayment((s) => s.lookUp);
  const error = usePayment((s) => s.error);
  const field = useRef<HTMLInputElement>(null);
  // After a refusal the bad number stays to be read, selected, so the next scan or key replaces it.
  useEffect(() => {
    if (error) field.current?.select();
  }, [error]);
  return (
    <div className="step">
      <form
        className="step"
        onSubmit={(event) => {
          event.preventDefault();
          void lookUp();
        }}
      >
        <label htmlFor="consumer-no" className="field-label">
          {t('payment.consumerNo')}
        </label>
        <input
          id="consumer-no"
          ref={field}
          className="big-input"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          inputMode="text"
          placeholder="N3330008565"
          value={consumerNo}
          // Coming back with Esc, the next scan or keystroke replaces the old number.
          onFocus={(event) => event.target.select()}
          onChange={(event) => setConsumerNo(event.target.value)}
          onKeyDown={(event) => {
            if (busy && /^([0-9.]|Enter)$/.test(event.key)) {
              event.preventDefault();
              typeAhead(event.key);
            }
          }}
        />
        <ErrorAlert error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {t('payment.findBill')} <kbd>Enter</kbd>
        </button>
      </form>
      <ConsumerSearch />
      <PaymentStatusCheck />
      <ComplaintForm />
    </div>
  );
}
