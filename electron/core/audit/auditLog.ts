import type { Db } from '../../../shared/node/sqlite/openDatabase';

export type AuditAction =
  | 'SETUP'
  | 'SIGN_IN'
  | 'SIGN_OUT'
  | 'FAILED_PIN'
  | 'LOCKOUT'
  | 'IDLE_LOCK'
  | 'LOCK'
  | 'USER_CREATED'
  | 'LANGUAGE'
  | 'SHIFT_OPEN'
  | 'SHIFT_CLOSE'
  | 'HANDOVER'
  | 'CASH_IN'
  | 'CASH_OUT'
  | 'VOID'
  | 'EXCEPTION_RETRY'
  | 'REFUND'
  | 'REPRINT'
  | 'SLIP_PRINTED'
  | 'APPROVAL_REFUSED'
  | 'FAILED_APPROVAL'
  | 'RECEIPT_OUTSIDE_SHIFT'
  | 'ACCESS_REFUSED'
  | 'SETTINGS_CHANGE'
  | 'EXPORT'
  | 'BACKUP'
  | 'BACKUP_FAILED'
  | 'RESTORE';

export interface AuditEntry {
  seq: number;
  at: string;
  userId: string | null;
  action: AuditAction;
  detail: Record<string, unknown>;
}

export interface AuditLog {
  append(userId: string | null, action: AuditAction, detail?: Record<string, unknown>): void;
  list(filter?: { action?: AuditAction; limit?: number }): AuditEntry[];
  /** When one person's entries of an action since an instant were made, newest first, at most `limit`. */
  timesSince(action: AuditAction, userId: string | null, since: Date, limit: number): string[];
}

/** The append-only record of who did what; triggers refuse changes to it. */
export function createAuditLog(db: Db, now: () => Date): AuditLog {
  const insert = db.prepare('INSERT INTO audit_log (at, user_id, action, detail) VALUES (?, ?, ?, ?)');
  const times = db.prepare('SELECT at FROM audit_log WHERE action = ? AND user_id IS ? AND at > ? ORDER BY seq DESC LIMIT ?').pluck();
  return {
    append(userId, action, detail = {}) {
      insert.run(now().toISOString(), userId, action, JSON.stringify(detail));
    },
    list({ action, limit = 200 } = {}) {
      const rows = (
        action
          ? db.prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT ?').all(action, limit)
          : db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit)
      ) as Array<{ seq: number; at: string; user_id: string | null; action: AuditAction; detail: string }>;
      return rows.map((row) => ({ seq: row.seq, at: row.at, userId: row.user_id, action: row.action, detail: JSON.parse(row.detail) }));
    },
    timesSince(action, userId, since, limit) {
      return times.all(action, userId, since.toISOString(), limit) as string[];
    },
  };
}
