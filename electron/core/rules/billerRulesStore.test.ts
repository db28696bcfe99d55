import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { defaultBillerRules } from '../../../shared/amountRules';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { openLedger } from '../db/openLedger';
import { tempDataDir } from '../testing/tempDataDir';
import { readBillerRules, saveBillerRules } from './billerRulesStore';

describe('the biller rules in force', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let counter: Db;
  let syncWorker: Db;
  beforeEach(() => {
    folder = tempDataDir();
    counter = openLedger(join(folder.dir, 'ledger.sqlite'));
    syncWorker = openLedger(join(folder.dir, 'ledger.sqlite'));
  });
  afterEach(() => {
    counter.close();
    syncWorker.close();
    folder.remove();
  });

  it('are the defaults until a set is saved', () => {
    assert.deepEqual(readBillerRules(counter), defaultBillerRules);
  });

  it('are each new set the sync worker saves from its own connection, at the next read', () => {
    const first = { exactness: 'EXACT_AND_ABOVE', minPaise: 100, maxPaise: 200_000, dailyLimitPaise: 300_000 } as const;
    saveBillerRules(syncWorker, first);
    assert.deepEqual(readBillerRules(counter), first);
    assert.deepEqual(readBillerRules(counter), first);
    const second = { ...first, exactness: 'EXACT', maxPaise: 100_000 } as const;
    saveBillerRules(syncWorker, second);
    assert.deepEqual(readBillerRules(counter), second);
  });

  it('fall back to the defaults when the stored set no longer passes the schema', () => {
    syncWorker.prepare("INSERT INTO settings (key, value) VALUES ('biller_rules', ?)").run(JSON.stringify({ exactness: 'EXACT', minPaise: 500, maxPaise: 100 }));
    assert.deepEqual(readBillerRules(counter), defaultBillerRules);
  });
});
