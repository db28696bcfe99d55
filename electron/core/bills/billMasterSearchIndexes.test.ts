import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { generateZone } from '../../../gateway/seed/generateZone';
import { BILL_COLUMNS } from '../../../shared/gateway/billMasterRules';
import type { BillMasterRow, GatewayBill } from '../../../shared/gateway/schemas';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { tempDataDir } from '../testing/tempDataDir';
import { openBillMaster, pullState, saveBillMasterPage } from './billMasterFile';
import { createBillStore, type BillStore } from './billStore';

const NOW = new Date('2026-11-24T06:30:00Z');
const ZONE = [...generateZone({ consumers: 1_500, today: '2026-11-24' })];
const PAGE = 200;
const NAMES = ['Sharma', 'Verma', 'Khan', 'Patel', 'Tiwari', 'रमेश', 'Qureshi', 'Sunita', 'Kushwaha', 'अंजलि', 'ram', 'Zorawar', 'Qadri'];
const MOBILES = ZONE.filter((bill) => bill.mobile)
  .slice(0, 40)
  .map((bill) => bill.mobile);

/** What a person finds by each name and mobile, every match and not just the first twenty. */
const findings = (bills: BillStore) =>
  [...NAMES, ...MOBILES].map((text) =>
    bills
      .search(text, 10_000)
      .map((bill) => bill.consumerNo)
      .sort(),
  );

/** FTS5's own check that the name index holds exactly the names in the bills table. */
const nameIndexIntact = (db: Db) => db.exec("INSERT INTO bills_by_name (bills_by_name) VALUES ('integrity-check')");

const searchSchema = (db: Db) =>
  db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'bills' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name").pluck().all();

describe('the bill master search indexes, built in one step after a pull from the start', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let files: Db[];
  const open = (name: string) => {
    const db = openBillMaster(join(folder.dir, name));
    files.push(db);
    return { db, bills: createBillStore(db) };
  };
  /** Saves the changes as pages of the gateway's bill master, the last page closing the pull. */
  const pull = (file: { db: Db; bills: BillStore }, bills: GatewayBill[], options: { removed?: string[]; closes?: boolean } = {}) => {
    for (let start = 0; start < bills.length; start += PAGE) {
      const last = start + PAGE >= bills.length;
      const page = {
        columns: [...BILL_COLUMNS],
        rows: bills.slice(start, start + PAGE).map((bill) => BILL_COLUMNS.map((column) => bill[column]) as BillMasterRow),
        removed: last ? (options.removed ?? []) : [],
        nextCursor: String(Number(pullState(file.db).cursor || 0) + PAGE),
        hasMore: !last || options.closes === false,
      };
      saveBillMasterPage(file.db, file.bills, page, NOW);
    }
  };
  /** The same bills kept row by row: the triggers and the mobile index as the schema made them. */
  const rowByRow = () => {
    const file = open('row-by-row.sqlite');
    file.bills.save(ZONE);
    return file;
  };

  beforeEach(() => {
    folder = tempDataDir('rokad-bill-search-');
    files = [];
  });
  afterEach(() => {
    for (const db of files) db.close();
    folder.remove();
  });

  it('finds the same bills by name and mobile as an index kept row by row', () => {
    const pulled = open('pulled.sqlite');
    const schema = searchSchema(pulled.db);
    pull(pulled, ZONE);
    nameIndexIntact(pulled.db);
    assert.deepEqual(searchSchema(pulled.db), schema, 'the triggers and the mobile index are back');
    assert.deepEqual(findings(pulled.bills), findings(rowByRow().bills));
    assert.ok(findings(pulled.bills).every((found, i) => found.length > 0 || ['Zorawar', 'Qadri'].includes(NAMES[i]!)));
  });

  it('keeps the indexes row by row once the pull is done, through renames and removals', () => {
    const pulled = open('pulled.sqlite');
    const reference = rowByRow();
    pull(pulled, ZONE);
    const renamed = ZONE.slice(100, 140).map((bill, i) => ({ ...bill, consumerName: i % 2 ? 'Zorawar Qadri' : 'ज़ोरावर क़ादरी', mobile: '' }));
    const removed = ZONE.slice(600, 620).map((bill) => bill.consumerNo);
    pull(pulled, renamed, { removed });
    reference.bills.save(renamed);
    reference.bills.remove(removed);
    nameIndexIntact(pulled.db);
    assert.deepEqual(findings(pulled.bills), findings(reference.bills));
    assert.equal(pulled.bills.search('Zorawar', 100).length, 20);
  });

  it('leaves a pull cut off half way looking unfinished, and the resumed pull with whole indexes', () => {
    const cutOff = open('cut-off.sqlite');
    pull(cutOff, ZONE.slice(0, 800), { closes: false });
    cutOff.db.close();

    const reopened = open('cut-off.sqlite');
    assert.deepEqual(pullState(reopened.db), { cursor: '800', syncedAt: null }, 'not taken for a complete bill master');
    assert.equal(reopened.bills.count(), 800);
    assert.equal(reopened.bills.search(MOBILES[3]!).length, 1, 'a mobile is found without its index');
    pull(reopened, ZONE.slice(800));
    assert.equal(pullState(reopened.db).syncedAt, NOW.toISOString());
    nameIndexIntact(reopened.db);
    assert.deepEqual(findings(reopened.bills), findings(rowByRow().bills));
  });
});
