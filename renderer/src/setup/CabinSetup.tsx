import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupHealth } from '../../../shared/backups';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';

/**
 * The very first step on a new data folder: the cabin's code, printed in every receipt number
 * and fixed for good once given, so the technician is told so before typing it. On a shared PC
 * the ledger's folder can be moved here too (a second disk); the core checks it before writing.
 */
export function CabinSetup({ dataFolder, onDone }: { dataFolder: StartupHealth['dataFolder']; onDone: () => void }) {
  const { t } = useTranslation();
  const [cabinCode, setCabinCode] = useState('');
  const [folder, setFolder] = useState(dataFolder?.folder ?? '');
  const action = useAction((error) => (error.code.startsWith('DATA_FOLDER') ? 'data-folder' : 'cabin-code'));
  return (
    <form
      className="desk step"
      data-testid="cabin-setup"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() => call('cabin.setup', dataFolder?.changeable ? { cabinCode, dataFolder: folder } : { cabinCode }), onDone);
      }}
    >
      <h2 className="card-title">{t('cabin.title')}</h2>
      <p className="muted">{t('cabin.explain')}</p>
      <Field id="cabin-code" label={t('cabin.code')} value={cabinCode} onChange={setCabinCode} autoFocus />
      <p className="muted">{t('cabin.hint')}</p>
      {dataFolder?.changeable && (
        <>
          <Field id="data-folder" label={t('cabin.dataFolder')} value={folder} onChange={setFolder} />
          <p className="muted">{t('cabin.dataFolderHint')}</p>
        </>
      )}
      {dataFolder && !dataFolder.changeable && (
        <p className="muted" data-testid="data-folder-fixed">
          {t('cabin.dataFolderFixed', { folder: dataFolder.folder })}
        </p>
      )}
      <button type="submit" className="primary" disabled={action.busy}>
        {t('app.continue')} <kbd>Enter</kbd>
      </button>
      <ErrorAlert error={action.error} testId="cabin-error" />
    </form>
  );
}
