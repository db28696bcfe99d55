import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstalledPrinter } from '../../../shared/printing';
import { call } from '../api';

/** On Windows, the printers Windows has installed, to pick one instead of typing printer:Name. Shows nothing where there is no spooler. */
export function InstalledPrinters({ onPick }: { onPick: (address: string) => void }) {
  const { t } = useTranslation();
  const [printers, setPrinters] = useState<InstalledPrinter[] | null>(null);

  useEffect(() => {
    void call('printer.installed', {}).then((result) => setPrinters(result.ok && result.value.spooler ? result.value.printers : null));
  }, []);

  if (printers === null) return null;
  return (
    <fieldset className="installed-printers">
      <legend>{t('printing.installedTitle')}</legend>
      {printers.length === 0 && <p className="muted">{t('printing.installedNone')}</p>}
      {printers.map((printer) => (
        <button key={printer.name} type="button" data-testid="installed-printer" onClick={() => onPick(`printer:${printer.name}`)}>
          {printer.name}{' '}
          <span className="muted">
            ({printer.port}, {printer.ready ? t('printing.installedReady') : t('printing.installedNotReady')})
          </span>
        </button>
      ))}
    </fieldset>
  );
}
