import { DEFAULT_APPROVAL_WAIT_MS, MAX_APPROVAL_WAIT_MS } from '../../../shared/approvalWait';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { hasDeviceToken } from '../settings/deviceToken';
import { getSetting } from '../settings/settings';
import { followUpPayments } from '../ledger/followUpPayments';
import { uploadStatus } from './outbox';

export type ApprovalWait = 'APPROVED' | 'FOLLOWS' | 'NOT_UPLOADED';

export interface ApprovalWaitDeps {
  db: Db;
  /** Asks for an upload round at once (the sync worker's, or one in this process); may outlive the wait. */
  uploadNow: () => Promise<unknown>;
}

/** The configured wait: a whole number of milliseconds from 0 (never wait) to MAX_APPROVAL_WAIT_MS. */
export function approvalWaitMs(db: Db): number {
  const stored = getSetting(db, 'approval_wait_ms');
  const value = stored === null ? DEFAULT_APPROVAL_WAIT_MS : Number(stored);
  return Number.isInteger(value) && value >= 0 ? Math.min(value, MAX_APPROVAL_WAIT_MS) : DEFAULT_APPROVAL_WAIT_MS;
}

function approved(db: Db, entryId: string): boolean {
  return uploadStatus(db, entryId)?.state === 'SUCCESS';
}

/**
 * Before an original receipt prints: a payment already recorded (and queued for upload) is sent
 * at once, and the receipt waits at most the configured time for the approval reference. A
 * cabin last seen offline, or not registered, does not wait at all. Never throws: the receipt
 * prints either way, marked "approval reference follows" when the answer did not come in time.
 */
export async function awaitApproval(deps: ApprovalWaitDeps, entryId: string): Promise<ApprovalWait> {
  const { db } = deps;
  const status = uploadStatus(db, entryId);
  if (!status) return 'NOT_UPLOADED';
  if (status.state === 'SUCCESS') return 'APPROVED';
  const limitMs = approvalWaitMs(db);
  if (status.state !== 'WAITING' || limitMs === 0 || !hasDeviceToken(db) || getSetting(db, 'sync_online') === '0') return 'FOLLOWS';
  let timer: NodeJS.Timeout | undefined;
  const upload = deps.uploadNow().catch(() => undefined);
  await Promise.race([upload, new Promise((resolve) => (timer = setTimeout(resolve, limitMs)))]);
  clearTimeout(timer);
  return approved(db, entryId) ? 'APPROVED' : 'FOLLOWS';
}

/** The payment whose original receipt is still owed under this number, if one is: only an original waits. */
export function paymentOwingOriginal(db: Db, receiptNo: string): string | undefined {
  followUpPayments(db);
  return db
    .prepare(
      `SELECT l.entry_id FROM print_jobs AS j JOIN ledger AS l ON l.seq = j.ledger_seq
       WHERE j.receipt_no = ? AND j.copy = 'ORIGINAL' AND j.status <> 'PRINTED' AND l.kind = 'PAYMENT' LIMIT 1`,
    )
    .pluck()
    .get(receiptNo) as string | undefined;
}
