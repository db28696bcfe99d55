import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { dispatch } from '../../../shared/ipc/dispatch';
import { normalIndianMobile } from '../../../shared/mobile';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { paymentContact } from './paymentContacts';

describe('a mobile number given at the counter for the payment message', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => new Date('2026-11-24T06:30:00Z') });
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  const request = (consumerMobile?: string) => {
    const bill = services.bills.find('N3330008565')!;
    return {
      clientTxnId: randomUUID(),
      consumerNo: bill.consumerNo,
      billNumber: bill.billNumber,
      amountPaise: 124_550,
      tenderedPaise: 124_550,
      ...(consumerMobile ? { consumerMobile } : {}),
    };
  };
  const counts = () => services.db.prepare("SELECT (SELECT count(*) FROM ledger) || '/' || (SELECT count(*) FROM payment_contacts)").pluck().get();

  it('reads the ways people write a mobile number to its 10 digits, and nothing else', () => {
    for (const typed of ['9876543210', '98765 43210', '+91 98765-43210', '09876543210', '+919876543210']) assert.equal(normalIndianMobile(typed), '9876543210', typed);
    for (const typed of ['', '12345', '5876543210', '987654321', '98765432101', '+1 9876543210', '98765x3210']) assert.equal(normalIndianMobile(typed), null, typed);
  });

  it('keeps the number with the payment, in its transaction', async () => {
    const counter = openCounter(services);
    const payment = services.recordPayment(request('9876543210'), counter);
    assert.equal(paymentContact(services.db, payment.clientTxnId), '9876543210');
  });

  it('keeps none for a training payment, which is never uploaded', () => {
    const payment = services.recordPayment(request('9876543210'), { ...openCounter(services), training: true });
    assert.equal(paymentContact(services.db, payment.clientTxnId), null);
  });

  it('refuses a malformed number from the window with a clear message, and records nothing', async () => {
    openCounter(services);
    const core = createCore(services);
    const before = counts();
    const result = await dispatch(core, 'payments.record', request('12345'));
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.error.code === 'INVALID_INPUT' && /10 digits and starts with 6, 7, 8 or 9/.test(result.error.message), JSON.stringify(result));
    assert.equal(counts(), before);
  });
});
