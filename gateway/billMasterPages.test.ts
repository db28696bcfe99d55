import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BILL_COLUMNS } from '../shared/gateway/billMasterRules';
import type { GatewayBill } from '../shared/gateway/schemas';
import { toGatewayBill, type GatewayBillRow } from './db/gatewayBillRow';
import { zoneConsumerNo } from './seed/generateZone';
import { Refusal, registeredCabinClient, type ProtocolClient } from './testing/protocolClient';
import { startTestGateway, type TestGateway } from './testing/testGateway';

describe('the gateway’s bill master pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rokad-bill-master-pages-'));
  let gateway: TestGateway;
  let client: ProtocolClient;
  const setColumn = (column: string, value: unknown, consumerNo: string) => gateway.store.db.prepare(`UPDATE bills SET ${column} = ? WHERE consumer_no = ?`).run(value, consumerNo);

  before(async () => {
    gateway = await startTestGateway(dir, { today: '2026-11-24', consumers: 250 });
    client = await registeredCabinClient(gateway);
  });
  after(async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Each format's pages, as the bills they carry: rows for the cabins that ask /v2, bills by name for the older ones. */
  const formats = {
    'as rows': async (cursor: string, limit: number) => {
      const page = await client.billMasterRows(cursor, limit);
      assert.deepEqual(page.columns, BILL_COLUMNS);
      return { ...page, bills: page.rows.map((row) => Object.fromEntries(BILL_COLUMNS.map((column, at) => [column, row[at]])) as GatewayBill) };
    },
    'as bills by name, to an older cabin': (cursor: string, limit: number) => client.billMaster(cursor, limit),
  };

  for (const [format, pageOf] of Object.entries(formats)) {
    it(`carries every bill as it is stored, in the order of its changes, with the count still to come, ${format}`, async () => {
      const stored = (gateway.store.db.prepare('SELECT * FROM bills ORDER BY version').all() as GatewayBillRow[]).map(toGatewayBill);
      const served = [];
      let cursor = '';
      for (;;) {
        const page = await pageOf(cursor, 60);
        served.push(...page.bills);
        assert.equal(page.remaining, stored.length - served.length);
        cursor = page.nextCursor;
        if (!page.hasMore) break;
      }
      assert.deepEqual(served, stored);
    });
  }

  // A gateway fed by hand (its tables edited outside the store) can hold what the protocol cannot carry: it answers an internal error rather than pass it on.
  for (const [column, value] of [
    ['consumer_name', ''],
    ['mobile', '98765'],
    ['bill_month', 'Nov 2026'],
    ['due_date', '2026-02-30'],
  ] as const) {
    it(`does not serve a page holding a bill with a ${column} of "${value}"`, async () => {
      const consumerNo = zoneConsumerNo(3);
      const before = gateway.store.db.prepare(`SELECT ${column} FROM bills WHERE consumer_no = ?`).pluck().get(consumerNo);
      const quiet = console.error;
      console.error = () => undefined;
      try {
        setColumn(column, value, consumerNo);
        for (const pageOf of Object.values(formats)) {
          await assert.rejects(pageOf('', 60), (error: unknown) => error instanceof Refusal && error.status === 500 && error.code === 'INTERNAL');
        }
      } finally {
        console.error = quiet;
        setColumn(column, before, consumerNo);
      }
      for (const pageOf of Object.values(formats)) assert.equal((await pageOf('', 60)).bills.length, 60);
    });
  }
});
