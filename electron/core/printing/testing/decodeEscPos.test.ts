import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { decodeEscPos } from './decodeEscPos';

describe('decodeEscPos', () => {
  it('reads back text, alignment, bold, a feed and a cut as node-thermal-printer sends them', () => {
    const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: 'tcp://127.0.0.1' });
    printer.alignCenter();
    printer.bold(true);
    printer.println('Helpline 1912');
    printer.cut();
    const { commands, incomplete } = decodeEscPos(printer.getBuffer());
    assert.equal(incomplete, 0);
    assert.deepEqual(commands, [
      { kind: 'setting', bytes: [0x1b, 0x61, 0x01] },
      { kind: 'setting', bytes: [0x1b, 0x45, 0x01] },
      { kind: 'text', text: 'Helpline 1912\n' },
      { kind: 'feed', lines: 4 },
      { kind: 'feed', lines: 4 },
      { kind: 'cut', partial: false },
      { kind: 'init' },
    ]);
  });

  it('shows why Hindi is never sent as text: the printer gets question marks', () => {
    const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: 'tcp://127.0.0.1' });
    const quiet = console.error;
    console.error = () => undefined;
    try {
      printer.print('बिल');
    } finally {
      console.error = quiet;
    }
    assert.deepEqual(decodeEscPos(printer.getBuffer()).commands, [{ kind: 'text', text: '???' }]);
  });

  it('leaves a raster command cut off by the end of a chunk for the next one', () => {
    const raster = [0x1d, 0x76, 0x30, 0x00, 0x01, 0x00, 0x02, 0x00, 0xff, 0x00];
    assert.deepEqual(decodeEscPos(Uint8Array.from(raster.slice(0, 9))), { commands: [], incomplete: 9 });
    const whole = decodeEscPos(Uint8Array.from(raster)).commands[0];
    assert.equal(whole?.kind, 'raster');
    assert.deepEqual(whole?.kind === 'raster' && [...whole.image.data], [0xff, 0x00]);
  });
});
