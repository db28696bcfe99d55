import type { ErrorCode } from '../../../shared/errors';
import { GatewayError } from './gatewayClient';
import { DEFAULT_BACKOFF } from './outbox';
import { dueReversals, markReversalDecided, markReversalRequested, postponeReversal, requestedReversalIds, sweepReversals } from './reversals';
import type { SyncDeps, SyncReport } from './syncCycle';

/**
 * Sends the waiting reversal requests, one by one, each under its payment's clientTxnId: the
 * gateway opens one case per payment however often it is asked, so a request whose answer was
 * lost is simply sent again. A transient failure postpones it with backoff and ends the round; a
 * refusal (the company does not know the payment) is kept as REFUSED with its reason.
 */
export async function sendReversals(deps: SyncDeps, report: SyncReport): Promise<void> {
  const { db, now } = deps;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  db.transaction(() => sweepReversals(db, now().toISOString())).immediate();
  for (const item of dueReversals(db, now(), 100)) {
    report.requests += 1;
    try {
      const answer = await deps.client.requestReversal(item.client_txn_id, { reason: item.reason, requestedBy: item.requested_by });
      db.transaction(() => markReversalRequested(db, item.client_txn_id, answer.caseId, now())).immediate();
    } catch (error) {
      if (error instanceof GatewayError && !error.transient) {
        const at = now();
        db.transaction(() =>
          markReversalDecided(db, item.client_txn_id, { state: 'REFUSED', walletCreditPaise: 0, note: error.message, decidedAt: at.toISOString() }, at),
        ).immediate();
        continue;
      }
      const failure =
        error instanceof GatewayError ? { code: error.code as ErrorCode, message: error.message } : { code: 'SYNC_FAILED' as const, message: (error as Error).message };
      db.transaction(() => postponeReversal(db, item, failure, now(), backoff)).immediate();
      throw error;
    }
  }
}

/** Asks where the open cases stand; a decision is kept with the wallet credit the company gave. */
export async function pollReversals(deps: SyncDeps, report: SyncReport): Promise<void> {
  const ids = requestedReversalIds(deps.db, 500);
  if (ids.length === 0) return;
  report.requests += 1;
  const { results } = await deps.client.reversalStatus(ids);
  const at = deps.now();
  deps.db
    .transaction(() => {
      for (const result of results) {
        if (!ids.includes(result.clientTxnId) || (result.status !== 'ACCEPTED' && result.status !== 'REFUSED')) continue;
        markReversalDecided(
          deps.db,
          result.clientTxnId,
          { state: result.status, walletCreditPaise: result.walletCredit, note: result.note, decidedAt: result.decidedAt ?? at.toISOString() },
          at,
        );
      }
    })
    .immediate();
}
