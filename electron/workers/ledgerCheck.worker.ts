import { parentPort, workerData } from 'node:worker_threads';
import { useSqliteBinding } from '../../shared/node/sqlite/database';
import { checkDatabaseFile } from '../core/backups/checkDatabaseFile';
import type { CheckWorkerData } from '../core/backups/checkInWorker';

if (!parentPort) throw new Error('ledgerCheck.worker must run as a worker thread');
const data = workerData as CheckWorkerData;
useSqliteBinding(data.sqliteBinding);
parentPort.postMessage(checkDatabaseFile(data.file));
