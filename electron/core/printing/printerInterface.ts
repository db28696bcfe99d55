import { realpathSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { RokadError } from '../../../shared/errors';
import {
  isPrinterDevicePath,
  parsePrinterAddress,
  printerAddressName,
  printerAddressText,
  PRINTER_DEVICE_FOLDERS,
  type DeviceFolder,
  type PrinterAddress,
} from '../../../shared/printerAddress';

/** What a printer address may lead to on this computer. */
export interface PrinterPlace {
  /** The ledger's folder, which no printer may lead into; null only for the bench script, which opens no ledger. */
  dataDir: string | null;
  platform?: NodeJS.Platform;
  deviceFolders?: readonly DeviceFolder[];
}

const pathsOn = (platform: NodeJS.Platform) => (platform === 'win32' ? win32 : posix);

function realOrResolved(path: string, platform: NodeJS.Platform): string {
  try {
    return realpathSync(path);
  } catch {
    return pathsOn(platform).resolve(path);
  }
}

function isInside(folder: string, target: string, platform: NodeJS.Platform): boolean {
  const paths = pathsOn(platform);
  const rest = paths.relative(folder, target);
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${paths.sep}`) && !paths.isAbsolute(rest));
}

function refuseDataFolder(name: string, target: string, place: PrinterPlace, platform: NodeJS.Platform): void {
  if (place.dataDir !== null && isInside(realOrResolved(place.dataDir, platform), target, platform)) {
    throw new RokadError('PRINTER_IN_DATA_FOLDER', `${name} leads into Rokad's data folder, where the ledger is kept: Rokad never prints there. Enter the printer's own address.`, {
      name,
    });
  }
}

/**
 * The device file a cable printer's path really is, links followed: a link in /dev/usb that leads
 * to the ledger, or anywhere but a printer's device file, is refused before a byte is written.
 */
export function resolveDevicePath(path: string, place: PrinterPlace): string {
  const platform = place.platform ?? process.platform;
  const real = realpathSync(path);
  refuseDataFolder(path, real, place, platform);
  if (!isPrinterDevicePath(real, place.deviceFolders ?? PRINTER_DEVICE_FOLDERS)) {
    throw new RokadError(
      'PRINTER_NOT_A_DEVICE',
      `${path} leads to ${real}, which is not a printer's device file: on a cable Rokad prints only to /dev/usb/lp0, /dev/lp0, /dev/ttyUSB0, /dev/ttyACM0, /dev/ttyS0 and their like.`,
      { name: path },
    );
  }
  return real;
}

function wrongSystem(address: PrinterAddress, platform: NodeJS.Platform): RokadError | null {
  const name = printerAddressName(address);
  if (address.kind === 'device' && platform === 'win32') {
    return new RokadError(
      'PRINTER_WRONG_SYSTEM',
      `${name} is a Linux device file and this computer runs Windows: use the printer's network address, its port (COM3) or its share (\\\\PC\\Printer).`,
      { variant: 'LINUX', name },
    );
  }
  if ((address.kind === 'serial' || address.kind === 'share') && platform !== 'win32') {
    return new RokadError(
      'PRINTER_WRONG_SYSTEM',
      `${name} is a Windows printer address and this computer does not run Windows: use the printer's network address or its device file (/dev/usb/lp0).`,
      { variant: 'WINDOWS', name },
    );
  }
  return null;
}

/**
 * What node-thermal-printer gets for the address: it opens a socket for tcp://host:port, asks the
 * spooler for printer:Name, and writes anything else as a file. So only the closed forms reach it,
 * a device is followed to where it really leads, and neither a device nor a share may be in the
 * data folder.
 */
export function libraryInterface(text: string, place: PrinterPlace): string {
  const parsed = parsePrinterAddress(text);
  if (!parsed.ok) throw new RokadError('INVALID_INPUT', parsed.problem);
  const { address } = parsed;
  const platform = place.platform ?? process.platform;
  const refusal = wrongSystem(address, platform);
  if (refusal) throw refusal;
  switch (address.kind) {
    case 'tcp':
    case 'spooler':
      return printerAddressText(address);
    case 'device':
      return resolveDevicePath(address.path, place);
    // Node opens a bare COM3 as \\?\C:\<working folder>\COM3, where Windows reads no device
    // names, so it would be a file; \\.\COM3 is the port itself, and the only way to name COM10 up.
    case 'serial':
      return `\\\\.\\${address.port}`;
    case 'share': {
      const share = printerAddressText(address);
      refuseDataFolder(share, share, place, platform);
      return share;
    }
  }
}
