import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';

/**
 * The very first step on a new data folder: the cabin's code, printed in every receipt number
 * and fixed for good once given, so the technician is told so before typing it.
 */
export function CabinSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [cabinCode, setCabinCode] = useState('');
  const action = useAction('cabin-code');
  return (
    <form
      className="desk step"
      data-testid="cabin-setup"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() => call('cabin.setup', { cabinCode }), onDone);
      }}
    >
      <h2 className="card-title">{t('cabin.title')}</h2>
      <p className="muted">{t('cabin.explain')}</p>
      <Field id="cabin-code" label={t('cabin.code')} value={cabinCode} onChange={setCabinCode} autoFocus />
      <p className="muted">{t('cabin.hint')}</p>
      <button type="submit" className="primary" disabled={action.busy}>
        {t('app.continue')} <kbd>Enter</kbd>
      </button>
      <ErrorAlert error={action.error} testId="cabin-error" />
    </form>
  );
}
