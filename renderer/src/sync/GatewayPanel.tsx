import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { useSync } from './syncStore';

/** Registers the cabin with the company's gateway once, with the code the company issued for its agent. */
export function GatewayPanel() {
  const { t } = useTranslation();
  const sync = useSync((s) => s.sync);
  const refresh = useSync((s) => s.refresh);
  const [gatewayUrl, setGatewayUrl] = useState('');
  const [registrationCode, setRegistrationCode] = useState('');
  const registering = useAction((error) => (error.code === 'GATEWAY_URL' ? 'gateway-url' : 'registration-code'));
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      className="step panel"
      data-testid="gateway-panel"
      onSubmit={(event) => {
        event.preventDefault();
        void registering.run(
          () => {
            setDone(null);
            return call('device.register', { gatewayUrl, registrationCode });
          },
          (agent) => {
            setDone(t('sync.registered', agent));
            void refresh();
          },
        );
      }}
    >
      <h2>{t('sync.gatewayTitle')}</h2>
      {sync?.registered && sync.gatewayUrl && <p className="muted">{t('sync.registeredAt', { url: sync.gatewayUrl })}</p>}
      <Field id="gateway-url" label={t('sync.gatewayUrl')} value={gatewayUrl} onChange={setGatewayUrl} />
      <Field id="registration-code" label={t('sync.registrationCode')} value={registrationCode} onChange={setRegistrationCode} />
      <ErrorAlert error={registering.error} testId="gateway-error" />
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <button type="submit" className="primary">
        {t('sync.register')}
      </button>
    </form>
  );
}
