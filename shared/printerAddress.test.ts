import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPrinterDevicePath, parsePrinterAddress, printerAddressName, printerAddressText, PRINTER_ADDRESS_FORMS, type PrinterAddress } from './printerAddress';
import { printerInterfaceSchema } from './printing';

function accepted(text: string): PrinterAddress {
  const parsed = parsePrinterAddress(text);
  assert.ok(parsed.ok, `${JSON.stringify(text)} should be accepted: ${parsed.ok ? '' : parsed.problem}`);
  return parsed.address;
}

function problemOf(text: string): string {
  const parsed = parsePrinterAddress(text);
  assert.ok(!parsed.ok, `${JSON.stringify(text)} should be refused, got ${JSON.stringify(parsed.ok && parsed.address)}`);
  return parsed.problem;
}

describe('parsePrinterAddress', () => {
  it('reads a network printer by IPv4 address or name, with 9100 as the port it does not name', () => {
    assert.deepEqual(accepted('tcp://192.168.1.50:9100'), { kind: 'tcp', host: '192.168.1.50', port: 9100 });
    assert.deepEqual(accepted('TCP://printer.local'), { kind: 'tcp', host: 'printer.local', port: 9100 });
    assert.deepEqual(accepted('tcp://epson-tm-t82:1'), { kind: 'tcp', host: 'epson-tm-t82', port: 1 });
    assert.deepEqual(accepted('tcp://10.0.0.7:65535'), { kind: 'tcp', host: '10.0.0.7', port: 65_535 });
  });

  it('refuses a network port outside 1 to 65535 and a host that is neither a name nor an IPv4 address', () => {
    for (const port of ['99999', '0', '65536', '', '9100/', '91a0', '-1']) assert.match(problemOf(`tcp://printer:${port}`), /port is a number from 1 to 65535/);
    const hosts = [
      '',
      '[::1]',
      '::1',
      '192.168.1.256',
      '192.168.1',
      '127.1',
      '2130706433',
      '0x7f000001',
      '1.0x1',
      'a..b',
      '-printer',
      'printer-',
      'print_er',
      'printer.local.',
      'host/x',
      'user@host',
    ];
    for (const host of hosts) assert.match(problemOf(`tcp://${host}`), /computer name or an IPv4 address/, host);
    assert.match(problemOf(`tcp://${'a'.repeat(64)}`), /computer name/);
  });

  it('reads a cable printer only by its device file in /dev/usb or /dev', () => {
    for (const path of ['/dev/usb/lp0', '/dev/usb/lp12', '/dev/lp0', '/dev/ttyUSB0', '/dev/ttyACM1', '/dev/ttyS3']) {
      assert.deepEqual(accepted(path), { kind: 'device', path });
    }
  });

  it('refuses any other path, however it climbs out of /dev', () => {
    for (const path of [
      '/dev/../tmp/rokad/ledger.sqlite',
      '/dev/usb/../../tmp/x',
      '/dev/usb/lp0/../../sda',
      '/dev//usb/lp0',
      '/dev/usb/./lp0',
      '/dev/usb/lp',
      '/dev/usb/lp01',
      '/dev/usb/lp0 ',
      '/dev/sda',
      '/dev/shm/lp0',
      '/dev/usb/ttyS0',
      '/dev/lp0x',
      '/tmp/lp0',
      '/',
    ]) {
      assert.match(problemOf(path), /under Linux is \/dev\/usb\/lp0/, path);
    }
  });

  it('reads a Windows port COM1 to COM256 or LPT1 to LPT9, in capitals', () => {
    assert.deepEqual(accepted('COM3'), { kind: 'serial', port: 'COM3' });
    assert.deepEqual(accepted('com256'), { kind: 'serial', port: 'COM256' });
    assert.deepEqual(accepted('lpt1'), { kind: 'serial', port: 'LPT1' });
    for (const port of ['COM0', 'COM257', 'COM03', 'LPT0', 'LPT10']) assert.match(problemOf(port), /COM1 to COM256 or LPT1 to LPT9/, port);
  });

  it('reads a shared printer as one computer and one printer name', () => {
    assert.deepEqual(accepted('\\\\PC\\Printer'), { kind: 'share', host: 'PC', name: 'Printer' });
    assert.deepEqual(accepted('\\\\192.168.1.5\\EPSON TM-T82_Receipt.1'), { kind: 'share', host: '192.168.1.5', name: 'EPSON TM-T82_Receipt.1' });
  });

  it('refuses the device and long-path prefixes, and any further path, as a share', () => {
    for (const text of [
      '\\\\?\\C:\\x',
      '\\\\.\\PhysicalDrive0',
      '\\\\.\\COM3',
      '\\\\host\\share\\extra',
      '\\\\host\\share\\',
      '\\\\host\\',
      '\\\\host',
      '\\\\host\\..',
      '\\\\host\\c$',
      '\\\\host\\a:b',
      '\\\\\\share',
      '//PC/Printer',
    ]) {
      assert.match(problemOf(text), /A shared printer is \\\\PC\\Printer/, text);
    }
  });

  it('reads a spooler printer by the name Windows gives it', () => {
    assert.deepEqual(accepted('printer:EPSON TM-T82 Receipt'), { kind: 'spooler', name: 'EPSON TM-T82 Receipt' });
    assert.deepEqual(accepted('Printer:POS-80C (copy 1)'), { kind: 'spooler', name: 'POS-80C (copy 1)' });
    for (const text of ['printer:', 'printer: leading', 'printer:a/b', 'printer:\\\\server\\queue', 'printer:a,b']) assert.match(problemOf(text), /spooler printer/, text);
  });

  it('refuses every other form, and control characters anywhere, naming the forms it takes', () => {
    for (const text of ['file:///tmp/rokad/ledger.sqlite', 'http://printer', 'C:\\Users\\ledger.sqlite', 'ledger.sqlite', '../ledger.sqlite', 'USB001', '']) {
      assert.equal(problemOf(text), PRINTER_ADDRESS_FORMS, text);
    }
    for (const text of ['/dev/usb/lp0\u0000', '/dev/usb/lp0\u0000/../../../tmp/x', 'tcp://printer\n:9100', 'COM3\r', '\\\\PC\\Prin\tter', 'printer:EPSON\u0085']) {
      assert.equal(problemOf(text), PRINTER_ADDRESS_FORMS, JSON.stringify(text));
    }
  });

  it('writes each form back the one way it is stored and named', () => {
    const texts: Array<[string, string, string]> = [
      ['tcp://Printer.local', 'tcp://Printer.local:9100', 'Printer.local:9100'],
      ['/dev/usb/lp0', '/dev/usb/lp0', '/dev/usb/lp0'],
      ['com3', 'COM3', 'COM3'],
      ['\\\\PC\\Printer', '\\\\PC\\Printer', '\\\\PC\\Printer'],
      ['PRINTER:EPSON', 'printer:EPSON', 'printer:EPSON'],
    ];
    for (const [typed, stored, name] of texts) {
      assert.equal(printerAddressText(accepted(typed)), stored);
      assert.equal(printerAddressName(accepted(typed)), name);
      assert.deepEqual(accepted(stored), accepted(typed));
    }
  });
});

describe('isPrinterDevicePath', () => {
  it('takes a folder list, so the core can check where a link really leads', () => {
    const folders = [{ folder: '/tmp/devices', names: /^lp\d$/ }];
    assert.ok(isPrinterDevicePath('/tmp/devices/lp0', folders));
    assert.ok(!isPrinterDevicePath('/tmp/devices/sub/lp0', folders));
    assert.ok(!isPrinterDevicePath('/dev/usb/lp0', folders));
  });
});

describe('printerInterfaceSchema', () => {
  it('stores the address written the one way, and refuses with the reason', () => {
    assert.equal(printerInterfaceSchema.parse('  com3 '), 'COM3');
    assert.equal(printerInterfaceSchema.parse('tcp://192.168.1.50'), 'tcp://192.168.1.50:9100');
    const refused = printerInterfaceSchema.safeParse('/dev/../data/ledger.sqlite');
    assert.ok(!refused.success);
    assert.match(refused.error.issues[0]?.message ?? '', /under Linux is \/dev\/usb\/lp0/);
  });
});
