import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backups';
import { formatIndiaDateTime } from '../../../shared/time';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';
import { BackupSettings } from './BackupSettings';

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/**
 * The copies of the database the core keeps (newest first), and "Back up now" for before the
 * supervisor leaves. The list is read again with every report (`reportsRead`), and a backup made
 * here has the report read again (`onBackedUp`), so the checklist and the list agree.
 */
export function BackupPanel({ reportsRead, onBackedUp }: { reportsRead: number; onBackedUp: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const backingUp = useAction();
  const { showError } = backingUp;
  const [done, setDone] = useState<BackupInfo | null>(null);
  useEffect(() => {
    void call('backups.list', {}).then((result) => (result.ok ? setBackups(result.value) : showError(result.error)));
  }, [reportsRead, showError]);

  const backUpNow = () =>
    void backingUp.run(
      () => {
        setDone(null);
        return call('backups.now', {});
      },
      (backup) => {
        setDone(backup);
        onBackedUp();
      },
    );

  const last = backups?.[0];
  return (
    <section className="step panel" data-testid="backup-panel">
      <h2>{t('day.backupTitle')}</h2>
      {backups && <p data-testid="last-backup">{last ? t('day.lastBackup', { at: formatIndiaDateTime(last.takenAt, language) }) : t('day.noBackup')}</p>}
      <ErrorAlert error={backingUp.error} testId="backup-error" />
      {done && (
        <p className="notice" role="status" data-testid="backup-done">
          {t('day.backupDone', { path: done.path })}
        </p>
      )}
      {backups && backups.length > 0 && (
        <div className="scroll-box">
          <table className="grid-table">
            <thead>
              <tr>
                <th>{t('day.backupTaken')}</th>
                <th>{t('day.backupFile')}</th>
                <th className="num">{t('day.backupSize')}</th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.name}>
                  <td>{formatIndiaDateTime(backup.takenAt, language)}</td>
                  <td title={backup.path}>{backup.name}</td>
                  <td className="num">{t('day.sizeMb', { size: megabytes(backup.bytes) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="primary" data-testid="backup-now" disabled={backingUp.busy} onClick={backUpNow}>
        {backingUp.busy ? t('day.backingUp') : t('day.backupNow')}
      </button>
      <BackupSettings />
    </section>
  );
}
