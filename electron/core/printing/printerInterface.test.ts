import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { RokadError } from '../../../shared/errors';
import { tempDataDir } from '../testing/tempDataDir';
import { libraryInterface, resolveDevicePath, type PrinterPlace } from './printerInterface';

const LEDGER_BYTES = Buffer.from('SQLite format 3\u0000 the ledger');

/** What node-thermal-printer makes of an interface text: the transport class and where it goes. */
function transportOf(text: string): { transport: string; path?: string; host?: string; port?: unknown; name?: string } {
  const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: text, driver: {} });
  const transport = (printer as unknown as { Interface: { constructor: { name: string }; path?: string; host?: string; port?: unknown; name?: string } }).Interface;
  const { path, host, port, name } = transport;
  return { transport: transport.constructor.name, ...(path ? { path } : {}), ...(host ? { host, port } : {}), ...(name ? { name } : {}) };
}

const refusedWith = (code: string) => (error: unknown) => error instanceof RokadError && error.code === code;

describe('where a printer address leads', () => {
  let root: ReturnType<typeof tempDataDir>;
  let dataDir: string;
  let ledger: string;
  let devices: string;
  let place: PrinterPlace;

  beforeEach(() => {
    root = tempDataDir('rokad-printer-place-');
    const base = realpathSync(root.dir);
    dataDir = join(base, 'data');
    devices = join(base, 'dev');
    mkdirSync(dataDir);
    mkdirSync(devices);
    ledger = join(dataDir, 'ledger.sqlite');
    writeFileSync(ledger, LEDGER_BYTES);
    place = { dataDir, platform: 'linux', deviceFolders: [{ folder: devices, names: /^lp\d+$/ }] };
  });
  afterEach(() => root.remove());

  it('refuses a device link that leads to the ledger, and writes nothing', () => {
    symlinkSync(ledger, join(devices, 'lp0'));
    assert.throws(() => resolveDevicePath(join(devices, 'lp0'), place), refusedWith('PRINTER_IN_DATA_FOLDER'));
    assert.deepEqual(readFileSync(ledger), LEDGER_BYTES);
  });

  it('refuses a device link into the data folder even where the data folder holds device names', () => {
    const inside = join(dataDir, 'lp1');
    writeFileSync(inside, '');
    symlinkSync(inside, join(devices, 'lp1'));
    assert.throws(
      () =>
        resolveDevicePath(join(devices, 'lp1'), {
          ...place,
          deviceFolders: [
            { folder: devices, names: /^lp\d+$/ },
            { folder: dataDir, names: /^lp\d+$/ },
          ],
        }),
      refusedWith('PRINTER_IN_DATA_FOLDER'),
    );
  });

  it('refuses a device link that leads out of the device folders', () => {
    const elsewhere = join(root.dir, 'notes.txt');
    writeFileSync(elsewhere, 'keep');
    symlinkSync(elsewhere, join(devices, 'lp2'));
    assert.throws(
      () => resolveDevicePath(join(devices, 'lp2'), place),
      (error: unknown) => refusedWith('PRINTER_NOT_A_DEVICE')(error) && /leads to .*notes\.txt, which is not a printer's device file/.test((error as Error).message),
    );
    assert.equal(readFileSync(elsewhere, 'utf8'), 'keep');
  });

  it('refuses a device that is not there, rather than creating it', () => {
    assert.throws(() => resolveDevicePath(join(devices, 'lp3'), place), { code: 'ENOENT' });
  });

  it('gives the library the device file a link leads to, which it writes as a file', async () => {
    const device = join(devices, 'lp4');
    writeFileSync(device, '');
    symlinkSync(device, join(devices, 'lp5'));
    const text = resolveDevicePath(join(devices, 'lp5'), place);
    assert.equal(text, device);
    assert.deepEqual(transportOf(text), { transport: 'File', path: device });
    const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: text });
    printer.append(Buffer.from([0x1b, 0x40]));
    await printer.execute();
    assert.deepEqual(readFileSync(device), Buffer.from([0x1b, 0x40]));
  });

  it('maps every accepted form to the transport the library opens for it', () => {
    const windows: PrinterPlace = { dataDir, platform: 'win32' };
    assert.deepEqual(transportOf(libraryInterface('tcp://192.168.1.50', place)), { transport: 'Network', host: '192.168.1.50', port: '9100' });
    assert.deepEqual(transportOf(libraryInterface('tcp://printer.local:9101', windows)), { transport: 'Network', host: 'printer.local', port: '9101' });
    assert.deepEqual(transportOf(libraryInterface('printer:EPSON TM-T82 (copy 1)', windows)), { transport: 'Printer', name: 'EPSON TM-T82 (copy 1)' });
    assert.deepEqual(transportOf(libraryInterface('COM12', windows)), { transport: 'File', path: '\\\\.\\COM12' });
    assert.deepEqual(transportOf(libraryInterface('LPT1', windows)), { transport: 'File', path: '\\\\.\\LPT1' });
    assert.deepEqual(transportOf(libraryInterface('\\\\PC\\Receipt Printer', windows)), { transport: 'File', path: '\\\\PC\\Receipt Printer' });
  });

  it('refuses a Windows address on Linux and a Linux device on Windows, instead of writing a file of that name', () => {
    for (const text of ['COM3', 'LPT1', '\\\\PC\\Printer']) assert.throws(() => libraryInterface(text, place), refusedWith('PRINTER_WRONG_SYSTEM'), text);
    assert.throws(() => libraryInterface('/dev/usb/lp0', { dataDir, platform: 'win32' }), refusedWith('PRINTER_WRONG_SYSTEM'));
  });

  it('refuses a share that is the data folder', () => {
    assert.throws(() => libraryInterface('\\\\NAS\\rokad', { dataDir: '\\\\nas\\Rokad', platform: 'win32' }), refusedWith('PRINTER_IN_DATA_FOLDER'));
    assert.equal(libraryInterface('\\\\NAS\\printer', { dataDir: '\\\\nas\\Rokad', platform: 'win32' }), '\\\\NAS\\printer');
  });

  it('refuses an address that is none of the forms, even one that skipped the contract', () => {
    for (const text of ['/dev/../tmp/ledger.sqlite', '\\\\?\\C:\\x', 'file:///tmp/x', 'tcp://host:99999']) {
      assert.throws(() => libraryInterface(text, place), refusedWith('INVALID_INPUT'), text);
    }
  });
});
