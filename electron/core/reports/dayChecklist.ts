import type { DayChecklist, DayReport } from '../../../shared/reports';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { indiaDayRange } from '../../../shared/time';

/**
 * The supervisor's end-of-day checklist for a range: its shifts all closed, its payments all uploaded, no refusal left
 * open, and an export and a backup taken on or after its last day began (so yesterday's export does not count today).
 */
export function dayChecklist(db: Db, report: Pick<DayReport, 'byShift' | 'uploads'>, lastDay: string): DayChecklist {
  const since = indiaDayRange(lastDay).from;
  const takenSince = db.prepare('SELECT count(*) FROM audit_log WHERE action = ? AND at >= ?').pluck();
  const openShifts = report.byShift.filter((shift) => shift.closedAt === null).map((shift) => ({ shiftId: shift.shiftId, name: shift.name }));
  const checklist = {
    openShifts,
    waitingUploads: report.uploads.waiting.count,
    openRefusals: report.uploads.refused.count,
    exportTaken: (takenSince.get('EXPORT', since) as number) > 0,
    backupTaken: (takenSince.get('BACKUP', since) as number) > 0,
  };
  const allDone = openShifts.length === 0 && checklist.waitingUploads === 0 && checklist.openRefusals === 0 && checklist.exportTaken && checklist.backupTaken;
  return { ...checklist, allDone };
}
