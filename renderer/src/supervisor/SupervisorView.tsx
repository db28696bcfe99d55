import { useTranslation } from 'react-i18next';
import { PrinterSettings } from '../printing/PrinterSettings';
import { useSession } from '../session/sessionStore';
import { GatewayPanel } from '../sync/GatewayPanel';
import { ExceptionsPanel } from './ExceptionsPanel';
import { TrainingToggle } from './TrainingToggle';
import { UsersPanel } from './UsersPanel';

/**
 * A supervisor's desk in the cabin. Refused payments and training mode are handled with a
 * supervisor's PIN on whoever's screen is open; people, the printer and the gateway need the supervisor signed in.
 */
export function SupervisorView() {
  const { t } = useTranslation();
  const supervisor = useSession((s) => s.status?.user?.role === 'SUPERVISOR');
  return (
    <div className="desk step" data-testid="supervisor-view">
      <ExceptionsPanel />
      <TrainingToggle />
      {supervisor && <UsersPanel />}
      {supervisor && (
        <section className="step panel" data-testid="printer-settings">
          <h2>{t('supervisor.printerTitle')}</h2>
          <PrinterSettings />
        </section>
      )}
      {supervisor && <GatewayPanel />}
    </div>
  );
}
