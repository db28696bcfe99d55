import { useEffect } from 'react';
import { usePayment, type Step } from './paymentStore';
import { LookupStep } from './LookupStep';
import { CashStep } from './CashStep';
import { ConfirmStep } from './ConfirmStep';
import { DoneStep } from './DoneStep';

const stepLabels: Array<[Step, string]> = [
  ['lookup', 'Consumer'],
  ['cash', 'Cash'],
  ['confirm', 'Confirm'],
  ['done', 'Recorded'],
];

export function PaymentDesk() {
  const step = usePayment((s) => s.step);
  const error = usePayment((s) => s.error);
  const back = usePayment((s) => s.back);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        back();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [back]);

  const current = stepLabels.findIndex(([name]) => name === step);
  return (
    <section className="desk" aria-label="Take a cash payment">
      <ol className="stepper">
        {stepLabels.map(([name, label], index) => (
          <li key={name} className={index < current ? 'past' : index === current ? 'current' : ''}>
            <span className="dot">{index + 1}</span>
            {label}
          </li>
        ))}
      </ol>
      {step === 'lookup' && <LookupStep />}
      {step === 'cash' && <CashStep />}
      {step === 'confirm' && <ConfirmStep />}
      {step === 'done' && <DoneStep />}
      {error && (
        <p className="alert" role="alert" data-testid="error">
          {error}
        </p>
      )}
    </section>
  );
}
