import { join } from 'node:path';
import { zoneConsumerNo } from '../gateway/seed/generateZone';
import { startTestGateway } from '../gateway/testing/testGateway';
import { DEFAULT_BACKOFF } from '../electron/core/sync/outbox';
import { syncStatus } from '../electron/core/sync/syncCycle';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../electron/core/testing/testCabin';
import { indiaDate } from '../shared/time';
import { timeOnce } from './measure';

const PAYMENTS = 300;
const OUTAGE_MS = 2 * 60 * 60_000;
/** The sync worker's round interval (startSync's default). */
const ROUND_MS = 30_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Sync rounds every ROUND_MS of the cabin's clock until nothing waits: how long after the first of them the last payment went up. */
async function drainAfter(cabin: TestCabin): Promise<{ rounds: number; sinceReturnMs: number }> {
  let sinceReturnMs = 0;
  let rounds = 0;
  while (syncStatus(cabin.services.db, cabin.services.billMaster).waitingCount > 0 && rounds < 100) {
    if (rounds > 0) {
      cabin.clock.advance(ROUND_MS);
      sinceReturnMs += ROUND_MS;
    }
    const round = await timeOnce(() => cabin.sync({ backoff: DEFAULT_BACKOFF, batchSize: 200 }));
    sinceReturnMs += round.ms;
    rounds += 1;
  }
  return { rounds, sinceReturnMs };
}

async function recordedBacklog(dir: string, outage: boolean): Promise<{ rounds: number; sinceReturnMs: number }> {
  // The gateway keeps the real time; the cabin's clock starts three hours back so no payment is dated after the gateway's now.
  const start = new Date(Date.now() - 3 * 60 * 60_000);
  const gateway = await startTestGateway(dir, { today: indiaDate(start), consumers: PAYMENTS + 20, topUpPaise: 1_000_000_000 });
  const cabin = await startTestCabin(dir, gateway, start);
  try {
    if (outage) await gateway.stop();
    const rounds = outage ? OUTAGE_MS / ROUND_MS : 1;
    const perRound = Math.ceil(PAYMENTS / rounds);
    for (let round = 0, paid = 0; round < rounds; round += 1) {
      for (let i = 0; i < perRound && paid < PAYMENTS; i += 1, paid += 1) cabin.pay(zoneConsumerNo(paid));
      if (outage) {
        cabin.clock.advance(ROUND_MS);
        await cabin.sync({ backoff: DEFAULT_BACKOFF });
      }
    }
    if (outage) await gateway.restart();
    cabin.clock.advance(1);
    return await drainAfter(cabin);
  } finally {
    cabin.close();
    await gateway.close();
  }
}

/**
 * Issue #14 item 2: a two-hour outage's backlog of 300 payments, sync rounds every 30 s with the
 * app's own backoff, and the time from the gateway's return to the last payment uploaded, beside
 * the same 300 payments uploaded by a cabin that never lost the gateway.
 */
export async function benchOutage(): Promise<void> {
  const folder = tempDataDir('rokad-bench-outage-');
  try {
    const baseline = await recordedBacklog(join(folder.dir, 'steady'), false);
    const outage = await recordedBacklog(join(folder.dir, 'outage'), true);
    console.log(
      `\nCatching up: ${PAYMENTS} payments, sync rounds every ${ROUND_MS / 1000} s, backoff ${DEFAULT_BACKOFF.baseMs / 1000} s doubling to ${DEFAULT_BACKOFF.maxMs / 60_000} min`,
    );
    console.table({
      'baseline: the same backlog, the gateway never away': { rounds: baseline.rounds, 'uploaded within': seconds(baseline.sinceReturnMs) },
      'after a 2-hour outage, from the gateway’s return': { rounds: outage.rounds, 'uploaded within': seconds(outage.sinceReturnMs) },
    });
  } finally {
    folder.remove();
  }
}
