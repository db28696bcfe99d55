import { dirname, join } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { BILL_MASTER_FILE, openBillMaster } from '../bills/billMasterFile';
import { useSqliteBinding } from '../../../shared/node/sqlite/database';
import { createBillStore } from '../bills/billStore';
import { openLedger } from '../db/openLedger';
import { uploadRound } from './uploadRound';
import { clientFromSettings, emptySyncReport, NOT_REGISTERED_MESSAGE, syncOnce, type SyncReport } from './syncCycle';

export interface SyncWorkerData {
  dbFile: string;
  intervalMs: number;
  /** From main, which alone can open a sealed token; null until the folder is registered. */
  deviceToken: string | null;
  /** The better-sqlite3 build main loads (Electron's own); undefined for the package's. */
  sqliteBinding?: string | undefined;
}

export type SyncWorkerRequest = { type: 'syncNow'; id: number } | { type: 'uploadNow'; id: number } | { type: 'deviceToken'; token: string } | { type: 'stop' };
export type SyncWorkerReply = { type: 'report'; id: number; report: SyncReport } | { type: 'round'; report: SyncReport } | { type: 'stopped' };

/**
 * The sync loop of the worker thread, on its own SQLite connection: a round every `intervalMs`,
 * and one at once on request. Rounds never overlap. The gateway address is read from the
 * settings each round and main sends the token of a new registration, so registering in the
 * window takes effect without a restart.
 */
export function runSyncWorker(port: Pick<MessagePort, 'on' | 'postMessage' | 'close'>, data: SyncWorkerData): void {
  useSqliteBinding(data.sqliteBinding);
  const db = openLedger(data.dbFile);
  const billMaster = openBillMaster(join(dirname(data.dbFile), BILL_MASTER_FILE));
  const bills = createBillStore(billMaster);
  let running: Promise<SyncReport> = Promise.resolve(emptySyncReport(NOT_REGISTERED_MESSAGE));
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let deviceToken = data.deviceToken;

  const round = (run: typeof syncOnce = syncOnce): Promise<SyncReport> => {
    running = running.then(() => {
      const client = clientFromSettings(db, deviceToken);
      return client ? run({ db, billMaster, bills, client, now: () => new Date() }) : emptySyncReport(NOT_REGISTERED_MESSAGE);
    });
    // Every round, asked for or on the timer, so main can log the ones that fail.
    void running.then((report) => port.postMessage({ type: 'round', report } satisfies SyncWorkerReply));
    return running;
  };
  const schedule = () => {
    timer = setTimeout(() => {
      void round().finally(() => {
        if (!stopped) schedule();
      });
    }, data.intervalMs);
  };

  port.on('message', (message: SyncWorkerRequest) => {
    if (message.type === 'syncNow' || message.type === 'uploadNow') {
      void round(message.type === 'uploadNow' ? uploadRound : syncOnce).then((report) => port.postMessage({ type: 'report', id: message.id, report } satisfies SyncWorkerReply));
    } else if (message.type === 'deviceToken') {
      deviceToken = message.token;
    } else {
      stopped = true;
      clearTimeout(timer);
      void running.finally(() => {
        billMaster.close();
        db.close();
        port.postMessage({ type: 'stopped' } satisfies SyncWorkerReply);
        port.close();
      });
    }
  });
  schedule();
  void round();
}
