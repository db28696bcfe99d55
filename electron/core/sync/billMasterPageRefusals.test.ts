import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateZone } from '../../../gateway/seed/generateZone';
import { isBillMasterPage, isBillMasterRowsPage } from '../../../shared/gateway/billMasterPageCheck';
import { BILL_COLUMNS } from '../../../shared/gateway/billMasterRules';
import { billMasterPageSchema, billMasterRowsPageSchema, type BillMasterPage, type GatewayBill } from '../../../shared/gateway/schemas';
import { pullState } from '../bills/billMasterFile';
import { createServices, type Services } from '../createServices';
import { tempDataDir } from '../testing/tempDataDir';
import { createGatewayClient, GatewayError } from './gatewayClient';
import { emptySyncReport, pullBillMaster } from './syncCycle';

const NOW = new Date('2026-11-24T06:30:00Z');
const [saved, good, other] = [...generateZone({ consumers: 3, today: '2026-11-24' })] as [GatewayBill, GatewayBill, GatewayBill];

const page = (fields: Partial<Record<keyof BillMasterPage, unknown>>) => ({ bills: [good], removed: [], nextCursor: '9', hasMore: false, remaining: 0, ...fields });
/** A page whose second bill has `fields` changed: its first, well-formed bill must not be saved either. */
const secondBill = (fields: Record<string, unknown>) => page({ bills: [good, { ...other, ...fields }] });
const { consumerName: _dropped, ...nameless } = other;

/** Each bad page, and the words of the refusal that say what is wrong in it. */
const badPages: Array<[string, unknown, RegExp]> = [
  ['an amount sent as text', secondBill({ amountByDuePaise: '124550' }), /at bills\.1\.amountByDuePaise/],
  ['negative arrears', secondBill({ arrearsPaise: -100 }), /at bills\.1\.arrearsPaise/],
  ['a fraction of a paisa', secondBill({ amountAfterDuePaise: 100.5 }), /at bills\.1\.amountAfterDuePaise/],
  ['an amount past the safe integers', secondBill({ amountByDuePaise: 2 ** 53 }), /at bills\.1\.amountByDuePaise/],
  ['an amount that is not a number at all', secondBill({ arrearsPaise: null }), /at bills\.1\.arrearsPaise/],
  ['a bill without a name', page({ bills: [good, nameless] }), /at bills\.1\.consumerName/],
  ['an empty name', secondBill({ consumerName: '' }), /at bills\.1\.consumerName/],
  ['a name of 201 letters', secondBill({ consumerName: 'क'.repeat(201) }), /at bills\.1\.consumerName/],
  ['an address of 301 letters', secondBill({ address: 'x'.repeat(301) }), /at bills\.1\.address/],
  ['a consumer number in small letters', secondBill({ consumerNo: 'bpl0001234' }), /at bills\.1\.consumerNo/],
  ['a consumer number too short', secondBill({ consumerNo: 'AB12' }), /at bills\.1\.consumerNo/],
  ['a mobile of nine digits', secondBill({ mobile: '987654321' }), /at bills\.1\.mobile/],
  ['a bill month in words', secondBill({ billMonth: 'Nov 2026' }), /at bills\.1\.billMonth/],
  ['a bill date that does not exist', secondBill({ billDate: '2026-02-30' }), /at bills\.1\.billDate/],
  ['no due date', secondBill({ dueDate: null }), /at bills\.1\.dueDate/],
  ['an empty bill number', secondBill({ billNumber: '' }), /at bills\.1\.billNumber/],
  ['a bill that is not an object', page({ bills: [good, 'BPL0001234'] }), /at bills\.1/],
  ['bills that are not a list', page({ bills: { 0: good } }), /at bills/],
  ['a removed consumer number that is not one', page({ removed: ['bpl-1'] }), /at removed\.0/],
  ['a cursor that is not a number', page({ nextCursor: 'abc' }), /at nextCursor/],
  ['no word on whether more pages follow', page({ hasMore: undefined }), /at hasMore/],
  ['a negative count of changes to come', page({ remaining: -1 }), /at remaining/],
  ['the same consumer twice', page({ bills: [good, { ...good, consumerName: 'Someone Else' }] }), /listed twice/],
  ['a consumer both kept and removed', page({ removed: [good.consumerNo] }), /listed twice/],
  ['a list instead of a page', [good], /at the top/],
];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The same page as the cabin asks for it, each bill a row in BILL_COLUMNS order: a bad field stays bad, a missing one becomes null. */
const asRowsPage = (body: unknown): unknown => {
  if (!isRecord(body)) return body;
  const { bills, ...rest } = body;
  const rows = Array.isArray(bills) ? bills.map((bill) => (isRecord(bill) ? BILL_COLUMNS.map((column) => bill[column] ?? null) : bill)) : bills;
  return { columns: [...BILL_COLUMNS], rows, ...rest };
};
/** Where a refusal of the rows page points: `bills.1.mobile` is `rows.1.3`. */
const inRows = (says: RegExp) =>
  new RegExp(
    says.source
      .replace(/bills\\\.(\d)\\\.(\w+)/, (_match, at: string, field: string) => `rows\\.${at}\\.${BILL_COLUMNS.indexOf(field as (typeof BILL_COLUMNS)[number])}`)
      .replace('bills', 'rows'),
  );
const goodRow = BILL_COLUMNS.map((column) => good[column]);

/** The bad pages only the rows format can have. */
const badRowsPages: Array<[string, unknown, RegExp]> = [
  ['columns in another order', { ...(asRowsPage(page({})) as object), columns: [...BILL_COLUMNS].reverse() }, /columns are not consumerNo, consumerName.+at columns/],
  ['a column missing', { ...(asRowsPage(page({})) as object), columns: BILL_COLUMNS.slice(1) }, /at columns/],
  ['a row with a field too many', { ...(asRowsPage(page({})) as object), rows: [[...goodRow, 'extra']] }, /at rows\.0/],
  ['a row with a field too few', { ...(asRowsPage(page({})) as object), rows: [goodRow.slice(0, -1)] }, /at rows\.0/],
  ['bills by name where rows are asked for', page({}), /at (columns|rows)/],
];

describe('a bill master page the cabin cannot trust is refused whole, and says why', () => {
  const folder = tempDataDir('rokad-bill-master-refusals-');
  let services: Services;
  const pullFrom = (body: string) => {
    const client = createGatewayClient({
      baseUrl: 'http://127.0.0.1:1',
      deviceToken: 't',
      fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
    });
    return pullBillMaster({ db: services.db, billMaster: services.billMaster, bills: services.bills, client, now: () => NOW }, emptySyncReport());
  };
  const kept = () => ({ bills: services.billMaster.prepare('SELECT consumer_no FROM bills').pluck().all(), ...pullState(services.billMaster) });

  before(async () => {
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: () => NOW });
    await pullFrom(JSON.stringify(asRowsPage(page({ bills: [saved], nextCursor: '1', remaining: 2 }))));
  });
  after(() => {
    services.close();
    folder.remove();
  });

  const refusesWhole = async (body: unknown, says: RegExp) => {
    const before = kept();
    assert.equal(isBillMasterRowsPage(body), false, 'the hand check lets it through');
    assert.equal(billMasterRowsPageSchema.safeParse(body).success, false, 'the schema lets it through');
    await assert.rejects(
      pullFrom(JSON.stringify(body)),
      (error: unknown) =>
        error instanceof GatewayError &&
        error.code === 'GATEWAY_MALFORMED' &&
        error.transient &&
        /^The gateway sent an answer Rokad cannot read \(.+\)\. Nothing was changed; it will be asked again\.$/.test(error.message) &&
        says.test(error.message),
    );
    assert.deepEqual(kept(), before);
  };

  for (const [what, body, says] of badPages) {
    it(`refuses ${what}, as rows and as bills by name`, async () => {
      assert.equal(isBillMasterPage(body), false, 'the hand check of bills by name lets it through');
      assert.equal(billMasterPageSchema.safeParse(body).success, false, 'the schema of bills by name lets it through');
      await refusesWhole(asRowsPage(body), inRows(says));
    });
  }

  for (const [what, body, says] of badRowsPages) it(`refuses ${what}`, () => refusesWhole(body, says));

  it('refuses a page followed by garbage as unreadable', async () => {
    const before = kept();
    await assert.rejects(pullFrom(`${JSON.stringify(asRowsPage(page({})))} trailing`), /not readable JSON/);
    assert.deepEqual(kept(), before);
  });

  it('takes a well-formed page by the hand check alone, as the schema would read it', async () => {
    const byName = page({ bills: [good, other], removed: [saved.consumerNo], nextCursor: '3' });
    assert.equal(isBillMasterPage(byName), true);
    assert.ok(billMasterPageSchema.safeParse(byName).success);
    const body = asRowsPage(byName);
    assert.equal(isBillMasterRowsPage(body), true);
    assert.ok(billMasterRowsPageSchema.safeParse(body).success);
    await pullFrom(JSON.stringify(body));
    assert.deepEqual(kept(), { bills: [good.consumerNo, other.consumerNo], cursor: '3', syncedAt: NOW.toISOString() });
    const { mobile, ...withoutMobile } = other;
    assert.deepEqual(services.bills.find(other.consumerNo), mobile ? other : withoutMobile);
  });
});
