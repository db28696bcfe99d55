import { consumerNoSchema } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { getSetting, setSetting } from '../settings/settings';

/** A consumer number typed or scanned is at most this long; anything longer is a bill's QR or barcode text. */
const LONGEST_NUMBER = 20;

/**
 * The consumer number in what the counter's field received: the number itself, or the one the
 * biller's scan pattern (served by the gateway with its rules) finds in a bill's QR or barcode
 * text. The pattern's first capture group is the number.
 */
export function consumerNoFromScan(text: string, pattern: string | null): string {
  const typed = consumerNoSchema.safeParse(text);
  if (typed.success) return typed.data;
  const found = pattern ? new RegExp(pattern).exec(text.trim().toUpperCase())?.[1] : undefined;
  const extracted = found === undefined ? null : consumerNoSchema.safeParse(found);
  if (extracted?.success) return extracted.data;
  if (text.trim().length > LONGEST_NUMBER) {
    throw new RokadError('NO_CONSUMER_IN_SCAN', 'Rokad found no consumer number in what was scanned. Scan the bill again, or type the number printed on it.');
  }
  throw new RokadError('INVALID_INPUT', typed.error.issues[0]?.message ?? 'Enter the consumer number.');
}

/** Kept only if it is a pattern this computer can run, with a group for the number; otherwise the one before stays. */
export function saveScanPattern(db: Db, pattern: string | undefined): void {
  if (pattern === undefined) return;
  try {
    if (new RegExp(`${pattern}|`).exec('')?.length === 1) return;
  } catch {
    return;
  }
  setSetting(db, 'scan_pattern', pattern);
}

export function readScanPattern(db: Db): string | null {
  return getSetting(db, 'scan_pattern');
}
