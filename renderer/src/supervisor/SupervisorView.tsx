import { useTranslation } from 'react-i18next';
import { PrinterSettings } from '../printing/PrinterSettings';
import { TrainingToggle } from './TrainingToggle';
import { UsersPanel } from './UsersPanel';

/** A supervisor's settings for the cabin; each change needs their PIN and lands in the audit log. */
export function SupervisorView() {
  const { t } = useTranslation();
  return (
    <div className="desk step" data-testid="supervisor-view">
      <TrainingToggle />
      <UsersPanel />
      <section className="step panel" data-testid="printer-settings">
        <h2>{t('supervisor.printerTitle')}</h2>
        <PrinterSettings />
      </section>
    </div>
  );
}
