import { RokadError } from '../../../shared/errors';

type StorageFault = 'DISK_FULL' | 'DISK_READ_ONLY' | 'DISK_FAILED';

const MESSAGES: Record<StorageFault, string> = {
  DISK_FULL:
    'The disk is full, so Rokad could not save this. Nothing was changed; a payment was not recorded, so give no receipt for it. Free some space on the disk, then try again.',
  DISK_READ_ONLY:
    'Rokad may not write to this folder: the disk or the folder is read-only. Nothing was changed; a payment was not recorded, so give no receipt for it. Ask the supervisor to fix the folder, then try again.',
  DISK_FAILED:
    'The disk reported an error while Rokad was writing. Nothing was changed; a payment was not recorded, so give no receipt for it. Try again; if it happens again, call the supervisor.',
};

/** SQLite's result codes (better-sqlite3's `code`) and the OS's errno names, by what they mean for the person at the counter. */
function faultOf(code: string): StorageFault | undefined {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'DISK_FULL';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'DISK_READ_ONLY';
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code === 'EIO') return 'DISK_FAILED';
  return undefined;
}

/** The refusal the window can show for an error of the disk, or undefined for any other error. */
export function storageFault(error: unknown): RokadError | undefined {
  if (error instanceof RokadError) return undefined;
  const code = (error as { code?: unknown } | null)?.code;
  const fault = typeof code === 'string' ? faultOf(code) : undefined;
  return fault && new RokadError(fault, MESSAGES[fault]);
}

/**
 * Every handler, with a fault of the disk (full, read-only, failing) turned into a refusal in
 * words: SQLite has rolled the transaction back, so the ledger is as it was, and the window says why.
 */
export function withStorageFaults<H extends Record<string, unknown>>(handlers: H): H {
  const wrapped: Record<string, unknown> = {};
  for (const [channel, handler] of Object.entries(handlers)) {
    const run = handler as (...args: unknown[]) => unknown;
    wrapped[channel] = async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (error) {
        throw storageFault(error) ?? error;
      }
    };
  }
  return wrapped as H;
}
