import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createServices, type Services } from '../createServices';
import { openCounter } from '../testing/seedCounter';
import { payBills, saveBills, settableClock } from '../testing/seedPayments';
import { tempDataDir } from '../testing/tempDataDir';
import { findReceipts } from './findReceipts';

describe('finding a receipt by what the consumer can say', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  const find = (text: string) => findReceipts(services.db, text, services.payments.isVoided).map((payment) => payment.receiptNo);

  before(() => {
    folder = tempDataDir();
    const clock = settableClock('2026-11-24T04:00:00Z');
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now });
    const counter = openCounter(services);
    // Twelve bills, the second paid twice: receipts BPL-07-000001 to BPL-07-000013.
    const bills = saveBills(services, 12, (i) => (i === 3 ? 41_000 : 10_000 + i * 100));
    payBills(services, counter, bills, clock, (i) => `2026-11-24T${String(4 + i).padStart(2, '0')}:00:00Z`);
    clock.set('2026-11-24T17:00:00Z');
    const again = bills[1]!;
    services.recordPayment(
      {
        clientTxnId: randomUUID(),
        consumerNo: again.consumerNo,
        billNumber: again.billNumber,
        amountPaise: again.amountByDuePaise,
        tenderedPaise: again.amountByDuePaise,
        confirmRepeat: true,
      },
      counter,
    );
  });
  after(() => {
    services.close();
    folder.remove();
  });

  it('a whole receipt number, in any case, finds that receipt alone, not the ones it is part of', () => {
    assert.deepEqual(find('BPL-07-000001'), ['BPL-07-000001']);
    assert.deepEqual(find(' bpl-07-000012 '), ['BPL-07-000012']);
  });

  it('a whole consumer number finds every payment of that consumer, newest first', () => {
    assert.deepEqual(find('n5000000001'), ['BPL-07-000013', 'BPL-07-000002']);
  });

  it('a part of a receipt number, a name or an amount is looked for among all payments, newest first', () => {
    assert.deepEqual(find('00001'), ['BPL-07-000013', 'BPL-07-000012', 'BPL-07-000011', 'BPL-07-000010', 'BPL-07-000001']);
    assert.deepEqual(find('mohan lal 11'), ['BPL-07-000012']);
    assert.deepEqual(find('410'), ['BPL-07-000004']);
    assert.deepEqual(find('4,10.00'), ['BPL-07-000004']);
  });

  it('a receipt nobody paid, or a pattern character, finds nothing', () => {
    assert.deepEqual(find('BPL-07-999999'), []);
    assert.deepEqual(find('%'), []);
    assert.deepEqual(find('_'), []);
  });
});
