import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { RokadError, type ErrorCode } from '../../../shared/errors';
import { parsePrinterAddress, printerAddressName } from '../../../shared/printerAddress';
import type { PrinterSettings } from '../../../shared/printing';
import { type Bitmap } from './bitmap';
import { libraryInterface, type PrinterPlace } from './printerInterface';
import { rasterCommand } from './rasterCommand';

/** Rows per GS v 0 raster command: small enough for the receive buffer of common printers. */
export const STRIP_ROWS = 240;

/** GS r 1: "transmit paper sensor status". Printers answer it in turn, after the bytes before it. */
const TRANSMIT_PAPER_STATUS = Buffer.from([0x1d, 0x72, 0x01]);
/** Bits 2-3 of the GS r 1 answer: the roll-paper-end sensor. */
const PAPER_END_BITS = 0x0c;

export interface PrinterTarget extends Pick<PrinterPlace, 'dataDir'> {
  settings: PrinterSettings;
  /** The Windows spooler module (printer:Name interfaces); absent in builds without it. */
  spoolerDriver?: object;
}

type PrinterFailureCode = Extract<ErrorCode, `PRINTER_${string}`>;

const isNetwork = (address: string) => /^tcp:\/\//i.test(address);

/** How a person names the printer: host:port for a network printer, the address otherwise. */
export function printerName(address: string): string {
  const parsed = parsePrinterAddress(address);
  return parsed.ok ? printerAddressName(parsed.address) : address;
}

function newPrinter(target: PrinterTarget): ThermalPrinter {
  const { settings, spoolerDriver } = target;
  if (/^printer:/i.test(settings.interface) && !spoolerDriver) {
    throw new RokadError(
      'PRINTER_NO_DRIVER',
      `This Rokad has no Windows spooler module, so ${settings.interface} cannot be used. Set the printer up as a shared printer (\\\\PC\\Printer) or by its network address.`,
    );
  }
  return new ThermalPrinter({
    type: PrinterTypes.EPSON,
    interface: libraryInterface(settings.interface, target),
    options: { timeout: settings.timeoutMs },
    ...(spoolerDriver ? { driver: spoolerDriver } : {}),
  });
}

/**
 * Adds one receipt to the printer's buffer: a reset, the image in strips, a feed and a cut. Never
 * text: ESC/POS has no Devanagari code page and node-thermal-printer turns it into "?".
 */
export function appendReceipt(printer: ThermalPrinter, bitmap: Bitmap): void {
  printer.append(Buffer.from([0x1b, 0x40]));
  for (let top = 0; top < bitmap.height; top += STRIP_ROWS) {
    printer.append(rasterCommand(bitmap, top, Math.min(bitmap.height, top + STRIP_ROWS)));
  }
  printer.cut();
}

/** The bytes a receipt becomes, without sending them: for the bench and the technicians' checks. */
export function encodeReceipt(bitmap: Bitmap): Buffer {
  const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: 'tcp://127.0.0.1' });
  appendReceipt(printer, bitmap);
  return printer.getBuffer();
}

class Deadline extends Error {}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  // The library's promise may still settle after the deadline; that late answer is ignored.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Deadline()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Turns whatever the transport threw into a RokadError that says what happened to the printer,
 * without saying what the caller should do next: a payment and a test print need different advice.
 */
export function describePrinterFailure(error: unknown, settings: PrinterSettings): RokadError<PrinterFailureCode> {
  if (error instanceof RokadError) return error;
  const name = printerName(settings.interface);
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const seconds = settings.timeoutMs / 1000;
  if (error instanceof Deadline || (error instanceof Error && error.message === 'Socket timeout')) {
    return new RokadError('PRINTER_TIMEOUT', `The printer at ${name} did not answer within ${seconds} s: it may be off, out of paper, jammed or not on this network.`, { name });
  }
  switch (code) {
    case 'ECONNREFUSED':
      return new RokadError('PRINTER_REFUSED', `Nothing answered at ${name}: the printer is switched off, still starting, or the address is wrong.`, { name });
    case 'ECONNRESET':
    case 'EPIPE':
      return new RokadError('PRINTER_RESET', `The printer at ${name} broke off the connection in the middle of the receipt: check its paper and lid.`, { name });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new RokadError('PRINTER_UNREACHABLE', `The printer at ${name} cannot be reached from this computer: check the network cable or Wi-Fi and the address.`, { name });
    case 'ENOENT':
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return new RokadError('PRINTER_DEVICE', `Rokad could not write to the printer at ${name} (${code}): check it is plugged in and switched on, and that the path is right.`, {
        name,
      });
    default:
      return new RokadError('PRINTER_FAILED', `The printer at ${name} did not take the receipt (${code || String(error)}).`, { name });
  }
}

/**
 * Sends what `fill` puts in a fresh printer buffer, and resolves only once the printer took it:
 * for a network printer that waits for its paper-status answer, which it sends after working
 * through the receipt, unless the settings say the printer never answers. Ends within the
 * configured timeout, always with a RokadError.
 */
export async function transmit(target: PrinterTarget, fill: (printer: ThermalPrinter) => Promise<void>): Promise<void> {
  const { settings } = target;
  try {
    const printer = newPrinter(target);
    await fill(printer);
    const confirm = settings.waitForStatus && isNetwork(settings.interface);
    if (confirm) printer.append(TRANSMIT_PAPER_STATUS);
    const reply: unknown = await withDeadline(printer.execute(confirm ? { waitForResponse: true } : {}), settings.timeoutMs);
    if (confirm && Buffer.isBuffer(reply) && ((reply.at(-1) ?? 0) & PAPER_END_BITS) === PAPER_END_BITS) {
      throw new RokadError('PRINTER_NO_PAPER', `The printer at ${printerName(settings.interface)} is out of paper: load a new roll and close the lid.`, {
        name: printerName(settings.interface),
      });
    }
  } catch (error) {
    throw describePrinterFailure(error, settings);
  }
}

export function printBitmap(target: PrinterTarget, bitmap: Bitmap): Promise<void> {
  return transmit(target, async (printer) => appendReceipt(printer, bitmap));
}

/** Asks the printer whether it is there (and, on a network printer that answers, whether it has paper). */
export async function checkPrinter(target: PrinterTarget): Promise<string> {
  const { settings } = target;
  const name = printerName(settings.interface);
  if (settings.waitForStatus && isNetwork(settings.interface)) {
    await transmit(target, async () => undefined);
    return `The printer at ${name} answered and has paper.`;
  }
  let connected: boolean;
  try {
    connected = await withDeadline(newPrinter(target).isPrinterConnected(), settings.timeoutMs);
  } catch (error) {
    // The spooler interface throws `false` for a printer it knows but cannot reach.
    if (error !== false) throw describePrinterFailure(error, settings);
    connected = false;
  }
  if (!connected) throw new RokadError('PRINTER_OFFLINE', `Rokad cannot see the printer at ${name}: check it is plugged in and switched on.`, { name });
  return `The printer at ${name} is there.`;
}
