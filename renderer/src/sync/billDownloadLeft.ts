import type { BillMasterProgress } from '../../../shared/domain';

/** Seconds left at the pace so far, or null until there is a pace and a total to go by. */
export function secondsLeft(progress: BillMasterProgress): number | null {
  const elapsedMs = Date.parse(progress.at) - Date.parse(progress.startedAt);
  if (progress.total === null || progress.done === 0 || elapsedMs <= 0) return null;
  const left = Math.max(progress.total - progress.done, 0);
  return Math.ceil((left * elapsedMs) / progress.done / 1000);
}
