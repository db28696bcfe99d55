import { Worker } from 'node:worker_threads';
import { sqliteBinding } from '../../../shared/node/sqlite/database';
import type { Services } from '../createServices';
import type { SyncReport } from './syncCycle';
import type { SyncWorkerData, SyncWorkerReply, SyncWorkerRequest } from './syncWorker';

export interface StartSyncOptions {
  /** The built electron/workers/sync.worker file (main passes its path beside index.js). */
  workerFile: string;
  intervalMs?: number;
}

/**
 * Starts the sync worker thread on this data folder's database and routes `sync.now` to it.
 * The worker has its own SQLite connection; WAL and the busy timeout let it write beside main.
 */
export function startSync(services: Services, options: StartSyncOptions): { stop: () => Promise<void> } {
  const workerData: SyncWorkerData = {
    dbFile: services.db.name,
    intervalMs: options.intervalMs ?? 30_000,
    deviceToken: services.deviceToken.load(),
    sqliteBinding: sqliteBinding(),
  };
  const worker = new Worker(options.workerFile, { workerData });
  services.deviceToken.onSaved((token) => worker.postMessage({ type: 'deviceToken', token } satisfies SyncWorkerRequest));
  const waiting = new Map<number, (report: SyncReport) => void>();
  let nextId = 1;
  worker.on('message', (reply: SyncWorkerReply) => {
    if (reply.type === 'report') {
      waiting.get(reply.id)?.(reply.report);
      waiting.delete(reply.id);
    }
  });
  worker.on('error', (error) => console.error('The sync worker stopped with an error', error));
  services.sync.runNow = () =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ type: 'syncNow', id } satisfies SyncWorkerRequest);
    });
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage({ type: 'stop' } satisfies SyncWorkerRequest);
      }),
  };
}
