import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrinterSettings } from '../printing/PrinterSettings';
import { useSession } from '../session/sessionStore';
import { ApprovalWaitPanel } from '../sync/ApprovalWaitPanel';
import { GatewayPanel } from '../sync/GatewayPanel';
import { ExceptionsPanel } from './ExceptionsPanel';
import { TrainingToggle } from './TrainingToggle';
import { UpdatePanel } from './UpdatePanel';
import { UsersPanel } from './UsersPanel';

/** F10's parts, one shown at a time so each fits a cabin's screen; all but the first two need the supervisor signed in. */
const SECTIONS = ['exceptions', 'training', 'users', 'printer', 'gateway', 'update'] as const;
type Section = (typeof SECTIONS)[number];
const SIGNED_IN_ONLY: ReadonlySet<Section> = new Set(['users', 'printer', 'gateway', 'update']);

/**
 * A supervisor's desk in the cabin. Refused payments and training mode are handled with a
 * supervisor's PIN on whoever's screen is open; people, the printer, the gateway and updates need the supervisor signed in.
 * Refused payments come first: they are money waiting for a decision.
 */
export function SupervisorView() {
  const { t } = useTranslation();
  const supervisor = useSession((s) => s.status?.user?.role === 'SUPERVISOR');
  const [picked, setPicked] = useState<Section>('exceptions');
  const sections = SECTIONS.filter((section) => supervisor || !SIGNED_IN_ONLY.has(section));
  const shown = sections.includes(picked) ? picked : 'exceptions';
  return (
    <div className="desk step" data-testid="supervisor-view">
      <nav className="section-picker" role="tablist" aria-label={t('supervisor.sectionsLabel')}>
        {sections.map((section) => (
          <button
            key={section}
            type="button"
            role="tab"
            aria-selected={section === shown}
            className={section === shown ? 'current' : undefined}
            data-testid={`supervisor-section-${section}`}
            onClick={() => setPicked(section)}
          >
            {t(`supervisor.section_${section}`)}
          </button>
        ))}
      </nav>
      <div role="tabpanel">
        {shown === 'exceptions' && <ExceptionsPanel />}
        {shown === 'training' && <TrainingToggle />}
        {shown === 'users' && <UsersPanel />}
        {shown === 'printer' && (
          <section className="step panel" data-testid="printer-settings">
            <h2>{t('supervisor.printerTitle')}</h2>
            <PrinterSettings />
          </section>
        )}
        {shown === 'gateway' && (
          <>
            <GatewayPanel />
            <ApprovalWaitPanel />
          </>
        )}
        {shown === 'update' && <UpdatePanel />}
      </div>
    </div>
  );
}
