import { useEffect, useState } from 'react';
import { DEFAULT_PRINTER_SETTINGS, PAPER_WIDTHS, type PrinterSettings as Settings } from '../../../shared/printing';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, Result } from '../../../shared/errors';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';

type Notice = { kind: 'ok'; text: string } | { kind: 'error'; error: ErrorBody } | null;

/** Where the receipt printer is, how wide its paper is, and a test print: for the technician setting up a cabin. */
export function PrinterSettings() {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [widthDots, setWidthDots] = useState<number>(DEFAULT_PRINTER_SETTINGS.widthDots);
  const [timeoutSeconds, setTimeoutSeconds] = useState(DEFAULT_PRINTER_SETTINGS.timeoutMs / 1000);
  const [waitForStatus, setWaitForStatus] = useState(DEFAULT_PRINTER_SETTINGS.waitForStatus);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('printer.getSettings', {}).then((result) => {
      if (!result.ok) return setNotice({ kind: 'error', error: result.error });
      if (!result.value) return;
      setAddress(result.value.interface);
      setWidthDots(result.value.widthDots);
      setTimeoutSeconds(result.value.timeoutMs / 1000);
      setWaitForStatus(result.value.waitForStatus);
    });
  }, []);

  const settings = (): Settings => ({ interface: address, widthDots, timeoutMs: Math.round(timeoutSeconds * 1000), waitForStatus });

  async function run<T>(request: Promise<Result<T>>, describe: (value: T) => string) {
    setBusy(true);
    setNotice(null);
    const result = await request;
    setNotice(result.ok ? { kind: 'ok', text: describe(result.value) } : { kind: 'error', error: result.error });
    setBusy(false);
  }

  return (
    <form
      className="step"
      onSubmit={(event) => {
        event.preventDefault();
        void run(call('printer.saveSettings', settings()), () => t('printing.saved'));
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
        value={address}
        onChange={(event) => setAddress(event.target.value)}
      />
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
      <input
        id="printer-timeout"
        type="number"
        min={1}
        max={30}
        value={timeoutSeconds}
        onChange={(event) => setTimeoutSeconds(Number(event.target.value))}
      />
      <label>
        <input type="checkbox" checked={waitForStatus} onChange={(event) => setWaitForStatus(event.target.checked)} /> {t('printing.waitForStatus')}
      </label>
      {notice?.kind === 'ok' && (
        <p className="muted" role="status">
          {notice.text}
        </p>
      )}
      {notice?.kind === 'error' && <ErrorAlert error={notice.error} testId="printer-error" />}
      <button type="submit" className="primary" disabled={busy}>
        {t('app.save')}
      </button>
      <button type="button" disabled={busy} onClick={() => void run(call('printer.testPrint', settings()), (check) => check.message)}>
        {t('printing.testPrint')}
      </button>
      <button type="button" disabled={busy} onClick={() => void run(call('printer.status', {}), (check) => check.message)}>
        {t('printing.checkSaved')}
      </button>
    </form>
  );
}
