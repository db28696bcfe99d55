import { parentPort, workerData } from 'node:worker_threads';
import { runSyncWorker, type SyncWorkerData } from '../core/sync/syncWorker';

if (!parentPort) throw new Error('sync.worker must run as a worker thread');
runSyncWorker(parentPort, workerData as SyncWorkerData);
