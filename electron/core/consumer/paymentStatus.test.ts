import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../../../gateway/testing/testGateway';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { indiaDate } from '../../../shared/time';
import { createCore } from '../createCore';
import { callCore } from '../testing/callCore';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../testing/testCabin';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');

describe('"has my payment reached?" at the counter', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let cabin: TestCabin;

  beforeEach(async () => {
    folder = tempDataDir('rokad-status-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(NOON_IN_BHOPAL), consumers: 20, topUpPaise: 3_000_000, now: () => NOON_IN_BHOPAL });
    cabin = await startTestCabin(folder.dir, gateway, NOON_IN_BHOPAL);
  });
  afterEach(async () => {
    cabin.close();
    await gateway.close();
    folder.remove();
  });

  it('shows this cabin’s payment with its upload state, and the company’s, with the approval reference once uploaded', async () => {
    openCounter(cabin.services);
    const core = createCore(cabin.services);
    const payment = cabin.pay(zoneConsumerNo(1));
    const before = await callCore(core, 'payments.statusForConsumer', { consumerNo: payment.consumerNo });
    assert.deepEqual(
      before.local.map((p) => [p.receiptNo, p.upload, p.approvalRefNumber]),
      [[payment.receiptNo, 'WAITING', null]],
    );
    assert.deepEqual([before.company, before.companyProblem], [[], null], 'the company has nothing yet');

    await cabin.sync();
    const after = await callCore(core, 'payments.statusForConsumer', { consumerNo: payment.consumerNo });
    const reference = after.local[0]?.approvalRefNumber;
    assert.match(reference ?? '', /^AP/);
    assert.deepEqual(
      after.company?.map((p) => [p.receiptNo, p.cabinCode, p.state, p.approvalRefNumber, p.amountPaise]),
      [[payment.receiptNo, 'BPL-07', 'SUCCESS', reference, payment.amountPaise]],
    );
  });

  it('shows a payment made at another cabin, which this one never saw', async () => {
    const other = await startTestCabin(tempDataDir('rokad-status-other-').dir, gateway, NOON_IN_BHOPAL);
    const elsewhere = other.pay(zoneConsumerNo(2));
    await other.sync();
    other.close();
    openCounter(cabin.services);
    const status = await callCore(createCore(cabin.services), 'payments.statusForConsumer', { consumerNo: elsewhere.consumerNo });
    assert.deepEqual(status.local, []);
    assert.deepEqual(
      status.company?.map((p) => [p.receiptNo, p.state]),
      [[elsewhere.receiptNo, 'SUCCESS']],
    );
  });

  it('still answers from this cabin’s ledger when the company cannot be reached, and says so', async () => {
    const payment = cabin.pay(zoneConsumerNo(3));
    await gateway.stop();
    openCounter(cabin.services);
    const status = await callCore(createCore(cabin.services), 'payments.statusForConsumer', { consumerNo: payment.consumerNo });
    assert.deepEqual([status.local.length, status.company, status.companyProblem], [1, null, 'UNREACHABLE']);
    await gateway.restart();
  });

  it('refuses a consumer number that cannot be one, clearly', async () => {
    openCounter(cabin.services);
    await assert.rejects(callCore(createCore(cabin.services), 'payments.statusForConsumer', { consumerNo: 'x' }), /consumer number is 6 to 20/);
  });
});
