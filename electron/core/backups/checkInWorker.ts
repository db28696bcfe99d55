import { Worker } from 'node:worker_threads';
import { sqliteBinding } from '../../../shared/node/sqlite/database';
import { checkDatabaseFile, type FileHealth } from './checkDatabaseFile';

export interface CheckWorkerData {
  file: string;
  sqliteBinding: string | undefined;
}

/**
 * The quick check of a database file in a worker thread (the built electron/workers/ledgerCheck.worker
 * file), on a read-only connection of its own, so the counter answers while it reads the whole
 * file. Should the worker itself fail, the check runs here instead: slower, but never skipped.
 */
export function checkInWorker(file: string, workerFile: string): Promise<FileHealth> {
  return new Promise<FileHealth>((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { file, sqliteBinding: sqliteBinding() } satisfies CheckWorkerData });
    // Answered once its thread is gone too: the check's pages and cache are let go before anything counts it done.
    let answer: FileHealth | undefined;
    worker.once('message', (health: FileHealth) => (answer = health));
    worker.once('error', reject);
    worker.once('exit', (code) => (answer ? resolve(answer) : reject(new Error(`The ledger check stopped (code ${code}) before it answered`))));
  }).catch(() => checkDatabaseFile(file));
}
