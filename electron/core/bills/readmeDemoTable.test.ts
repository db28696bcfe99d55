import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { consumerNoFromScan } from './consumerNoFromScan';
import { demoBills } from './demoBills';
import { formatPaise } from '../../../shared/money';
import { DEFAULT_RULES } from '../../../gateway/gatewayStore';
import { generateZone } from '../../../gateway/seed/generateZone';

const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');

/** The rows of the README's table that follows `marker`: the first cell's code text, and the rest. */
function tableAfter(marker: string): Array<[string, string]> {
  const start = readme.indexOf(marker);
  assert.ok(start >= 0, `README has no "${marker}"`);
  const rows = readme
    .slice(start)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  const table: Array<[string, string]> = [];
  for (const line of readme.slice(start).split('\n').slice(1)) {
    if (table.length > 0 && !line.startsWith('|')) break;
    if (rows.includes(line)) table.push([/`([^`]+)`/.exec(line)?.[1] ?? '', line]);
  }
  return table;
}

describe("the README's demo tables name bills that exist", () => {
  it('the offline demo: every number is one of the four demo bills, with its amount', () => {
    const bills = demoBills('2026-12-02');
    for (const [consumerNo, line] of tableAfter('A plain `npm start` works offline')) {
      const bill = bills.find((b) => b.consumerNo === consumerNo);
      assert.ok(bill, `${consumerNo} is not a demo bill`);
      assert.ok(line.includes(formatPaise(bill.amountByDuePaise)) || line.includes(formatPaise(bill.amountAfterDuePaise)), line);
    }
  });

  it('`npm run demo`: every number (or QR text) leads to a consumer of the generated zone, with the amount it shows', () => {
    const zone = [...generateZone({ consumers: 3000, today: '2026-12-02' })];
    const table = tableAfter('`npm run demo` serves a generated zone');
    assert.ok(table.length >= 4);
    for (const [scanned, line] of table) {
      const bill = zone.find((b) => b.consumerNo === consumerNoFromScan(scanned, DEFAULT_RULES.scanPattern));
      assert.ok(bill, `${scanned} is not in the demo zone`);
      assert.ok(line.includes(bill.consumerName.split(' / ')[1] ?? '') || !/[A-Z][a-z]+ [A-Z]/.test(line), line);
    }
  });
});
