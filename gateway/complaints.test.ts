import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ComplaintRequest } from '../shared/gateway/complaints';
import { indiaDate } from '../shared/time';
import { zoneConsumerNo } from './seed/generateZone';
import { protocolClient, type ProtocolClient } from './testing/protocolClient';
import { startTestGateway, TEST_AGENT, type TestGateway } from './testing/testGateway';

const NOW = new Date('2026-11-24T06:30:00Z');

describe('consumers’ complaints on the reference gateway', () => {
  let dir: string;
  let gateway: TestGateway;
  let client: ProtocolClient;
  let other: ProtocolClient;
  let sequence = 0;

  const complaint = (overrides: Partial<ComplaintRequest> = {}): ComplaintRequest => ({
    clientId: randomUUID(),
    localNo: `BPL-09-C${String((sequence += 1)).padStart(6, '0')}`,
    consumerNo: zoneConsumerNo(3),
    kind: 'PAYMENT_NOT_REFLECTED',
    text: 'Paid at this cabin on the 20th; the bill still shows it due.',
    checkCode: 'ABCDE23456',
    recordedAt: NOW.toISOString(),
    recordedBy: 'ravi.k',
    ...overrides,
  });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rokad-gateway-complaints-'));
    gateway = await startTestGateway(dir, { today: indiaDate(NOW), consumers: 10, now: () => NOW });
    const register = async (cabinCode: string, agent: string) => {
      gateway.store.ensureAgent(agent, agent);
      const registered = await protocolClient(gateway.url).register({ registrationCode: gateway.store.issueRegistrationCode(agent), cabinCode, deviceName: cabinCode });
      return protocolClient(gateway.url, registered.deviceToken);
    };
    client = await register('BPL-09', TEST_AGENT);
    other = await register('BPL-10', 'AGT-0002');
  });
  after(async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('numbers a complaint once, however often the cabin sends it', async () => {
    const sent = complaint();
    const first = await client.sendComplaint(sent);
    const again = await client.sendComplaint(sent);
    assert.deepEqual(again, first);
    assert.match(first.complaintNo, /^CMP-\d{6}$/);
    assert.equal(gateway.store.db.prepare('SELECT count(*) FROM complaints WHERE client_id = ?').pluck().get(sent.clientId), 1);
  });

  it('tells the cabin when the company closes it, with the company’s words, and tells no other agent anything', async () => {
    const sent = complaint({ kind: 'METER', text: 'The meter runs with the mains switched off.' });
    const { complaintNo } = await client.sendComplaint(sent);
    assert.deepEqual(
      gateway.store.complaints
        .open()
        .map((row) => row.complaint_no)
        .includes(complaintNo),
      true,
    );
    assert.equal((await client.complaintStatus([sent.clientId])).results[0]?.status, 'OPEN');
    gateway.store.complaints.close(complaintNo, 'Meter replaced on 25 November');
    assert.deepEqual((await client.complaintStatus([sent.clientId])).results[0], {
      clientId: sent.clientId,
      status: 'CLOSED',
      complaintNo,
      note: 'Meter replaced on 25 November',
      closedAt: NOW.toISOString(),
    });
    assert.equal((await other.complaintStatus([sent.clientId])).results[0]?.status, 'NOT_FOUND');
    assert.throws(() => gateway.store.complaints.close(complaintNo, null), /closed already/);
    assert.equal(
      gateway.store.complaints.open().some((row) => row.complaint_no === complaintNo),
      false,
    );
  });

  it('refuses a complaint with no words and records nothing', async () => {
    const before = gateway.store.db.prepare('SELECT count(*) FROM complaints').pluck().get();
    await assert.rejects(client.sendComplaint(complaint({ text: '   ' })), { status: 400, code: 'INVALID_REQUEST' });
    assert.equal(gateway.store.db.prepare('SELECT count(*) FROM complaints').pluck().get(), before);
  });

  it('shows the complaint on the public page by either number with its slip’s code, the name masked and the consumer’s words left out', async () => {
    const sent = complaint({ kind: 'SUPPLY', text: 'No supply since Tuesday night at house 14.' });
    const { complaintNo } = await client.sendComplaint(sent);
    for (const number of [complaintNo, sent.localNo]) {
      const page = await fetch(`${gateway.url}/r?n=${number}&c=ABCDE-23456&lang=en`);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.ok(html.includes('data-state="COMPLAINT_OPEN"'), number);
      assert.ok(html.includes('<h1>Complaint check</h1>'));
      assert.ok(html.includes(complaintNo) && html.includes('Supply'));
      assert.ok(!html.includes('house 14') && !html.includes(sent.consumerNo), 'no words, no consumer number');
      assert.match(html, /•••/);
    }
    gateway.store.complaints.close(complaintNo, 'Line repaired');
    const hindi = await (await fetch(`${gateway.url}/r?n=${complaintNo}&c=ABCDE23456&lang=hi`)).text();
    assert.ok(hindi.includes('बिजली कंपनी ने यह शिकायत बंद कर दी है।') && hindi.includes('Line repaired'));
    const wrongCode = await fetch(`${gateway.url}/r?n=${complaintNo}&c=ABCDE23457&lang=en`);
    assert.ok(!(await wrongCode.text()).includes('COMPLAINT_'), 'another code shows nothing of it');
  });
});
