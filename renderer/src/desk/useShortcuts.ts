import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { usePayment } from '../payment/paymentStore';
import { useSession } from '../session/sessionStore';
import { useDesk } from './deskStore';
import { focusFirstField, isTypingField } from './focusFirstField';
import { call } from '../api';
import { LANGUAGE_KEY, LOCK_KEY, SEARCH_KEY, viewKeys } from './shortcuts';

/** Opens the name search on the payment screen and puts the cursor in it. */
function openSearch() {
  const search = document.querySelector<HTMLDetailsElement>('[data-testid="consumer-search"]');
  if (!search) return;
  search.open = true;
  document.querySelector<HTMLInputElement>('#consumer-search')?.focus();
}

/**
 * A scanner types into whatever has the focus. On the payment screen, a character typed outside any
 * field starts (or goes on with) the consumer number, so a scan after a stray click is not lost.
 */
function scanIntoNumber(event: KeyboardEvent) {
  if (event.key.length !== 1 || event.key === ' ' || event.ctrlKey || event.altKey || event.metaKey || isTypingField(event.target)) return;
  const payment = usePayment.getState();
  if (payment.step !== 'lookup' && payment.step !== 'done') return;
  event.preventDefault();
  // Drawn now, so the field has the focus before the scanner's next character arrives.
  if (payment.step === 'done') flushSync(() => payment.startNew());
  document.querySelector<HTMLInputElement>('#consumer-no')?.focus();
  usePayment.getState().setConsumerNo(event.key);
}

/** Function keys switch parts of the counter; Esc steps back in the payment; F8 switches language; F12 locks. */
export function useShortcuts(switchLanguage: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { status } = useSession.getState();
      // A supervisor without a shift still moves between the screens; the drawer's ones ask for a float.
      const counterOpen = Boolean(status?.user && !status.locked && (status.shift || status.user.role === 'SUPERVISOR'));
      if (event.key === LANGUAGE_KEY) {
        event.preventDefault();
        switchLanguage();
        return;
      }
      if (!counterOpen) return;
      if (event.key === LOCK_KEY) {
        event.preventDefault();
        void useSession.getState().run(() => call('session.lock', {}));
        return;
      }
      const desk = useDesk.getState();
      if (event.key === 'Escape') {
        event.preventDefault();
        if (desk.view === 'pay') usePayment.getState().back();
        else desk.show('pay');
        return;
      }
      if (event.key === SEARCH_KEY) {
        event.preventDefault();
        desk.show('pay');
        if (usePayment.getState().step !== 'lookup') usePayment.getState().startNew();
        setTimeout(openSearch, 0);
        return;
      }
      const target = viewKeys.find((entry) => entry.key === event.key);
      if (target) {
        event.preventDefault();
        desk.show(target.view);
        if (target.view === 'pay' && usePayment.getState().step === 'done') usePayment.getState().startNew();
        focusFirstField();
        return;
      }
      if (desk.view === 'pay') scanIntoNumber(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [switchLanguage]);
}
