import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { denominations } from '../../../shared/denominations';
import { roundChange } from '../../../shared/cashRounding';
import { formatPaise, parseRupees } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';
import { BillSourceNote } from '../sync/BillSourceNote';
import { ErrorAlert } from '../ui/ErrorAlert';
import { BillCard } from './BillCard';
import { chosenAmount, usePayment } from './paymentStore';
import { ActionBar } from '../ui/ActionBar';

function EarlierPayments() {
  const { t } = useTranslation();
  const language = useLanguage();
  const due = usePayment((s) => s.due);
  const confirmRepeat = usePayment((s) => s.confirmRepeat);
  const setConfirmRepeat = usePayment((s) => s.setConfirmRepeat);
  if (!due || due.earlierPayments.length === 0) return null;
  return (
    <div className="warning" data-testid="already-paid">
      <strong>{t('payment.alreadyPaidTitle')}</strong>
      <ul>
        {due.earlierPayments.map((p) => (
          <li key={p.receiptNo}>{t('payment.alreadyPaidLine', { receiptNo: p.receiptNo, amount: formatPaise(p.amountPaise), at: formatIndiaDateTime(p.recordedAt, language) })}</li>
        ))}
      </ul>
      <label>
        <input type="checkbox" data-testid="confirm-repeat" checked={confirmRepeat} onChange={(event) => setConfirmRepeat(event.target.checked)} /> {t('payment.takeAnother')}
      </label>
    </div>
  );
}

/** Change shown as the figure is typed, so the cashier counts it out before pressing Enter. */
function LiveChange() {
  const { t } = useTranslation();
  const cashText = usePayment((s) => s.cashText);
  const amountText = usePayment((s) => s.amountText);
  const due = usePayment((s) => s.due);
  if (!due) return null;
  const cash = parseRupees(cashText);
  const amount = chosenAmount(due, amountText);
  const exact = cash.ok && amount.ok && cash.paise >= amount.paise ? cash.paise - amount.paise : null;
  // The same rounding the core records with the payment: the cashier counts out what the consumer is handed.
  const change = exact === null ? null : roundChange(exact, due.rules.changeRounding);
  return (
    <div className="amount-due change-line">
      <span>{t('payment.changeToGive')}</span>
      <strong data-testid="change-due">{change === null ? '—' : formatPaise(change.givenPaise)}</strong>
      {change && change.roundingPaise !== 0 && exact !== null && (
        <span className="muted rounding-note" data-testid="change-rounding">
          {t(change.roundingPaise > 0 ? 'payment.roundedDown' : 'payment.roundedUp', { exact: formatPaise(exact), rounding: formatPaise(Math.abs(change.roundingPaise)) })}
        </span>
      )}
    </div>
  );
}

/** Where the company's message about this payment goes, if not to the mobile on the bill. */
function MobileForMessage() {
  const { t } = useTranslation();
  const mobileText = usePayment((s) => s.mobileText);
  const setMobileText = usePayment((s) => s.setMobileText);
  return (
    <div className="mobile-for-message">
      <label htmlFor="consumer-mobile" className="field-label">
        {t('payment.mobileForMessage')} <span className="muted">{t('payment.mobileForMessageHint')}</span>
      </label>
      <input id="consumer-mobile" autoComplete="off" inputMode="tel" maxLength={16} value={mobileText} onChange={(event) => setMobileText(event.target.value)} />
    </div>
  );
}

export function CashStep() {
  const { t } = useTranslation();
  const due = usePayment((s) => s.due);
  const busy = usePayment((s) => s.busy);
  const amountText = usePayment((s) => s.amountText);
  const setAmountText = usePayment((s) => s.setAmountText);
  const cashText = usePayment((s) => s.cashText);
  const setCashText = usePayment((s) => s.setCashText);
  const cashCount = usePayment((s) => s.cashCount);
  const tap = usePayment((s) => s.tap);
  const acceptCash = usePayment((s) => s.acceptCash);
  const error = usePayment((s) => s.error);
  // Enter takes the payment wherever the focus is: on a tapped note it would otherwise tap it again.
  useEffect(() => {
    const onEnter = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.repeat) return;
      event.preventDefault();
      void acceptCash();
    };
    window.addEventListener('keydown', onEnter, true);
    return () => window.removeEventListener('keydown', onEnter, true);
  }, [acceptCash]);
  // The refused mobile gets the cursor, so the cashier corrects it where the figure is shown.
  useEffect(() => {
    if (error?.code === 'BAD_MOBILE') document.getElementById('consumer-mobile')?.focus();
  }, [error]);
  if (!due) return null;
  const amountEditable = due.rules.exactness !== 'EXACT';
  return (
    <form
      className="step"
      onSubmit={(event) => {
        event.preventDefault();
        void acceptCash();
      }}
    >
      <BillCard due={due} />
      <BillSourceNote lookup={due} />
      <EarlierPayments />
      {amountEditable && (
        <>
          <label htmlFor="amount" className="field-label">
            {t('payment.amountToPay')} <span className="muted">{due.rules.exactness === 'EXACT_AND_ABOVE' ? t('payment.amountRuleABOVE') : t('payment.amountRuleBELOW')}</span>
          </label>
          <input
            id="amount"
            className="big-input money"
            autoComplete="off"
            inputMode="decimal"
            maxLength={16}
            value={amountText}
            onChange={(event) => setAmountText(event.target.value)}
          />
        </>
      )}
      <div className="cash-row">
        <div className="step">
          <label htmlFor="cash" className="field-label">
            {t('payment.cashReceived')}
          </label>
          <input
            id="cash"
            className="big-input money"
            autoFocus
            autoComplete="off"
            inputMode="decimal"
            maxLength={16}
            value={cashText}
            onChange={(event) => setCashText(event.target.value)}
          />
        </div>
        <LiveChange />
      </div>
      <div className="tap-row" aria-label={t('payment.tapHint')}>
        <span className="muted">{t('payment.tapHint')}</span>
        {denominations.map((d) => (
          <button key={d.key} type="button" className={`tap ${d.kind}`} data-testid={`tap-${d.key}`} onClick={() => tap(d.key)}>
            ₹{d.paise / 100}
            {cashCount[d.key] ? <span className="tap-count">×{cashCount[d.key]}</span> : null}
          </button>
        ))}
        {Object.keys(cashCount).length > 0 && (
          <button type="button" className="link-button" onClick={() => setCashText('')}>
            {t('payment.clearTapped')}
          </button>
        )}
      </div>
      <MobileForMessage />
      <ActionBar>
        <ErrorAlert error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('payment.recording') : t('payment.takePayment')} <kbd>Enter</kbd>
        </button>
      </ActionBar>
    </form>
  );
}
