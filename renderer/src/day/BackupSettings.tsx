import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { FolderField } from '../ui/FolderField';
import { useAction } from '../ui/useAction';

/** Where backups go (a second disk or a USB drive is safer than the same disk) and how many are kept. */
export function BackupSettings() {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [keep, setKeep] = useState('');
  // A refused save is nearly always the folder: a drive that is not plugged in.
  const saving = useAction('backup-folder');
  const { showError } = saving;
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void call('backups.getSettings', {}).then((result) => {
      if (!result.ok) return showError(result.error);
      setFolder(result.value.folder);
      setKeep(String(result.value.keep));
    });
  }, [showError]);

  return (
    <form
      className="step backup-settings"
      data-testid="backup-settings"
      onSubmit={(event) => {
        event.preventDefault();
        void saving.run(
          () => {
            setSaved(false);
            return call('backups.saveSettings', { folder, keep: Number(keep) });
          },
          () => setSaved(true),
        );
      }}
    >
      <FolderField id="backup-folder" label={t('day.backupFolder')} value={folder} onChange={setFolder} />
      <Field id="backup-keep" label={t('day.backupKeep')} value={keep} onChange={setKeep} />
      <ErrorAlert error={saving.error} testId="backup-settings-error" />
      {saved && (
        <p className="notice" role="status">
          {t('day.backupSettingsSaved')}
        </p>
      )}
      <button type="submit">{t('app.save')}</button>
    </form>
  );
}
