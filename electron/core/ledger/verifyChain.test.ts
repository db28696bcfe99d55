import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createServices, type Services } from '../createServices';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { verifyChain } from './verifyChain';

/** Someone with the file and a SQLite shell can drop the triggers; the chain must still tell. */
function tamper(services: Services, sql: string): void {
  services.db.exec('DROP TRIGGER ledger_is_append_only_update; DROP TRIGGER ledger_is_append_only_delete;');
  services.db.exec(sql);
}

describe('verifyChain', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => new Date('2026-11-24T06:30:00Z') });
    const counter = openCounter(services);
    for (let i = 0; i < 4; i += 1) {
      const request = { clientTxnId: randomUUID(), consumerNo: 'N3330008565', billNumber: 'B2611-000451', amountPaise: 124_550, tenderedPaise: 124_550 };
      services.recordPayment({ ...request, confirmRepeat: true }, counter);
    }
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('passes an untouched ledger and names its head hash', () => {
    const report = verifyChain(services.db);
    assert.ok(report.ok);
    assert.equal(report.rows, 4);
    assert.match(report.headHash, /^[0-9a-f]{64}$/);
  });

  it('finds a changed amount', () => {
    tamper(services, 'UPDATE ledger SET amount_paise = 100, tendered_paise = 100 WHERE seq = 2');
    assert.deepEqual(verifyChain(services.db), { ok: false, rows: 1, seq: 2, problem: 'its contents do not match its hash' });
  });

  it('finds a deleted row', () => {
    tamper(services, 'DELETE FROM ledger WHERE seq = 3');
    const report = verifyChain(services.db);
    assert.equal(report.ok, false);
    assert.equal(!report.ok && report.seq, 4);
  });

  it('finds a broken link between two rows', () => {
    tamper(services, "UPDATE ledger SET prev_hash = 'x' WHERE seq = 2");
    const report = verifyChain(services.db);
    assert.equal(!report.ok && report.problem, 'its previous-hash does not match the row before it');
  });
});
