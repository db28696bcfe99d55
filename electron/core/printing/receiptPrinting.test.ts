import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import jsQR from 'jsqr';
import { receiptCode } from '../../../shared/node/receiptCode';
import { RokadError } from '../../../shared/errors';
import type { PrinterSettings } from '../../../shared/printing';
import { dispatch } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import type { Collector } from '../../../shared/ipc/access';
import { verifyChain } from '../ledger/verifyChain';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { decodePng, encodePng, toRgba, type Bitmap } from './bitmap';
import { describePrinterFailure, STRIP_ROWS } from './printReceipt';
import { countOf, printedImage } from './testing/decodeEscPos';
import { ARTIFACTS_DIR } from './testing/paths';
import { refusingAddress, startVirtualPrinter, type VirtualPrinter, type VirtualPrinterMode } from './testing/virtualPrinter';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');
// Generous: these tests prove each failure ends by its timeout, not how fast it does.
const TIMEOUT_MS = 1_000;
const SLOW = { timeout: 30_000 };

function settingsFor(address: string, overrides: Partial<PrinterSettings> = {}): PrinterSettings {
  return { interface: address, widthDots: 576, timeoutMs: TIMEOUT_MS, waitForStatus: true, ...overrides };
}

function readQr(bitmap: Bitmap): string | undefined {
  return jsQR(new Uint8ClampedArray(toRgba(bitmap)), bitmap.width, bitmap.height)?.data;
}

function previewBitmap(services: Services, receiptNo: string, widthDots: number): Bitmap {
  const { dataUrl } = services.receipts.preview(receiptNo, widthDots);
  return decodePng(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

describe('receipt printing', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let printers: VirtualPrinter[];
  let counter: Collector;

  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => NOON_IN_BHOPAL });
    counter = openCounter(services);
    printers = [];
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });
  afterEach(async () => {
    for (const printer of printers) await printer.close();
    services.close();
    folder.remove();
  });

  async function printer(mode?: VirtualPrinterMode): Promise<VirtualPrinter> {
    const started = await startVirtualPrinter(mode);
    printers.push(started);
    return started;
  }

  const payment = (clientTxnId: string = randomUUID()) => ({
    clientTxnId,
    consumerNo: 'N3330008565',
    billNumber: 'B2611-000451',
    amountPaise: 124_550,
    tenderedPaise: 130_000,
    confirmRepeat: true,
  });
  const pay = (clientTxnId?: string) => services.recordPayment(payment(clientTxnId), counter);

  const ledgerRows = () => services.db.prepare('SELECT count(*) FROM ledger').pluck().get();
  const hashOf = (receiptNo: string) => services.db.prepare('SELECT hash FROM ledger WHERE receipt_no = ?').pluck().get(receiptNo) as string;

  it('owes the original receipt of every payment, once, and nothing for a refused payment', () => {
    const id = randomUUID();
    const recorded = pay(id);
    pay(id);
    assert.throws(() => services.recordPayment({ ...payment(), tenderedPaise: 1 }, counter));
    assert.deepEqual(
      services.receipts.pending().map(({ receiptNo, copy, reprint, status }) => ({ receiptNo, copy, reprint, status })),
      [{ receiptNo: recorded.receiptNo, copy: 'ORIGINAL', reprint: 0, status: 'QUEUED' }],
    );
    assert.equal(services.receipts.pending().length, 1);
  });

  it('still owes the original after a crash that came before the payment’s follow-up was written', () => {
    const recorded = pay();
    assert.equal(services.db.prepare('SELECT count(*) FROM print_jobs').pluck().get(), 0, 'the payment committed alone');
    // As a crash leaves them: the files closed with no quiet moment after the payment.
    services.db.close();
    services.billMaster.close();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => NOON_IN_BHOPAL });
    assert.deepEqual(
      services.receipts.pending().map(({ receiptNo, copy, status }) => ({ receiptNo, copy, status })),
      [{ receiptNo: recorded.receiptNo, copy: 'ORIGINAL', status: 'QUEUED' }],
    );
    assert.equal(ledgerRows(), 1);
  });

  for (const widthDots of [576, 384]) {
    it(`prints through node-thermal-printer over TCP exactly the preview, pixel for pixel, at ${widthDots} dots, and the QR reads back`, SLOW, async () => {
      const virtual = await printer();
      services.receipts.saveSettings(settingsFor(virtual.address, { widthDots }));
      const { receiptNo } = pay();

      const [job] = await services.receipts.print(receiptNo);
      assert.equal(job?.status, 'PRINTED');
      assert.deepEqual(services.receipts.pending(), []);

      const { commands } = await virtual.nextJob();
      assert.equal(commands[0]?.kind, 'init');
      assert.equal(countOf(commands, 'cut'), 1);
      assert.equal(countOf(commands, 'text'), 0, 'no text is ever sent: the printer would turn Hindi into "?"');
      const strips = commands.flatMap((command) => (command.kind === 'raster' ? [command.image] : []));
      assert.ok(strips.length > 1 && strips.every((strip) => strip.height <= STRIP_ROWS && strip.width === widthDots));

      const printed = printedImage(commands);
      writeFileSync(join(ARTIFACTS_DIR, `printed-over-tcp-${widthDots}.png`), encodePng(printed));
      const preview = previewBitmap(services, receiptNo, widthDots);
      assert.equal(printed.height, preview.height);
      assert.ok(Buffer.from(printed.data).equals(Buffer.from(preview.data)), 'the printed image differs from the preview');
      assert.equal(readQr(printed), `ROKAD2|${receiptNo}|${receiptCode(hashOf(receiptNo))}`);
    });
  }

  it('prints reprints as DUPLICATE copies numbered like the reprint log, that verify like the original', SLOW, async () => {
    const virtual = await printer();
    services.receipts.saveSettings(settingsFor(virtual.address));
    const { receiptNo } = pay();
    await services.receipts.print(receiptNo);
    const core = createCore(services);
    const printed = [];
    for (const copy of [1, 2]) {
      assert.deepEqual(await dispatch(core, 'payments.reprint', { receiptNo }), { ok: true, value: { receiptNo, copy, voided: false, txnRefId: null, approvalRefNumber: null } });
      printed.push(...(await services.receipts.print(receiptNo)));
    }
    assert.deepEqual(
      printed.map((job) => [job.copy, job.reprint, job.status]),
      [
        ['DUPLICATE', 1, 'PRINTED'],
        ['DUPLICATE', 2, 'PRINTED'],
      ],
    );

    const [original, , again] = [await virtual.nextJob(), await virtual.nextJob(), await virtual.nextJob()];
    const duplicate = printedImage(again!.commands);
    assert.ok(!Buffer.from(duplicate.data).equals(Buffer.from(printedImage(original!.commands).data)));
    assert.equal(readQr(duplicate), `ROKAD2|${receiptNo}|${receiptCode(hashOf(receiptNo))}`);
  });

  const failures: Array<[string, () => Promise<string>, string, RegExp]> = [
    ['refuses the connection', refusingAddress, 'PRINTER_REFUSED', /^Nothing answered at 127\.0\.0\.1:\d+: the printer is switched off/],
    [
      'resets the connection mid-job',
      async () => (await printer({ kind: 'reset', afterBytes: 4_000 })).address,
      'PRINTER_RESET',
      /broke off the connection in the middle of the receipt/,
    ],
    ['stops reading mid-job', async () => (await printer({ kind: 'stall', afterBytes: 4_000 })).address, 'PRINTER_TIMEOUT', /did not answer within 1 s/],
    // Only loopback traffic is allowed here, so an unreachable printer is played by one that never answers.
    ['is unreachable', async () => (await printer({ kind: 'silent' })).address, 'PRINTER_TIMEOUT', /did not answer within 1 s/],
    ['is out of paper', async () => (await printer({ kind: 'accept', paper: 'out' })).address, 'PRINTER_NO_PAPER', /is out of paper: load a new roll/],
  ];
  for (const [what, address, code, message] of failures) {
    it(`keeps the payment and the queued receipt when the printer ${what}, says so clearly, and prints on retry`, SLOW, async () => {
      services.receipts.saveSettings(settingsFor(await address()));
      const { receiptNo } = pay();

      await assert.rejects(services.receipts.print(receiptNo), (error: unknown) => {
        assert.ok(error instanceof RokadError);
        assert.equal(error.code, code);
        assert.match(error.message, message);
        assert.match(error.message, new RegExp(`The payment is recorded; receipt ${receiptNo} is waiting to print: press Retry`));
        return true;
      });
      assert.equal(ledgerRows(), 1);
      assert.ok(verifyChain(services.db).ok);
      const [job] = services.receipts.pending();
      assert.equal(job?.status, 'FAILED');
      assert.equal(job?.attempts, 1);
      assert.match(job?.lastError ?? '', message);

      const working = await printer();
      services.receipts.saveSettings(settingsFor(working.address));
      assert.equal((await services.receipts.retry(job!.id)).status, 'PRINTED');
      assert.deepEqual(services.receipts.pending(), []);
    });
  }

  it('asks for a printer to be set up before the first receipt, and keeps the receipt queued', async () => {
    const { receiptNo } = pay();
    await assert.rejects(services.receipts.print(receiptNo), /No receipt printer is set up yet\. Open Printer settings/);
    assert.equal(services.receipts.pending().length, 1);
  });

  it('offers the unprinted receipts again after a restart', () => {
    const { receiptNo } = pay();
    services.close();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => NOON_IN_BHOPAL });
    assert.deepEqual(
      services.receipts.pending().map((job) => job.receiptNo),
      [receiptNo],
    );
  });

  it('prints a test receipt marked TRAINING with unsaved settings, and checks the printer status', SLOW, async () => {
    const virtual = await printer();
    const message = await services.receipts.testPrint(settingsFor(virtual.address, { widthDots: 384 }));
    assert.match(message, /^The test receipt went to the printer at 127\.0\.0\.1:\d+\./);
    const sample = printedImage((await virtual.nextJob()).commands);
    assert.equal(sample.width, 384);
    assert.match(readQr(sample) ?? '', /^ROKAD2\|BPL-07-000042\|[0-9A-Z]{10}$/);
    assert.equal(services.receipts.settings(), null);

    services.receipts.saveSettings(settingsFor(virtual.address));
    assert.match(await services.receipts.status(), /answered and has paper/);
  });

  it('tells a test print failure apart from a payment: no payment was involved', SLOW, async () => {
    await assert.rejects(services.receipts.testPrint(settingsFor(await refusingAddress())), /No payment was involved; fix the printer and print the test again\./);
  });

  it('names an unreachable network and a missing spooler module in words an agent can act on', async () => {
    const settings = settingsFor('tcp://192.168.1.50');
    const unreachable = describePrinterFailure(Object.assign(new Error('connect EHOSTUNREACH'), { code: 'EHOSTUNREACH' }), settings);
    assert.equal(unreachable.message, 'The printer at 192.168.1.50:9100 cannot be reached from this computer: check the network cable or Wi-Fi and the address.');
    await assert.rejects(services.receipts.testPrint(settingsFor('printer:EPSON TM-T82')), /no Windows spooler module/);
  });
});
