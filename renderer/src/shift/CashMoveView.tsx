import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPaise, parseRupees } from '../../../shared/money';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';

const reasons = ['TOPUP', 'SUPERVISOR', 'BANK', 'OTHER'] as const;
type ReasonKey = (typeof reasons)[number];
const reasonKeys = { TOPUP: 'shift.reasonTOPUP', SUPERVISOR: 'shift.reasonSUPERVISOR', BANK: 'shift.reasonBANK', OTHER: 'shift.reasonOTHER' } as const;

/** Float top-ups in, cash handed to the supervisor or the bank out; the core refuses taking out more than the drawer holds. */
export function CashMoveView() {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<'IN' | 'OUT'>('OUT');
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState<ReasonKey>('SUPERVISOR');
  const [otherReason, setOtherReason] = useState('');
  const move = useAction('move-amount');
  const [done, setDone] = useState<string | null>(null);
  // One id per move the cashier means: sent again on a retry, renewed once the move is recorded.
  const [moveId, setMoveId] = useState(() => crypto.randomUUID());

  const submit = () =>
    move.run(
      () => {
        setDone(null);
        const amount = parseRupees(amountText);
        if (!amount.ok) return { ok: false, error: { code: amount.code, message: amount.message } };
        // The reason is stored as the cashier wrote or chose it, in English for the auditors' reports.
        const text = reason === 'OTHER' ? otherReason : t(reasonKeys[reason], { lng: 'en' });
        return call('shift.cashMove', { moveId, direction, amountPaise: amount.paise, reason: text });
      },
      (report) => {
        setMoveId(crypto.randomUUID());
        setAmountText('');
        setDone(t('shift.moveRecorded', { expected: formatPaise(report.expectedPaise) }));
      },
    );

  return (
    <form
      className="desk step"
      data-testid="cash-move"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 className="card-title">{t('shift.cashMoveTitle')}</h2>
      <div className="choice-row" role="radiogroup">
        {(['OUT', 'IN'] as const).map((d) => (
          <label key={d}>
            <input type="radio" name="direction" value={d} checked={direction === d} onChange={() => setDirection(d)} />{' '}
            {d === 'IN' ? t('shift.directionIN') : t('shift.directionOUT')}
          </label>
        ))}
      </div>
      <Field id="move-amount" label={t('shift.amount')} value={amountText} onChange={setAmountText} autoFocus />
      <label htmlFor="move-reason" className="field-label">
        {t('shift.reason')}
      </label>
      <select id="move-reason" value={reason} onChange={(event) => setReason(event.target.value as ReasonKey)}>
        {reasons.map((r) => (
          <option key={r} value={r}>
            {t(reasonKeys[r])}
          </option>
        ))}
      </select>
      {reason === 'OTHER' && <Field id="move-reason-other" label={t('shift.reasonOther')} value={otherReason} onChange={setOtherReason} />}
      <ErrorAlert error={move.error} testId="move-error" />
      {done && (
        <p className="notice" role="status" data-testid="move-done">
          {done}
        </p>
      )}
      <button type="submit" className="primary">
        {t('shift.recordMove')} <kbd>Enter</kbd>
      </button>
    </form>
  );
}
