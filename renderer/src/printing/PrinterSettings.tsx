import { useEffect, useState } from 'react';
import { DEFAULT_PRINTER_SETTINGS, PAPER_WIDTHS, type PrinterSettings as Settings } from '../../../shared/printing';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/errors';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorAlert } from '../ui/ErrorAlert';
import { InstalledPrinters } from './InstalledPrinters';
import { useAction } from '../ui/useAction';
import { ActionBar } from '../ui/ActionBar';

/** Where the receipt printer is, how wide its paper is, and a test print: for the technician setting up a cabin. */
export function PrinterSettings() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [address, setAddress] = useState('');
  const [widthDots, setWidthDots] = useState<number>(DEFAULT_PRINTER_SETTINGS.widthDots);
  const [timeoutSeconds, setTimeoutSeconds] = useState(DEFAULT_PRINTER_SETTINGS.timeoutMs / 1000);
  const [waitForStatus, setWaitForStatus] = useState(DEFAULT_PRINTER_SETTINGS.waitForStatus);
  // A printer that does not answer is most often a mistyped address.
  const checking = useAction('printer-address');
  const { showError } = checking;
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void call('printer.getSettings', {}).then((result) => {
      if (!result.ok) return showError(result.error);
      if (!result.value) return;
      setAddress(result.value.interface);
      setWidthDots(result.value.widthDots);
      setTimeoutSeconds(result.value.timeoutMs / 1000);
      setWaitForStatus(result.value.waitForStatus);
    });
  }, [showError]);

  const settings = (): Settings => ({ interface: address, widthDots, timeoutMs: Math.round(timeoutSeconds * 1000), waitForStatus });

  const run = <T,>(request: () => Promise<Result<T>>, describe: (value: T) => string) =>
    void checking.run(
      () => {
        setNotice(null);
        return request();
      },
      (value) => setNotice(describe(value)),
    );

  return (
    <form
      className="step"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () => call('printer.saveSettings', settings()),
          // The address comes back written the way it is stored (COM3 for com3, the port spelled out).
          (saved) => {
            setAddress(saved.interface);
            return t('printing.saved');
          },
        );
      }}
    >
      <label htmlFor="printer-address" className="field-label">
        {t('printing.address')}
      </label>
      <input
        id="printer-address"
        className="big-input"
        autoComplete="off"
        placeholder="tcp://192.168.1.50:9100"
        aria-describedby="printer-address-hint"
        value={address}
        onChange={(event) => setAddress(event.target.value)}
      />
      <p id="printer-address-hint" className="muted">
        {t('printing.addressHint')}
      </p>
      <InstalledPrinters onPick={setAddress} />
      <label htmlFor="paper-width" className="field-label">
        {t('printing.paperWidth')}
      </label>
      <select id="paper-width" value={widthDots} onChange={(event) => setWidthDots(Number(event.target.value))}>
        <option value={PAPER_WIDTHS['80mm']}>{t('printing.dots', { mm: 80, dots: PAPER_WIDTHS['80mm'] })}</option>
        <option value={PAPER_WIDTHS['58mm']}>{t('printing.dots', { mm: 58, dots: PAPER_WIDTHS['58mm'] })}</option>
      </select>
      <label htmlFor="printer-timeout" className="field-label">
        {t('printing.waitSeconds')}
      </label>
      <input id="printer-timeout" type="number" min={1} max={30} value={timeoutSeconds} onChange={(event) => setTimeoutSeconds(Number(event.target.value))} />
      <label>
        <input type="checkbox" checked={waitForStatus} onChange={(event) => setWaitForStatus(event.target.checked)} /> {t('printing.waitForStatus')}
      </label>
      <ActionBar>
        {notice && (
          <p className="muted" role="status" data-testid="printer-notice">
            {notice}
          </p>
        )}
        <ErrorAlert error={checking.error} testId="printer-error" />
        <div className="printer-actions">
          <button type="submit" className="primary" disabled={checking.busy}>
            {t('app.save')}
          </button>
          <button
            type="button"
            disabled={checking.busy}
            onClick={() =>
              run(
                () => call('printer.testPrint', settings()),
                // The core's sentence is English; the Hindi screen says the same in its own words.
                (check) => (language === 'hi' ? t('flow.testPrintSent', { address }) : check.message),
              )
            }
          >
            {t('printing.testPrint')}
          </button>
          <button
            type="button"
            disabled={checking.busy}
            onClick={() =>
              run(
                () => call('printer.status', {}),
                (check) => (language === 'hi' ? t('flow.printerAnswered', { address }) : check.message),
              )
            }
          >
            {t('printing.checkSaved')}
          </button>
        </div>
      </ActionBar>
    </form>
  );
}
