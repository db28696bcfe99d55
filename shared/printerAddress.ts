/**
 * The printer address a supervisor types, read into one of a closed set of forms. Anything else is
 * refused: the address ends up as a file path or a socket in main, so a form that is not listed
 * here could reach the ledger, a disk or any host on the network.
 */
export type PrinterAddress =
  | { kind: 'tcp'; host: string; port: number }
  /** A printer on a cable under Linux, by its device file. */
  | { kind: 'device'; path: string }
  /** A printer on a Windows COM or LPT port. */
  | { kind: 'serial'; port: string }
  /** A printer shared from a Windows computer: \\host\name. */
  | { kind: 'share'; host: string; name: string }
  /** A printer known to the Windows spooler by its name. */
  | { kind: 'spooler'; name: string };

export type ParsedPrinterAddress = { ok: true; address: PrinterAddress } | { ok: false; problem: string };

/** A folder of device files and the names in it that are printers. */
export interface DeviceFolder {
  folder: string;
  names: RegExp;
}

const DEVICE_NUMBER = '(0|[1-9]\\d{0,2})';

/** Where Linux puts the device files of USB, parallel and serial printers. */
export const PRINTER_DEVICE_FOLDERS: readonly DeviceFolder[] = [
  { folder: '/dev/usb', names: new RegExp(`^lp${DEVICE_NUMBER}$`) },
  { folder: '/dev', names: new RegExp(`^(lp|ttyUSB|ttyACM|ttyS)${DEVICE_NUMBER}$`) },
];

const DEFAULT_PRINTER_PORT = 9100;

export const PRINTER_ADDRESS_FORMS =
  'Use tcp://192.168.1.50:9100 for a network printer, /dev/usb/lp0, /dev/lp0, /dev/ttyUSB0, /dev/ttyACM0 or /dev/ttyS0 for a cable on Linux, COM3 or LPT1 for a cable on Windows, \\\\PC\\Printer for a shared printer, or printer:Name for the Windows spooler.';

const PROBLEMS = {
  tcpHost: 'A network printer is a computer name or an IPv4 address, with a port if it is not 9100: tcp://192.168.1.50:9100 or tcp://printer.local.',
  tcpPort: 'A network printer’s port is a number from 1 to 65535, as in tcp://192.168.1.50:9100.',
  device: 'A printer on a cable under Linux is /dev/usb/lp0, /dev/lp0, /dev/ttyUSB0, /dev/ttyACM0 or /dev/ttyS0 (with its own number in place of 0).',
  serial: 'A Windows port is COM1 to COM256 or LPT1 to LPT9.',
  share: 'A shared printer is \\\\PC\\Printer: one computer name, then one printer name of letters, digits, spaces, dots, dashes or underscores.',
  spooler: 'A spooler printer is printer: and the printer’s name as Windows shows it, of letters, digits, spaces and . _ - ( ) # & +.',
} as const;

// Any control character, NUL included: none belongs in an address, and some cut a path short.
const CONTROL = /\p{Cc}/u;
const IPV4_OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`);
const HOST_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const SHARE_NAME = /^[A-Za-z0-9]([A-Za-z0-9 ._-]{0,78}[A-Za-z0-9_-])?$/;
const SPOOLER_NAME = /^[\p{L}\p{N}]([\p{L}\p{M}\p{N} ._()#&+-]{0,190}[\p{L}\p{M}\p{N}._()#&+-])?$/u;

/**
 * A dotted-quad IPv4 address, or a host name whose last label is not a number: the resolver reads
 * "127.1", "2130706433" and "0x7f.1" as addresses, so a name that looks like one is refused.
 */
function isPrinterHost(host: string): boolean {
  if (IPV4.test(host)) return true;
  const labels = host.split('.');
  const last = labels.at(-1) ?? '';
  return host.length <= 253 && labels.every((label) => HOST_LABEL.test(label)) && !/^\d+$/.test(last) && !/^0x[0-9a-f]*$/i.test(last);
}

/** A path exactly in one of the folders, with a printer's device name: no "..", no deeper folder. */
export function isPrinterDevicePath(path: string, folders: readonly DeviceFolder[] = PRINTER_DEVICE_FOLDERS): boolean {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash);
  const name = path.slice(slash + 1);
  return folders.some((device) => device.folder === folder && device.names.test(name));
}

const accept = (address: PrinterAddress): ParsedPrinterAddress => ({ ok: true, address });
const refuse = (problem: string): ParsedPrinterAddress => ({ ok: false, problem });

function parseTcp(rest: string): ParsedPrinterAddress {
  const parts = /^([^:]*)(?::(.*))?$/.exec(rest);
  const host = parts?.[1] ?? '';
  const port = parts?.[2];
  if (!isPrinterHost(host)) return refuse(PROBLEMS.tcpHost);
  if (port === undefined) return accept({ kind: 'tcp', host, port: DEFAULT_PRINTER_PORT });
  const number = /^\d{1,5}$/.test(port) ? Number(port) : 0;
  return number >= 1 && number <= 65_535 ? accept({ kind: 'tcp', host, port: number }) : refuse(PROBLEMS.tcpPort);
}

function parseSerial(text: string): ParsedPrinterAddress {
  const [, kind = '', digits = ''] = /^(COM|LPT)([1-9]\d{0,2})$/i.exec(text) ?? [];
  const highest = kind.toUpperCase() === 'COM' ? 256 : 9;
  return kind && Number(digits) <= highest ? accept({ kind: 'serial', port: `${kind.toUpperCase()}${digits}` }) : refuse(PROBLEMS.serial);
}

function parseShare(rest: string): ParsedPrinterAddress {
  const segments = rest.split('\\');
  const [host = '', name = ''] = segments;
  return segments.length === 2 && isPrinterHost(host) && SHARE_NAME.test(name) ? accept({ kind: 'share', host, name }) : refuse(PROBLEMS.share);
}

/** Reads the address as typed (already trimmed); the refusal names the forms Rokad accepts. */
export function parsePrinterAddress(text: string): ParsedPrinterAddress {
  if (CONTROL.test(text)) return refuse(PRINTER_ADDRESS_FORMS);
  if (/^tcp:\/\//i.test(text)) return parseTcp(text.slice('tcp://'.length));
  if (/^printer:/i.test(text)) {
    const name = text.slice('printer:'.length);
    return SPOOLER_NAME.test(name) ? accept({ kind: 'spooler', name }) : refuse(PROBLEMS.spooler);
  }
  if (text.startsWith('\\\\')) return parseShare(text.slice(2));
  // Windows reads //PC/Printer as a share too; Rokad writes shares one way only, and says which.
  if (text.startsWith('//')) return refuse(PROBLEMS.share);
  if (text.startsWith('/')) return isPrinterDevicePath(text) ? accept({ kind: 'device', path: text }) : refuse(PROBLEMS.device);
  if (/^(COM|LPT)\d+$/i.test(text)) return parseSerial(text);
  return refuse(PRINTER_ADDRESS_FORMS);
}

/** The one way each address is written: what is stored, logged and shown. */
export function printerAddressText(address: PrinterAddress): string {
  switch (address.kind) {
    case 'tcp':
      return `tcp://${address.host}:${address.port}`;
    case 'device':
      return address.path;
    case 'serial':
      return address.port;
    case 'share':
      return `\\\\${address.host}\\${address.name}`;
    case 'spooler':
      return `printer:${address.name}`;
  }
}

/** How a person names the printer in a message: host:port for a network printer, the address otherwise. */
export function printerAddressName(address: PrinterAddress): string {
  return address.kind === 'tcp' ? `${address.host}:${address.port}` : printerAddressText(address);
}
