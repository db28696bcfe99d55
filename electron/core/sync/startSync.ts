import { Worker } from 'node:worker_threads';
import { sqliteBinding } from '../../../shared/node/sqlite/database';
import type { Services } from '../createServices';
import { roundOutcomeLog } from './roundOutcomeLog';
import { emptySyncReport, type SyncReport } from './syncCycle';
import type { SyncWorkerData, SyncWorkerReply, SyncWorkerRequest } from './syncWorker';

export interface StartSyncOptions {
  /** The built electron/workers/sync.worker file (main passes its path beside index.js). */
  workerFile: string;
  intervalMs?: number;
  /** Where the worker's troubles and the rounds that fail go: main passes its log file. */
  log?: (level: 'info' | 'warn' | 'error', text: string, error?: unknown) => void;
}

export const WORKER_RESTARTED_MESSAGE = 'The sync worker stopped and was started again; this round did not run. Try again.';

/**
 * Starts the sync worker thread on this data folder's database and routes `sync.now` to it.
 * The worker has its own SQLite connection; WAL and the busy timeout let it write beside main.
 * A worker that dies is started again, and every `sync.now` it left unanswered is answered.
 */
export function startSync(services: Services, options: StartSyncOptions): { stop: () => Promise<void> } {
  const log = options.log ?? ((_level, text, error) => console.error(text, error ?? ''));
  const waiting = new Map<number, (report: SyncReport) => void>();
  let nextId = 1;
  let stopping = false;
  let worker: Worker;
  const logRound = roundOutcomeLog(log);

  const spawn = () => {
    const workerData: SyncWorkerData = {
      dbFile: services.db.name,
      intervalMs: options.intervalMs ?? 30_000,
      deviceToken: services.deviceToken.load(),
      sqliteBinding: sqliteBinding(),
    };
    worker = new Worker(options.workerFile, { workerData });
    worker.on('message', (reply: SyncWorkerReply) => {
      if (reply.type === 'round') logRound(reply.report);
      if (reply.type === 'report') {
        waiting.get(reply.id)?.(reply.report);
        waiting.delete(reply.id);
      }
    });
    worker.on('error', (error) => log('error', 'The sync worker stopped with an error', error));
    worker.on('exit', (code) => {
      if (stopping) return;
      log('error', `The sync worker exited (code ${code}); starting it again`);
      for (const [id, answer] of waiting) {
        waiting.delete(id);
        answer(emptySyncReport(WORKER_RESTARTED_MESSAGE));
      }
      spawn();
    });
  };
  spawn();
  services.deviceToken.onSaved((token) => worker.postMessage({ type: 'deviceToken', token } satisfies SyncWorkerRequest));
  const ask = (type: 'syncNow' | 'uploadNow') =>
    new Promise<SyncReport>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ type, id } satisfies SyncWorkerRequest);
    });
  services.sync.runNow = () => ask('syncNow');
  services.sync.uploadNow = () => ask('uploadNow');
  return {
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        worker.once('exit', () => resolve());
        worker.postMessage({ type: 'stop' } satisfies SyncWorkerRequest);
      }),
  };
}
