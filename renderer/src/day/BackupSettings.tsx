import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../shared/errors';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { FolderField } from '../ui/FolderField';

/** Where backups go (a second disk or a USB drive is safer than the same disk) and how many are kept. */
export function BackupSettings() {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [keep, setKeep] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void call('backups.getSettings', {}).then((result) => {
      if (!result.ok) return setError(result.error);
      setFolder(result.value.folder);
      setKeep(String(result.value.keep));
    });
  }, []);

  return (
    <form
      className="step backup-settings"
      data-testid="backup-settings"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void call('backups.saveSettings', { folder, keep: Number(keep) }).then((result) => {
          setError(result.ok ? null : result.error);
          setSaved(result.ok);
        });
      }}
    >
      <FolderField id="backup-folder" label={t('day.backupFolder')} value={folder} onChange={setFolder} />
      <Field id="backup-keep" label={t('day.backupKeep')} value={keep} onChange={setKeep} />
      <ErrorAlert error={error} testId="backup-settings-error" />
      {saved && (
        <p className="notice" role="status">
          {t('day.backupSettingsSaved')}
        </p>
      )}
      <button type="submit">{t('app.save')}</button>
    </form>
  );
}
