import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDataDir } from '../testing/tempDataDir';
import { LOG_FILES_KEPT, LOG_FOLDER, openAppLog, rotateLogs } from './appLog';

describe('the log file in the data folder', () => {
  it('writes each line with its time and level to logs/rokad.log', () => {
    const folder = tempDataDir('rokad-log-');
    try {
      const log = openAppLog(folder.dir);
      log.info('Rokad 0.1.0 started');
      log.warn('receipts.print refused: PRINTER_OFFLINE');
      log.error('The sync worker exited (code 3); starting it again', new Error('worker died'));
      const text = readFileSync(log.file, 'utf8');
      assert.match(text, /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d\] \[info\]\s+Rokad 0\.1\.0 started$/m);
      assert.match(text, /\[warn\]\s+receipts\.print refused: PRINTER_OFFLINE/);
      assert.match(text, /\[error\] The sync worker exited \(code 3\); starting it again Error: worker died/);
    } finally {
      folder.remove();
    }
  });

  it('rotates into numbered files and keeps only the newest few', () => {
    const folder = tempDataDir('rokad-log-rotate-');
    try {
      const logs = join(folder.dir, LOG_FOLDER);
      mkdirSync(logs);
      for (let round = 1; round <= LOG_FILES_KEPT + 2; round += 1) {
        writeFileSync(join(logs, 'rokad.log'), `round ${round}`);
        rotateLogs(logs);
      }
      assert.equal(existsSync(join(logs, 'rokad.log')), false);
      assert.equal(readFileSync(join(logs, 'rokad.1.log'), 'utf8'), `round ${LOG_FILES_KEPT + 2}`);
      assert.equal(readFileSync(join(logs, `rokad.${LOG_FILES_KEPT - 1}.log`), 'utf8'), 'round 4');
      assert.equal(existsSync(join(logs, `rokad.${LOG_FILES_KEPT}.log`)), false);
    } finally {
      folder.remove();
    }
  });
});
