import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { CashStep } from './CashStep';
import { ConfirmStep } from './ConfirmStep';
import { DoneStep } from './DoneStep';
import { LookupStep } from './LookupStep';
import { usePayment, type Step } from './paymentStore';

const steps = [
  ['lookup', 'payment.stepConsumer'],
  ['cash', 'payment.stepCash'],
  ['done', 'payment.stepRecorded'],
] as const satisfies ReadonlyArray<readonly [Step, string]>;

export function PaymentDesk() {
  const { t } = useTranslation();
  const step = usePayment((s) => s.step);
  const error = usePayment((s) => s.error);
  // The large-change check sits between cash and recorded, on the cash step's dot.
  const current = steps.findIndex(([name]) => name === (step === 'confirm' ? 'cash' : step));
  return (
    <section className="desk" aria-label={t('payment.deskLabel')}>
      <ol className="stepper">
        {steps.map(([name, label], index) => (
          <li key={name} className={index < current ? 'past' : index === current ? 'current' : ''}>
            <span className="dot">{index + 1}</span>
            {t(label)}
          </li>
        ))}
      </ol>
      {step === 'lookup' && <LookupStep />}
      {step === 'cash' && <CashStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <DoneStep />}
      {/* The lookup and cash steps show the refusal under the field the cashier is looking at. */}
      {(step === 'confirm' || step === 'done') && <ErrorAlert error={error} />}
    </section>
  );
}
