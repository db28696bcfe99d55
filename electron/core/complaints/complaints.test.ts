import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { startTestGateway, type TestGateway } from '../../../gateway/testing/testGateway';
import type { Input } from '../../../shared/ipc/contract';
import { dispatch, type Core } from '../../../shared/ipc/dispatch';
import { indiaDate } from '../../../shared/time';
import { createCore } from '../createCore';
import { callCore } from '../testing/callCore';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../testing/testCabin';
import { complaintOf } from './complaintViews';

const TEN_MINUTES = 10 * 60_000;

describe('a complaint at the counter', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let cabin: TestCabin;
  let core: Core;
  const start = new Date('2026-11-24T05:00:00Z');

  beforeEach(async () => {
    folder = tempDataDir('rokad-complaints-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(start), consumers: 10 });
    cabin = await startTestCabin(folder.dir, gateway, start);
    openCounter(cabin.services);
    core = createCore(cabin.services);
  });
  afterEach(async () => {
    cabin.close();
    await gateway.close();
    folder.remove();
  });

  const complaint = (overrides: Partial<Input<'complaints.record'>> = {}): Input<'complaints.record'> => ({
    complaintId: randomUUID(),
    consumerNo: zoneConsumerNo(2),
    kind: 'WRONG_AMOUNT',
    text: '  The bill charges 400 units; the meter shows 140.  ',
    ...overrides,
  });
  const count = (table: string) => cabin.services.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  const gatewayCount = () => gateway.store.db.prepare('SELECT count(*) FROM complaints').pluck().get();

  it('online, gets the company’s number while the consumer waits, once however often the window sends it', async () => {
    const input = complaint({ mobile: '9876543210' });
    const recorded = await callCore(core, 'complaints.record', input);
    assert.equal(recorded.localNo, 'BPL-07-C000001');
    assert.match(recorded.gatewayNo ?? '', /^CMP-\d{6}$/);
    assert.deepEqual([recorded.upload, recorded.status, recorded.text, recorded.mobile], ['SENT', 'OPEN', 'The bill charges 400 units; the meter shows 140.', '9876543210']);
    assert.deepEqual(await callCore(core, 'complaints.record', input), recorded, 'a retry of the same complaint');
    assert.deepEqual([count('complaints'), gatewayCount()], [1, 1]);
    await assert.rejects(callCore(core, 'complaints.record', { ...input, text: 'Something else' }), { code: 'COMPLAINT_ID_REUSED' });
    assert.equal(count('complaints'), 1);
  });

  it('refuses a complaint with no words, a bad mobile or an unknown kind, and writes nothing', async () => {
    const refusals = await Promise.all(
      [complaint({ text: '   ' }), complaint({ mobile: '12345' }), complaint({ kind: 'BILLING' as never }), complaint({ text: 'x'.repeat(501) })].map((input) =>
        dispatch(core, 'complaints.record', input),
      ),
    );
    assert.deepEqual(
      refusals.map((result) => !result.ok && result.error.code),
      ['COMPLAINT_TEXT_EMPTY', 'INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT'],
    );
    assert.ok(!refusals[0]!.ok && /empty complaint/.test(refusals[0]!.error.message));
    assert.deepEqual([count('complaints'), count('complaint_outbox'), gatewayCount()], [0, 0, 0]);
  });

  it('offline, gets the cabin’s number at once and the company’s with the next round; the company closing it reaches the day report', async () => {
    await gateway.stop();
    const first = await callCore(core, 'complaints.record', complaint({ kind: 'SUPPLY', text: 'No supply since Tuesday night' }));
    assert.deepEqual([first.localNo, first.gatewayNo, first.upload], ['BPL-07-C000001', null, 'WAITING']);
    assert.equal((await cabin.sync()).online, false);
    const second = await callCore(core, 'complaints.record', complaint({ kind: 'METER' }));
    assert.deepEqual([second.localNo, second.gatewayNo], ['BPL-07-C000002', null], 'last seen offline: not even tried');

    await gateway.restart();
    cabin.clock.advance(TEN_MINUTES);
    await cabin.sync();
    const sent = complaintOf(cabin.services.db, first.complaintId)!;
    assert.equal(sent.upload, 'SENT');
    const atCompany = gateway.store.complaints.open();
    assert.deepEqual(
      atCompany.map((row) => [row.complaint_no, row.local_no, row.kind]),
      [
        [sent.gatewayNo, 'BPL-07-C000001', 'SUPPLY'],
        [complaintOf(cabin.services.db, second.complaintId)!.gatewayNo, 'BPL-07-C000002', 'METER'],
      ],
    );

    const day = { from: indiaDate(start), to: indiaDate(start) };
    assert.deepEqual(
      cabin.services.dayReport(day).complaints.open.map((open) => open.gatewayNo),
      atCompany.map((row) => row.complaint_no),
    );
    gateway.store.complaints.close(sent.gatewayNo!, 'Line repaired on 25 November');
    await cabin.sync();
    const closed = complaintOf(cabin.services.db, first.complaintId)!;
    assert.deepEqual([closed.status, closed.closeNote], ['CLOSED', 'Line repaired on 25 November']);
    const report = cabin.services.dayReport(day).complaints;
    assert.deepEqual([report.recorded, report.closed, report.open.map((open) => open.localNo)], [2, 1, ['BPL-07-C000002']]);
  });

  it('keeps a refusal by the company with its words, and sends a training complaint nowhere', async () => {
    const training = await callCore(core, 'settings.setTraining', { on: true, approval: { supervisorId: 'meena.s', pin: '2468' } }).then(() =>
      callCore(createCore(cabin.services), 'complaints.record', complaint()),
    );
    assert.equal(training.upload, 'TRAINING');
    await cabin.sync();
    assert.equal(gatewayCount(), 0);
    assert.equal(cabin.services.dayReport({ from: indiaDate(start), to: indiaDate(start) }).complaints.open.length, 0);
  });
});
