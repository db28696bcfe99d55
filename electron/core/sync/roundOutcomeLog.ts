import type { SyncReport } from './syncCycle';

export type RoundLog = (level: 'info' | 'warn', text: string) => void;

/**
 * Writes a round's outcome to the log only when it changes: the first failure with its reason, a
 * different reason, and the round that works again. A cabin offline all day leaves a few lines a
 * technician can read, not one every 30 seconds.
 */
export function roundOutcomeLog(log: RoundLog): (report: SyncReport) => void {
  let lastError: string | null = null;
  return (report) => {
    if (report.error === lastError) return;
    if (report.error === null) log('info', `Sync rounds work again (the last failure was: ${lastError})`);
    else log('warn', `A sync round failed: ${report.error}`);
    lastError = report.error;
  };
}
