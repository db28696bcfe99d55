import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupHealth } from '../../shared/backups';
import type { ErrorBody } from '../../shared/errors';
import { formatCalendarDate } from '../../shared/time';
import { call, onLedgerDamaged } from './api';
import { useAppInfo } from './appInfoStore';
import { DayView } from './day/DayView';
import { useDesk, type View } from './desk/deskStore';
import { LANGUAGE_KEY, LOCK_KEY, SEARCH_KEY, viewKeys } from './desk/shortcuts';
import { useShortcuts } from './desk/useShortcuts';
import { showLanguage } from './i18n/i18n';
import { useLanguage } from './i18n/useLanguage';
import { PaymentDesk } from './payment/PaymentDesk';
import { UnprintedReceipts } from './printing/UnprintedReceipts';
import { ReceiptsView } from './receipts/ReceiptsView';
import { RecoveryScreen } from './recovery/RecoveryScreen';
import { OpenShift, SessionGate } from './session/SessionGate';
import { CabinSetup } from './setup/CabinSetup';
import { useSession } from './session/sessionStore';
import { CashMoveView } from './shift/CashMoveView';
import { CloseShiftView } from './shift/CloseShiftView';
import { SupervisorView } from './supervisor/SupervisorView';
import { SyncBadge } from './sync/SyncBadge';
import { SyncPanel } from './sync/SyncPanel';
import { ErrorAlert } from './ui/ErrorAlert';

const viewLabels = { pay: 'desk.pay', receipts: 'desk.receipts', cash: 'desk.cash', shift: 'desk.shift', day: 'desk.day', supervisor: 'desk.supervisor' } as const;

/** The language switch: remembered for the signed-in person by the core, else for this PC. */
function useSwitchLanguage() {
  const language = useLanguage();
  const run = useSession((s) => s.run);
  const signedIn = useSession((s) => Boolean(s.status?.user));
  return useCallback(() => {
    const next = language === 'hi' ? 'en' : 'hi';
    if (signedIn) void run(() => call('session.setLanguage', { language: next }));
    else showLanguage(next);
  }, [language, run, signedIn]);
}

function WhoIsHere({ switchLanguage }: { switchLanguage: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useSession((s) => s.status);
  const run = useSession((s) => s.run);
  return (
    <>
      {status?.training && <span className="training-badge">{t('app.training')}</span>}
      {status?.user && (
        <span data-testid="signed-in-user">
          {status.user.name} · {status.user.role === 'SUPERVISOR' ? t('session.roleSUPERVISOR') : t('session.roleAGENT')}
        </span>
      )}
      <button type="button" className="link-button" data-testid="switch-language" lang={language === 'hi' ? 'en' : 'hi'} onClick={switchLanguage}>
        {t('app.language')} <kbd>{LANGUAGE_KEY}</kbd>
      </button>
      {status?.user && !status.locked && (
        <button type="button" className="link-button" data-testid="lock" onClick={() => void run(() => call('session.lock', {}))}>
          {t('session.lock')} <kbd>{LOCK_KEY}</kbd>
        </button>
      )}
      {status?.user && (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            void run(() => call('session.signOut', {})).then(() => {
              useDesk.getState().show('pay');
            })
          }
        >
          {t('app.signOut')}
        </button>
      )}
    </>
  );
}

/** The sync badge needs a person at the keyboard: the core answers sync.status to nobody else. */
function SignedInBadge() {
  const open = useSession((s) => Boolean(s.status?.user && !s.status.locked));
  return open ? <SyncBadge /> : null;
}

function SectionNav() {
  const { t } = useTranslation();
  const view = useDesk((s) => s.view);
  const show = useDesk((s) => s.show);
  return (
    <nav className="sections" aria-label={t('desk.navLabel')}>
      {viewKeys.map((entry) => (
        <button key={entry.view} type="button" className={view === entry.view ? 'current' : ''} data-testid={`nav-${entry.view}`} onClick={() => show(entry.view)}>
          {t(viewLabels[entry.view])} <kbd>{entry.key}</kbd>
        </button>
      ))}
    </nav>
  );
}

/** The views that work a drawer; without an open shift they ask for the float first. */
const DRAWER_VIEWS: ReadonlySet<View> = new Set(['pay', 'receipts', 'cash', 'shift']);

function CurrentView({ view }: { view: View }) {
  const hasShift = useSession((s) => Boolean(s.status?.shift));
  if (!hasShift && DRAWER_VIEWS.has(view)) return <OpenShift />;
  switch (view) {
    case 'receipts':
      return <ReceiptsView />;
    case 'cash':
      return <CashMoveView />;
    case 'shift':
      return <CloseShiftView />;
    case 'day':
      return <DayView />;
    case 'supervisor':
      return <SupervisorView />;
    default:
      return <PaymentDesk />;
  }
}

function Counter() {
  const view = useDesk((s) => s.view);
  return (
    <div className="counter">
      <SectionNav />
      <div className="counter-body">
        <CurrentView view={view} />
        {/* The day report needs the whole width for its tables, and shows the uploads itself. */}
        {view !== 'day' && (
          <aside className="side">
            <SyncPanel />
            <UnprintedReceipts />
          </aside>
        )}
      </div>
    </div>
  );
}

function ShortcutBar() {
  const { t } = useTranslation();
  const counterOpen = useSession((s) => Boolean(s.status?.user && !s.status.locked && (s.status.shift || s.status.user.role === 'SUPERVISOR')));
  return (
    <footer className="shortcuts" aria-label={t('app.shortcutsLabel')}>
      <span>
        <kbd>Enter</kbd> {t('desk.enterNext')}
      </span>
      {counterOpen && (
        <>
          <span>
            <kbd>Esc</kbd> {t('desk.escBack')}
          </span>
          <span>
            <kbd>{SEARCH_KEY}</kbd> {t('desk.searchKey')}
          </span>
        </>
      )}
      <span>{t('desk.scanHint')}</span>
    </footer>
  );
}

export function App() {
  const { t } = useTranslation();
  const language = useLanguage();
  const info = useAppInfo((s) => s.info);
  const setInfo = useAppInfo((s) => s.set);
  const [health, setHealth] = useState<StartupHealth | null>(null);
  const [startError, setStartError] = useState<ErrorBody | null>(null);
  // Asked again once the first-run screen has set the cabin up.
  const [healthChecks, setHealthChecks] = useState(0);
  const switchLanguage = useSwitchLanguage();
  useShortcuts(switchLanguage);

  useEffect(() => {
    // A damaged ledger answers nothing but the health check and the restore.
    void call('startup.health', {}).then((checked) => {
      if (checked.ok) setHealth(checked.value);
      if (checked.ok && (checked.value.damaged || checked.value.needsCabinCode)) return;
      void call('app.info', {}).then((result) => (result.ok ? setInfo(result.value) : setStartError(result.error)));
    });
  }, [setInfo, healthChecks]);

  useEffect(() => onLedgerDamaged(() => setHealthChecks((count) => count + 1)), []);

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand-hi" lang="hi">
            रोकड़
          </span>
          <span className="brand-en">Rokad</span>
        </div>
        <div className="topbar-facts">
          {info && (
            <>
              <span>
                {t('app.cabin')} <strong data-testid="cabin-code">{info.cabinCode}</strong>
              </span>
              <span>{formatCalendarDate(info.today, language)}</span>
            </>
          )}
          <SignedInBadge />
          <WhoIsHere switchLanguage={switchLanguage} />
        </div>
      </header>
      <main className="workspace">
        {health?.damaged ? (
          <RecoveryScreen health={health} />
        ) : health?.needsCabinCode ? (
          <CabinSetup dataFolder={health.dataFolder} onDone={() => setHealthChecks((count) => count + 1)} />
        ) : startError ? (
          <ErrorAlert error={startError} testId="start-error" />
        ) : (
          <SessionGate>
            <Counter />
          </SessionGate>
        )}
      </main>
      <ShortcutBar />
    </div>
  );
}
