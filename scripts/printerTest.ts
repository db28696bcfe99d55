import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RokadError } from '../shared/errors';
import { DEFAULT_PRINTER_SETTINGS, PAPER_WIDTHS, printerSettingsSchema } from '../shared/printing';
import { printTestReceipt } from '../electron/core/printing/sampleReceipt';

const USAGE = `Prints a sample receipt (marked TRAINING) to check a cabin's printer.

  npm run printer:test -- <interface> [--paper 58mm|80mm] [--dots N] [--timeout-ms N] [--no-status]

  <interface>   tcp://192.168.1.50:9100, /dev/usb/lp0 (also /dev/lp0, /dev/ttyUSB0, /dev/ttyACM0, /dev/ttyS0),
                COM3 or LPT1, \\\\PC\\Printer
  --paper       58mm (384 dots) or 80mm (576 dots, the default)
  --dots        the paper width in dots, when the printer's manual gives another figure
  --timeout-ms  how long to wait for the printer (default ${DEFAULT_PRINTER_SETTINGS.timeoutMs})
  --no-status   for a network printer that never answers a status request`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      paper: { type: 'string' },
      dots: { type: 'string' },
      'timeout-ms': { type: 'string' },
      'no-status': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const paper = values.paper as keyof typeof PAPER_WIDTHS | undefined;
  if (paper !== undefined && !(paper in PAPER_WIDTHS)) {
    console.error(`Unknown paper "${paper}": use 58mm or 80mm.`);
    return 2;
  }
  const parsed = printerSettingsSchema.safeParse({
    interface: positionals[0],
    widthDots: values.dots ? Number(values.dots) : paper ? PAPER_WIDTHS[paper] : DEFAULT_PRINTER_SETTINGS.widthDots,
    timeoutMs: values['timeout-ms'] ? Number(values['timeout-ms']) : DEFAULT_PRINTER_SETTINGS.timeoutMs,
    waitForStatus: !values['no-status'],
  });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('\n'));
    return 2;
  }
  try {
    // The script opens no ledger; where ROKAD_DATA_DIR names the app's data folder, it is kept out of reach as in the app.
    const target = { settings: parsed.data, dataDir: process.env.ROKAD_DATA_DIR || null };
    console.log(await printTestReceipt(target, join(__dirname, '..', 'assets', 'fonts')));
    return 0;
  } catch (error) {
    if (!(error instanceof RokadError)) throw error;
    console.error(`${error.code}: ${error.message}`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
