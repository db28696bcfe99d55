import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { openLedger } from '../db/openLedger';
import { LEDGER_FILE } from '../createServices';
import { ledgerRowsInFileAlone } from '../testing/ledgerFileAlone';
import { tempDataDir } from '../testing/tempDataDir';
import { verifyChain } from './verifyChain';

/** Starts the fixture, SIGKILLs it as soon as it has reported `count` receipts, returns them. */
function recordThenKill(dataDir: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'recordUntilKilled.fixture.ts'), dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const reported: string[] = [];
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^RECORDED (\S+)$/.exec(line);
        if (match?.[1] && reported.length < count) reported.push(match[1]);
      }
      if (reported.length >= count) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL' && reported.length >= count) resolve(reported);
      else reject(new Error(`the child ended with ${signal ?? 'no signal'} after ${reported.length} receipts`));
    });
  });
}

describe('durability', () => {
  let folder: ReturnType<typeof tempDataDir>;
  beforeEach(() => (folder = tempDataDir()));
  afterEach(() => folder.remove());

  it('keeps every payment whose call returned, with an intact chain, when the process is killed mid-stream', async () => {
    const reported = await recordThenKill(folder.dir, 25);
    // The stream never went quiet and stayed far below the WAL's bound: the payments were in the WAL alone when the process died.
    assert.ok(ledgerRowsInFileAlone(join(folder.dir, LEDGER_FILE)) < reported.length);

    const db = openLedger(join(folder.dir, LEDGER_FILE));
    const stored = new Set(db.prepare('SELECT receipt_no FROM ledger').pluck().all() as string[]);
    for (const receiptNo of reported) assert.ok(stored.has(receiptNo), `${receiptNo} was reported recorded but is missing`);
    const report = verifyChain(db);
    assert.ok(report.ok, JSON.stringify(report));
    assert.ok(report.rows >= reported.length);
    db.close();
  });
});
