import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RokadError } from '../../../../shared/errors';
import { checkPrinter, printBitmap } from '../printReceipt';
import { createSpoolerDriver } from './spoolerDriver';
import { standInWinspool, type StandInPrinter } from './standInWinspool';
import { PRINTER_ATTRIBUTE_WORK_OFFLINE, PRINTER_STATUS } from './winspool';

const TM_T82 = 'EPSON TM-T82 Receipt';
const printer = (change: Partial<StandInPrinter> = {}): StandInPrinter => ({ name: TM_T82, port: 'USB001', status: 0, attributes: 0, jobs: 0, takes: 'at-once', ...change });
const settings = { interface: `printer:${TM_T82}`, widthDots: 384, timeoutMs: 3_000, waitForStatus: true };
const bitmap = { width: 384, height: 48, data: new Uint8Array((384 / 8) * 48).fill(0x0f) };
const noWait = { sleep: async () => undefined };

function print(spooler: ReturnType<typeof standInWinspool>, options = {}) {
  return printBitmap(
    { settings, dataDir: null, platform: 'win32', spoolerDriver: createSpoolerDriver(spooler.api, { ...noWait, ...options }) } as Parameters<typeof printBitmap>[0],
    bitmap,
  );
}

async function refusal(work: Promise<unknown>): Promise<RokadError> {
  const error = await work.then(
    () => assert.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof RokadError, String(error));
  return error;
}

describe('the Windows spooler driver for printer:Name (against a STAND-IN of winspool.drv)', () => {
  it('sends the receipt as one RAW job of ESC/POS bytes and counts it printed once it has left the queue', async () => {
    const spooler = standInWinspool([printer()]);
    await print(spooler);
    assert.deepEqual(spooler.calls.slice(0, 2), [`OpenPrinterW ${TM_T82}`, 'StartDocPrinterW Rokad receipt']);
    assert.equal(spooler.spooled.length, 1);
    const bytes = spooler.spooled[0]!.bytes;
    assert.deepEqual([...bytes.subarray(0, 2)], [0x1b, 0x40], 'starts with ESC @');
    assert.ok(bytes.includes(Buffer.from([0x1d, 0x76, 0x30])), 'carries a GS v 0 raster image');
    assert.equal(spooler.openHandles(), 0, 'every handle is closed');
  });

  for (const [state, change, code] of [
    ['unplugged (Windows sets "use printer offline")', { attributes: PRINTER_ATTRIBUTE_WORK_OFFLINE }, 'PRINTER_OFFLINE'],
    ['offline', { status: PRINTER_STATUS.OFFLINE }, 'PRINTER_OFFLINE'],
    ['out of paper', { status: PRINTER_STATUS.PAPER_OUT }, 'PRINTER_NO_PAPER'],
    ['paused', { status: PRINTER_STATUS.PAUSED }, 'PRINTER_PAUSED'],
    ['jammed', { status: PRINTER_STATUS.PAPER_JAM }, 'PRINTER_NEEDS_ATTENTION'],
    ['holding earlier jobs', { jobs: 2 }, 'PRINTER_QUEUE_WAITING'],
  ] as const) {
    it(`starts no job while the printer is ${state}`, async () => {
      const spooler = standInWinspool([printer(change)]);
      const error = await refusal(print(spooler));
      assert.equal(error.code, code);
      assert.match(error.message, new RegExp(TM_T82));
      assert.equal(spooler.spooled.length, 0);
      assert.equal(spooler.openHandles(), 0);
    });
  }

  it('names a printer Windows does not have, and suggests picking one from the list', async () => {
    const error = await refusal(print(standInWinspool([printer({ name: 'Other' })])));
    assert.equal(error.code, 'PRINTER_NOT_INSTALLED');
    assert.match(error.message, /pick one from the list of installed printers/);
  });

  it('takes back a job that stays in the queue, so a later retry cannot print the receipt twice', async () => {
    let clock = 0;
    const spooler = standInWinspool([printer({ takes: 'never' })]);
    const error = await refusal(print(spooler, { jobWaitMs: 1_000, now: () => clock, sleep: async (ms: number) => void (clock += ms) }));
    assert.equal(error.code, 'PRINTER_TIMEOUT');
    assert.match(error.message, /The job was taken back/);
    assert.deepEqual(
      spooler.spooled.map((job) => job.deleted),
      [true],
    );
  });

  it('takes back a job the spooler marks in error, and says what the printer reports', async () => {
    const spooler = standInWinspool([printer({ takes: 'error' })]);
    const error = await refusal(print(spooler));
    assert.equal(error.code, 'PRINTER_TIMEOUT');
    assert.equal(spooler.spooled[0]!.deleted, true);
  });

  it('answers the printer check from the state, without printing', async () => {
    const target = (spooler: ReturnType<typeof standInWinspool>) =>
      ({ settings, dataDir: null, platform: 'win32', spoolerDriver: createSpoolerDriver(spooler.api, noWait) }) as Parameters<typeof checkPrinter>[0];
    assert.match(await checkPrinter(target(standInWinspool([printer()]))), /is there/);
    const offline = await refusal(checkPrinter(target(standInWinspool([printer({ attributes: PRINTER_ATTRIBUTE_WORK_OFFLINE })]))));
    assert.equal(offline.code, 'PRINTER_OFFLINE');
  });

  it('lists the installed printers by name for the printer screen, with whether each could print now', () => {
    const driver = createSpoolerDriver(
      standInWinspool([printer(), printer({ name: 'Microsoft Print to PDF', port: 'PORTPROMPT:' }), printer({ name: 'TVS RP3160', status: PRINTER_STATUS.OFFLINE })]).api,
    );
    assert.deepEqual(driver.installed(), [
      { name: TM_T82, port: 'USB001', ready: true },
      { name: 'Microsoft Print to PDF', port: 'PORTPROMPT:', ready: true },
      { name: 'TVS RP3160', port: 'USB001', ready: false },
    ]);
  });
});
