import { RokadError } from '../../../shared/errors';
import type { Db } from '../../../shared/node/sqlite/openDatabase';

const CABIN_CODE_PATTERN = /^[A-Z0-9-]{3,16}$/;

/** A cabin code as it is stored: typed codes are trimmed and in capitals. */
export function asCabinCode(requested: string): string {
  return requested.trim().toUpperCase();
}

/**
 * The cabin code is fixed the first time a data folder is opened: receipt numbers are sequential
 * per cabin, so changing it later would restart the sequence. Later opens keep the stored one.
 */
export function ensureCabinCode(db: Db, requested: string): string {
  const stored = db.prepare("SELECT value FROM settings WHERE key = 'cabin_code'").get() as { value: string } | undefined;
  if (stored) return stored.value;
  const code = asCabinCode(requested);
  if (!CABIN_CODE_PATTERN.test(code)) {
    throw new RokadError('BAD_CABIN_CODE', `The cabin code "${requested}" is not valid: use 3 to 16 capital letters, digits or dashes, for example BPL-ATP-07.`);
  }
  db.prepare("INSERT INTO settings (key, value) VALUES ('cabin_code', ?)").run(code);
  return code;
}
