import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useAppInfo } from '../appInfoStore';

/**
 * A folder typed, or picked with the operating system's dialog where the shell has one: a
 * supervisor finds the USB stick by its name there, without knowing it is E:\.
 */
export function FolderField({ id, label, placeholder, value, onChange }: { id: string; label: string; placeholder?: string; value: string; onChange: (folder: string) => void }) {
  const { t } = useTranslation();
  const canChoose = useAppInfo((s) => s.info?.canChooseFolder ?? false);
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="folder-row">
        <input id={id} className="big-input" autoComplete="off" placeholder={placeholder} value={value} onChange={(event) => onChange(event.target.value)} />
        {canChoose && (
          <button
            type="button"
            data-testid={`${id}-choose`}
            onClick={() => void call('app.chooseFolder', {}).then((result) => result.ok && result.value.folder && onChange(result.value.folder))}
          >
            {t('app.chooseFolder')}
          </button>
        )}
      </div>
    </>
  );
}
