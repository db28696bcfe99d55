import { useTranslation } from 'react-i18next';
import type { DayChecklist as Checklist } from '../../../shared/reports';
import { useDesk, type View } from '../desk/deskStore';
import { useLanguage } from '../i18n/useLanguage';
import { formatCalendarDate } from '../../../shared/time';

type Go = { view: View } | { panel: 'export-panel' | 'backup-panel' };

function Item({ testId, label, done, detail, go, goLabel }: { testId: string; label: string; done: boolean; detail: string | null; go: Go; goLabel: string }) {
  const { t } = useTranslation();
  const show = useDesk((s) => s.show);
  const open = () => {
    if ('view' in go) show(go.view);
    else document.querySelector(`[data-testid="${go.panel}"]`)?.scrollIntoView({ block: 'start' });
  };
  return (
    <li className={done ? 'check done' : 'check open'} data-testid={testId} data-done={done}>
      <strong>{done ? `✓ ${t('day.checkDone')}` : `✗ ${t('day.checkNotDone')}`}</strong> {label}
      {!done && detail && <span className="muted"> · {detail}</span>}
      {!done && (
        <button type="button" className="link-button" data-testid={`${testId}-go`} onClick={open}>
          {goLabel}
        </button>
      )}
    </li>
  );
}

/** The supervisor's end-of-day list from the day report: each part not done leads to the screen that does it. */
export function DayChecklist({ checklist, lastDay }: { checklist: Checklist; lastDay: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const since = t('day.checkSince', { date: formatCalendarDate(lastDay, language) });
  return (
    <section className="step panel" data-testid="day-checklist" aria-label={t('day.checklistTitle')}>
      <h3>{t('day.checklistTitle')}</h3>
      {checklist.allDone && (
        <p className="notice" data-testid="checklist-all-done">
          {t('day.checklistAllDone')}
        </p>
      )}
      <ul className="checklist">
        <Item
          testId="check-shifts"
          label={t('day.checkShifts')}
          done={checklist.openShifts.length === 0}
          detail={t('day.checkShiftsOpen', { names: checklist.openShifts.map((s) => s.name).join(', ') })}
          go={{ view: 'shift' }}
          goLabel={t('day.goShift')}
        />
        <Item
          testId="check-uploads"
          label={t('day.checkUploads')}
          done={checklist.waitingUploads === 0}
          detail={t('day.checkUploadsWaiting', { count: checklist.waitingUploads })}
          go={{ view: 'supervisor' }}
          goLabel={t('day.goSupervisor')}
        />
        <Item
          testId="check-refusals"
          label={t('day.checkRefusals')}
          done={checklist.openRefusals === 0}
          detail={t('day.checkRefusalsOpen', { count: checklist.openRefusals })}
          go={{ view: 'supervisor' }}
          goLabel={t('day.goSupervisor')}
        />
        <Item testId="check-export" label={t('day.checkExport')} done={checklist.exportTaken} detail={since} go={{ panel: 'export-panel' }} goLabel={t('day.goExport')} />
        <Item testId="check-backup" label={t('day.checkBackup')} done={checklist.backupTaken} detail={since} go={{ panel: 'backup-panel' }} goLabel={t('day.goBackup')} />
      </ul>
    </section>
  );
}
