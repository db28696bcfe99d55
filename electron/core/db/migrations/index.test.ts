import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { verifyChain } from '../../ledger/verifyChain';
import { appendRows, ledgerRows, openLedgerAt, payment, seedPeopleAndShift, voidOf } from '../../testing/ledgerAtVersion';
import { tempDataDir } from '../../testing/tempDataDir';
import { checkMigrationChain, type Migration } from '../../../../shared/node/sqlite/migrate';
import { openLedger } from '../openLedger';
import { ledgerMigrations } from './index';

const STEP_FILE = /^(\d{4})-[a-z0-9-]+\.ts$/;

describe('the ledger migrations', () => {
  it('are numbered 1…n, one file per step named for its number, each with its test, all in the index in order', async () => {
    checkMigrationChain(ledgerMigrations);
    const files = readdirSync(import.meta.dirname);
    const steps = files.filter((name) => STEP_FILE.test(name) && !name.endsWith('.test.ts')).sort();
    const fromFiles = await Promise.all(
      steps.map(async (name) => {
        const exported = Object.values(await import(join(import.meta.dirname, name))) as Migration[];
        assert.equal(exported.length, 1, `${name} exports one migration`);
        assert.equal(exported[0]!.version, Number(STEP_FILE.exec(name)![1]), `${name} carries its file's number`);
        assert.ok(files.includes(name.replace(/\.ts$/, '.test.ts')), `${name} has its test`);
        return exported[0]!;
      }),
    );
    assert.deepEqual(ledgerMigrations, fromFiles);
  });

  it('take a ledger of the first version through every step to this one, keeping its rows and its chain', () => {
    const folder = tempDataDir();
    const file = join(folder.dir, 'ledger.sqlite');
    try {
      const first = openLedgerAt(file, 1);
      seedPeopleAndShift(first);
      const rows = appendRows(first, [payment(1, 10_000), payment(2, 25_050), voidOf(3, 1, 10_000, 'Wrong consumer')]);
      first.close();
      const db = openLedger(file);
      assert.deepEqual(ledgerRows(db), rows);
      assert.deepEqual(verifyChain(db), { ok: true, rows: 3, headHash: rows.at(-1)!.hash });
      db.close();
    } finally {
      folder.remove();
    }
  });
});
