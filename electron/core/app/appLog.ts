import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import log from 'electron-log/node';

export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'rokad.log';
/** rokad.log and rokad.1.log … rokad.4.log, 1 MB each: weeks of a cabin's days, never a full disk. */
export const LOG_FILES_KEPT = 5;
export const LOG_FILE_BYTES = 1024 * 1024;

export interface AppLog {
  info(text: string): void;
  warn(text: string, error?: unknown): void;
  error(text: string, error?: unknown): void;
  file: string;
}

/** Moves rokad.log to rokad.1.log, each older file one place on, and drops the oldest. */
export function rotateLogs(folder: string, kept = LOG_FILES_KEPT): void {
  const name = (index: number) => join(folder, index === 0 ? LOG_FILE : LOG_FILE.replace(/\.log$/, `.${index}.log`));
  rmSync(name(kept - 1), { force: true });
  for (let index = kept - 2; index >= 0; index -= 1) if (existsSync(name(index))) renameSync(name(index), name(index + 1));
}

/**
 * The log file in the data folder's logs/, for a technician to read or send: main's start-up,
 * the core's refusals and internal errors, and the sync worker's troubles. Nothing money-related
 * is decided from it; the ledger is the record. Electron-free, so main and tests share it.
 */
export function openAppLog(dataDir: string): AppLog {
  const folder = join(dataDir, LOG_FOLDER);
  const file = log.transports.file;
  file.resolvePathFn = () => join(folder, LOG_FILE);
  file.maxSize = LOG_FILE_BYTES;
  file.archiveLogFn = () => rotateLogs(folder);
  file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}{z}] [{level}] {text}';
  log.transports.console.level = 'warn';
  const withError = (text: string, error?: unknown) => (error === undefined ? [text] : [text, error]);
  return {
    info: (text) => log.info(text),
    warn: (text, error) => log.warn(...withError(text, error)),
    error: (text, error) => log.error(...withError(text, error)),
    file: join(folder, LOG_FILE),
  };
}
