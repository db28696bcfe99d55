import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPaise, parseRupees } from '../../../shared/money';
import { call } from '../api';
import { ApprovalFields, noApproval } from '../ui/ApprovalFields';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { CashOutSlips } from './CashOutSlips';
import { ActionBar } from '../ui/ActionBar';

const reasons = ['TOPUP', 'SUPERVISOR', 'BANK', 'OTHER'] as const;
type ReasonKey = (typeof reasons)[number];
const reasonKeys = { TOPUP: 'shift.reasonTOPUP', SUPERVISOR: 'shift.reasonSUPERVISOR', BANK: 'shift.reasonBANK', OTHER: 'shift.reasonOTHER' } as const;

// A refused cash-out is most often the supervisor's countersignature: the cursor goes back to it.
const RETYPE_FOR: Partial<Record<string, string>> = {
  APPROVAL_WRONG_PIN: 'move-supervisor-pin',
  COUNTERSIGN_NEEDED: 'move-supervisor',
  COUNTERSIGN_OWN: 'move-supervisor',
  NOT_SUPERVISOR: 'move-supervisor',
};

/**
 * Float top-ups in; cash handed to the supervisor or the bank out, countersigned with the
 * supervisor's PIN and printed on a slip they both sign. The core refuses taking out more than the
 * drawer holds, and checks the PIN before it records anything.
 */
export function CashMoveView() {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<'IN' | 'OUT'>('OUT');
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState<ReasonKey>('SUPERVISOR');
  const [otherReason, setOtherReason] = useState('');
  const [countersign, setCountersign] = useState(noApproval);
  // A refused cash-out is most often the supervisor's PIN.
  const move = useAction((error) => RETYPE_FOR[error.code] ?? 'move-amount');
  const printing = useAction();
  const [done, setDone] = useState<string | null>(null);
  // The last cash-out recorded, whose slip can be printed again until the next move.
  const [slipOf, setSlipOf] = useState<string | null>(null);
  const [slipPrinted, setSlipPrinted] = useState(false);
  // One id per move the cashier means: sent again on a retry, renewed once the move is recorded.
  const [moveId, setMoveId] = useState(() => crypto.randomUUID());

  // The move is recorded before this runs; a printer that fails leaves it recorded, with a button to try again.
  const printSlip = (id: string) =>
    printing.run(
      () => {
        setSlipPrinted(false);
        return call('shift.printCashOutSlip', { moveId: id });
      },
      () => setSlipPrinted(true),
    );

  const submit = () =>
    move.run(
      () => {
        setDone(null);
        setSlipOf(null);
        printing.showError(null);
        const amount = parseRupees(amountText);
        if (!amount.ok) return { ok: false, error: { code: amount.code, message: amount.message } };
        // The reason is stored as the cashier wrote or chose it, in English for the auditors' reports.
        const text = reason === 'OTHER' ? otherReason : t(reasonKeys[reason], { lng: 'en' });
        return call('shift.cashMove', { moveId, direction, amountPaise: amount.paise, reason: text, ...(direction === 'OUT' ? { countersign } : {}) });
      },
      (report) => {
        setMoveId(crypto.randomUUID());
        setAmountText('');
        setCountersign(noApproval);
        document.getElementById('move-amount')?.focus();
        setDone(t('shift.moveRecorded', { expected: formatPaise(report.expectedPaise) }));
        if (direction === 'OUT') {
          setSlipOf(moveId);
          void printSlip(moveId);
        }
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
      {direction === 'OUT' && (
        <ApprovalFields idPrefix="move" approval={countersign} onChange={setCountersign} title={t('shift.countersignTitle')} hint={t('shift.countersignHint')} />
      )}
      <ActionBar>
        <ErrorAlert error={move.error} testId="move-error" />
        {done && (
          <p className="notice" role="status" data-testid="move-done">
            {done}
          </p>
        )}
        <ErrorAlert error={printing.error} testId="slip-error" />
        {slipPrinted && (
          <p className="notice" role="status" data-testid="slip-printed">
            {t('shift.slipPrinted')}
          </p>
        )}
        <div className="button-row">
          {slipOf && (
            <button type="button" data-testid="print-slip" disabled={printing.busy} onClick={() => void printSlip(slipOf)}>
              {t('shift.printSlipAgain')}
            </button>
          )}
          <button type="submit" className="primary">
            {t('shift.recordMove')} <kbd>Enter</kbd>
          </button>
        </div>
      </ActionBar>
      <CashOutSlips shown={slipOf ?? undefined} />
    </form>
  );
}
