import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { toRgba } from './bitmap';
import { printedImage } from './testing/decodeEscPos';
import { refusingAddress, startVirtualPrinter } from './testing/virtualPrinter';

const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'printerTest.ts');
const SLOW = { timeout: 60_000 };

function printerTest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', SCRIPT, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run printer:test', () => {
  it('prints a sample receipt to a network printer and says so', SLOW, async () => {
    const printer = await startVirtualPrinter();
    try {
      const result = await printerTest(printer.address, '--paper', '58mm');
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /The test receipt went to the printer at 127\.0\.0\.1:\d+\./);
      const image = printedImage((await printer.nextJob()).commands);
      assert.equal(image.width, 384);
      assert.match(jsQR(new Uint8ClampedArray(toRgba(image)), image.width, image.height)?.data ?? '', /^ROKAD2\|/);
    } finally {
      await printer.close();
    }
  });

  it('reports the error and fails when nothing answers', SLOW, async () => {
    const result = await printerTest(await refusingAddress(), '--timeout-ms', '1000');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^PRINTER_REFUSED: Nothing answered at 127\.0\.0\.1:\d+/);
  });

  it('refuses an address it cannot use, saying what one looks like', SLOW, async () => {
    const result = await printerTest('http://192.168.1.50');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Use tcp:\/\/192\.168\.1\.50:9100 for a network printer/);
  });

  it('refuses a device file outside the printer device folders, and creates nothing', SLOW, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rokad-lp-'));
    try {
      const device = join(folder, 'lp0');
      const result = await printerTest(device);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /A printer on a cable under Linux is \/dev\/usb\/lp0/);
      assert.ok(!existsSync(device));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
