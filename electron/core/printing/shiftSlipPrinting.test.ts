import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { dispatch, type Core } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { OPENING_FLOAT, openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { encodePng } from './bitmap';
import type { Block } from './layoutReceipt';
import { layoutCashOutSlip, layoutHandoverSlip } from './layoutShiftSlips';
import { DEFAULT_RECEIPT_HEADER } from './receiptRecord';
import { renderReceipt } from './renderReceipt';
import { printedImage } from './testing/decodeEscPos';
import { ARTIFACTS_DIR, FONTS_DIR } from './testing/paths';
import { startVirtualPrinter, type VirtualPrinter } from './testing/virtualPrinter';

const NOW = '2026-11-24T12:40:00.000Z';
const SUPERVISOR = { supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin };
const INCOMING = { userId: 'sunita.p', name: 'सुनीता पटेल / Sunita Patel', pin: '8642', role: 'AGENT' } as const;

/** What a block list says on paper, row by row, to read a slip's figures without looking at pixels. */
const lines = (blocks: Block[]) =>
  blocks.flatMap((block) => (block.kind === 'row' ? [`${block.label}: ${block.value}`] : block.kind === 'text' || block.kind === 'banner' ? [block.text] : []));

describe('the cash-out and handover slips on the receipt printer', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let core: Core;
  let printer: VirtualPrinter;

  beforeEach(async () => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: () => new Date(NOW) });
    core = createCore(services);
    openCounter(services);
    services.users.insert({ ...INCOMING, createdBy: null }, services.now());
    printer = await startVirtualPrinter();
    services.receipts.saveSettings({ interface: printer.address, widthDots: 576, timeoutMs: 3000, waitForStatus: true });
  });
  afterEach(async () => {
    await printer.close();
    services.close();
    folder.remove();
  });

  const call = async (channel: Parameters<typeof dispatch>[1], input: unknown) => {
    const result = await dispatch(core, channel, input, () => {});
    assert.ok(result.ok, JSON.stringify(result));
    return result.value;
  };

  /** The printer got exactly the slip as drawn; the PNG is kept for a person to look at. */
  async function assertPrinted(blocks: Block[], name: string) {
    const image = printedImage((await printer.nextJob()).commands);
    const expected = renderReceipt(blocks, { widthDots: 576, fontsDir: FONTS_DIR });
    assert.deepEqual([image.width, image.height], [expected.width, expected.height]);
    assert.ok(Buffer.from(image.data).equals(Buffer.from(expected.data)), 'the printer got exactly the slip as drawn');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, `${name}.png`), encodePng(image));
  }

  it('prints the countersigned cash-out with both names, the amount, the reason and the drawer after it; again as a copy', { timeout: 30_000 }, async () => {
    const moveId = randomUUID();
    await call('shift.cashMove', { moveId, direction: 'OUT', amountPaise: 45_050, reason: 'Handed to the supervisor', countersign: SUPERVISOR });
    assert.deepEqual(await call('shift.printCashOutSlip', { moveId }), { printed: true });
    const slip = services.shiftSlips.cashOut(moveId);
    const first = layoutCashOutSlip(slip, DEFAULT_RECEIPT_HEADER, { copy: 0, printedAt: NOW });
    await assertPrinted(first, 'cash-out-slip-576');
    const said = lines(first);
    for (const line of [
      'केबिन / Cabin: BPL-07',
      `एजेंट / Agent: ${PEOPLE.agent.name} (${PEOPLE.agent.userId})`,
      'राशि / Amount: ₹450.50',
      'कारण / Reason: Handed to the supervisor',
      `प्रतिहस्ताक्षर / Countersigned by: ${PEOPLE.supervisor.name} (${PEOPLE.supervisor.userId})`,
      'इसके बाद दराज़ में / Drawer after it: ₹549.50',
      'एजेंट के हस्ताक्षर / Agent’s signature',
      'सुपरवाइज़र के हस्ताक्षर / Supervisor’s signature',
    ]) {
      assert.ok(said.includes(line), `the slip says "${line}"`);
    }
    assert.ok(!said.includes('प्रतिलिपि / COPY'));

    await call('shift.printCashOutSlip', { moveId });
    const again = layoutCashOutSlip(slip, DEFAULT_RECEIPT_HEADER, { copy: 1, printedAt: NOW });
    await assertPrinted(again, 'cash-out-slip-copy-576');
    assert.ok(lines(again).includes('प्रतिलिपि / COPY'));
  });

  it('prints the handover with both agents, the count against the expected and the outgoing Z, for the incoming agent', { timeout: 30_000 }, async () => {
    const handed = (await call('shift.handover', {
      count: { ...OPENING_FLOAT, N500: 1 },
      note: 'One ₹500 note more than the drawer should hold',
      approval: SUPERVISOR,
      outgoingPin: PEOPLE.agent.pin,
      incomingUserId: INCOMING.userId,
      incomingPin: INCOMING.pin,
    })) as { closed: { shiftId: string } };
    const shiftId = handed.closed.shiftId;
    // The session is the incoming agent's now; the outgoing Z on their screen is theirs to print.
    assert.deepEqual(await call('shift.printHandoverSlip', { shiftId }), { printed: true });
    const slip = services.shiftSlips.handoverFrom(shiftId)!;
    const blocks = layoutHandoverSlip(slip, DEFAULT_RECEIPT_HEADER, { copy: 0, printedAt: NOW });
    await assertPrinted(blocks, 'handover-slip-576');
    const said = lines(blocks);
    for (const line of [
      `सौंपने वाले / Outgoing: ${PEOPLE.agent.name} (${PEOPLE.agent.userId})`,
      `लेने वाले / Incoming: ${INCOMING.name} (${INCOMING.userId})`,
      'शुरुआती नकदी / Float: ₹1,000.00',
      '= दराज़ में होने चाहिए / Should be in the drawer: ₹1,000.00',
      'गिने / Counted: ₹1,500.00',
      'अंतर / Difference: ₹500.00',
      'लेने वाले के हस्ताक्षर / Incoming agent’s signature',
    ]) {
      assert.ok(said.includes(line), `the slip says "${line}"`);
    }
    assert.deepEqual(await call('shift.printReport', { shiftId }), { printed: true });
    await printer.nextJob();
  });

  it('prints no handover slip for a shift closed without one, and no slip of a shift to an agent it was not handed to', async () => {
    const handed = (await call('shift.handover', { count: OPENING_FLOAT, outgoingPin: PEOPLE.agent.pin, incomingUserId: INCOMING.userId, incomingPin: INCOMING.pin })) as {
      closed: { shiftId: string };
    };
    const incomingShift = services.shifts.current(INCOMING.userId)!.shiftId;
    const closedPlainly = await dispatch(core, 'shift.printHandoverSlip', { shiftId: incomingShift }, () => {});
    assert.equal(closedPlainly.ok ? null : closedPlainly.error.code, 'NO_HANDOVER');
    services.sessions.signOut();
    services.users.insert({ userId: 'sunil.p', name: 'Sunil Patel', role: 'AGENT', pin: '9753', createdBy: null }, services.now());
    services.sessions.signIn('sunil.p', '9753');
    const stranger = await dispatch(core, 'shift.printHandoverSlip', { shiftId: handed.closed.shiftId }, () => {});
    assert.equal(stranger.ok ? null : stranger.error.code, 'NOT_ALLOWED');
    assert.equal(printer.jobs.length, 0);
  });
});
