import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { ShiftReport } from '../../../shared/domain';
import type { Core } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, LEDGER_FILE, type Services } from '../createServices';
import { OPENING_FLOAT, openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { encodePng } from './bitmap';
import { layoutShiftReport } from './layoutShiftReport';
import { DEFAULT_RECEIPT_HEADER } from './receiptRecord';
import { renderReceipt } from './renderReceipt';
import { printedImage } from './testing/decodeEscPos';
import { ARTIFACTS_DIR, FONTS_DIR } from './testing/paths';
import { startVirtualPrinter } from './testing/virtualPrinter';

describe('the receipt and printer channels', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let core: Core;
  let receiptNo: string;

  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => new Date('2026-11-24T06:30:00Z') });
    core = createCore(services);
    const counter = openCounter(services);
    receiptNo = services.recordPayment(
      { clientTxnId: randomUUID(), consumerNo: 'N3330008565', billNumber: 'B2611-000451', amountPaise: 124_550, tenderedPaise: 124_550 },
      counter,
    ).receiptNo;
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('previews a receipt typed in lower case as a PNG data URL at the asked width', async () => {
    const result = await dispatch(core, 'receipts.preview', { receiptNo: ` ${receiptNo.toLowerCase()} `, widthDots: 384 });
    assert.ok(result.ok, JSON.stringify(result));
    const preview = result.value as { dataUrl: string; widthDots: number; heightDots: number };
    assert.match(preview.dataUrl, /^data:image\/png;base64,iVBORw0KGgo/);
    assert.equal(preview.widthDots, 384);
    assert.ok(preview.heightDots > 384);
  });

  it('answers a receipt number the ledger does not have', async () => {
    const result = await dispatch(core, 'receipts.print', { receiptNo: 'BPL-07-999999' });
    assert.deepEqual(result.ok ? null : result.error.code, 'NO_RECEIPT');
  });

  it('lists the receipt of a fresh payment as waiting to print', async () => {
    const result = await dispatch(core, 'receipts.pending', {});
    assert.ok(result.ok);
    assert.deepEqual(
      (result.value as Array<{ receiptNo: string }>).map((job) => job.receiptNo),
      [receiptNo],
    );
  });

  const signInSupervisor = () => services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);

  it('answers only a signed-in person, and lets only a supervisor change the printer', async () => {
    const settings = { interface: 'tcp://192.168.1.50:9100', widthDots: 384, timeoutMs: 3000, waitForStatus: true };
    const refused = await dispatch(core, 'printer.saveSettings', settings);
    assert.equal(refused.ok ? null : refused.error.code, 'NOT_ALLOWED');
    services.sessions.signOut();
    const signedOut = await dispatch(core, 'receipts.pending', {});
    assert.equal(signedOut.ok ? null : signedOut.error.code, 'SIGNED_OUT');
  });

  it('keeps printer settings that make sense and refuses the rest before anything is saved', async () => {
    signInSupervisor();
    const good = { interface: 'tcp://192.168.1.50:9100', widthDots: 384, timeoutMs: 3000, waitForStatus: true };
    assert.deepEqual(await dispatch(core, 'printer.getSettings', {}), { ok: true, value: null });
    assert.ok((await dispatch(core, 'printer.saveSettings', good)).ok);
    for (const bad of [
      { ...good, interface: 'http://printer' },
      { ...good, widthDots: 500 },
      { ...good, timeoutMs: 10 },
    ]) {
      const result = await dispatch(core, 'printer.saveSettings', bad);
      assert.equal(result.ok ? null : result.error.code, 'INVALID_INPUT');
    }
    assert.deepEqual(await dispatch(core, 'printer.getSettings', {}), { ok: true, value: good });
  });

  it('refuses every printer address outside the closed forms, for saving and for a test print, and leaves the ledger as it was', { timeout: 60_000 }, async () => {
    signInSupervisor();
    const ledger = join(folder.dir, LEDGER_FILE);
    services.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = readFileSync(ledger);
    const addresses = [
      `/dev/..${ledger}`,
      `/dev/usb/../..${folder.dir}/x`,
      '\\\\?\\C:\\x',
      '\\\\.\\PhysicalDrive0',
      '\\\\host\\share\\extra',
      'tcp://host:99999',
      `file://${ledger}`,
      `/dev/usb/lp0\u0000${ledger}`,
      'tcp://printer\u0007:9100',
      'COM3\u001b',
    ];
    const answers = [];
    for (const address of addresses) {
      const settings = { interface: address, widthDots: 576, timeoutMs: 1000, waitForStatus: true };
      for (const channel of ['printer.testPrint', 'printer.saveSettings'] as const) {
        const result = await dispatch(core, channel, settings);
        answers.push({ address, channel, code: result.ok ? 'OK' : result.error.code, message: result.ok ? '' : result.error.message });
      }
    }
    assert.ok(readFileSync(ledger).equals(before), 'the ledger file is byte for byte what it was');
    assert.equal(services.db.pragma('quick_check', { simple: true }), 'ok');
    assert.ok(!existsSync(join(folder.dir, 'x')));
    for (const answer of answers) {
      assert.equal(answer.code, 'INVALID_INPUT', JSON.stringify(answer));
      assert.match(answer.message, /tcp:\/\/192\.168\.1\.50:9100|\/dev\/usb\/lp0|COM1 to COM256|\\\\PC\\Printer/, JSON.stringify(answer));
    }
    assert.deepEqual(await dispatch(core, 'printer.getSettings', {}), { ok: true, value: null });
  });

  it('stores an address written the one way', async () => {
    signInSupervisor();
    const settings = { interface: ' com3 ', widthDots: 576, timeoutMs: 1000, waitForStatus: true };
    const stored = { ...settings, interface: 'COM3' };
    assert.deepEqual(await dispatch(core, 'printer.saveSettings', settings), { ok: true, value: stored });
    assert.deepEqual(await dispatch(core, 'printer.getSettings', {}), { ok: true, value: stored });
  });

  it('keeps a Windows address on another system from becoming a file of that name', { skip: process.platform === 'win32' && 'Windows opens these' }, async () => {
    signInSupervisor();
    for (const address of ['COM3', 'LPT1', '\\\\PC\\Printer']) {
      const result = await dispatch(core, 'printer.testPrint', { interface: address, widthDots: 576, timeoutMs: 1000, waitForStatus: true });
      assert.equal(result.ok ? null : result.error.code, 'PRINTER_WRONG_SYSTEM', address);
    }
    const written = ['COM3', 'LPT1', '\\\\.\\COM3', '\\\\.\\LPT1', '\\\\PC\\Printer'].filter((name) => existsSync(join(process.cwd(), name)));
    assert.deepEqual(written, []);
  });

  it('prints the receipt after the payment, and a test print, through the channels', { timeout: 30_000 }, async () => {
    const printer = await startVirtualPrinter();
    try {
      const settings = { interface: printer.address, widthDots: 576, timeoutMs: 3000, waitForStatus: true };
      signInSupervisor();
      assert.ok((await dispatch(core, 'printer.saveSettings', settings)).ok);
      const printed = await dispatch(core, 'receipts.print', { receiptNo });
      assert.ok(printed.ok && (printed.value as Array<{ status: string }>)[0]?.status === 'PRINTED', JSON.stringify(printed));
      const test = await dispatch(core, 'printer.testPrint', settings);
      assert.ok(test.ok, JSON.stringify(test));
      const status = await dispatch(core, 'printer.status', {});
      assert.ok(status.ok, JSON.stringify(status));
    } finally {
      await printer.close();
    }
  });

  it('prints the Z report of a closed shift for the cash bag, the same figures as the screen', { timeout: 30_000 }, async () => {
    const printer = await startVirtualPrinter();
    try {
      signInSupervisor();
      assert.ok((await dispatch(core, 'printer.saveSettings', { interface: printer.address, widthDots: 576, timeoutMs: 3000, waitForStatus: true })).ok);
      services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
      const count = { ...OPENING_FLOAT, N500: 2, N200: 1, C20: 2, C5: 1 };
      const closed = await dispatch(core, 'shift.close', {
        count,
        note: 'Counted short; recounted twice',
        approval: { supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin },
      });
      assert.ok(closed.ok, JSON.stringify(closed));
      const report = closed.value as ShiftReport;
      assert.deepEqual(await dispatch(core, 'shift.printReport', { shiftId: report.shiftId }), { ok: true, value: { printed: true } });

      const image = printedImage((await printer.nextJob()).commands);
      const expected = renderReceipt(layoutShiftReport(report, DEFAULT_RECEIPT_HEADER, services.now().toISOString()), { widthDots: 576, fontsDir: FONTS_DIR });
      assert.deepEqual([image.width, image.height], [expected.width, expected.height]);
      assert.ok(Buffer.from(image.data).equals(Buffer.from(expected.data)), 'the printer got exactly the report as drawn');
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      writeFileSync(join(ARTIFACTS_DIR, 'z-report-576.png'), encodePng(image));
    } finally {
      await printer.close();
    }
  });

  it("refuses to print another agent's shift report for an agent", async () => {
    const shiftId = services.shifts.current(PEOPLE.agent.userId)!.shiftId;
    services.sessions.signOut();
    services.users.insert({ userId: 'sunil.p', name: 'Sunil Patel', role: 'AGENT', pin: '9753', createdBy: null }, services.now());
    services.sessions.signIn('sunil.p', '9753');
    const result = await dispatch(core, 'shift.printReport', { shiftId });
    assert.equal(result.ok ? null : result.error.code, 'NOT_ALLOWED');
  });
});
