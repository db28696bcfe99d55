import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { setSetting } from '../settings/settings';
import { GatewayError } from './gatewayClient';
import { emptySyncReport, pollPending, uploadDue, type SyncDeps, type SyncReport } from './syncCycle';

/**
 * Only the money part of a sync round: upload what is due and settle PENDING answers. Asked for
 * right after a payment, so its original receipt can carry the approval reference; the wallet,
 * rules and bill master wait for the next full round.
 */
export async function uploadRound(deps: SyncDeps): Promise<SyncReport> {
  const report = emptySyncReport();
  try {
    await uploadDue(deps, report);
    await pollPending(deps, report);
    report.online = true;
  } catch (error) {
    report.error = (error as Error).message;
    report.online = !(error instanceof GatewayError && error.transient);
  }
  markOnline(deps.db, report.online);
  return report;
}

function markOnline(db: Db, online: boolean): void {
  setSetting(db, 'sync_online', online ? '1' : '0');
}
