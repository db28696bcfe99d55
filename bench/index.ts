import { benchExports } from './exportBench';
import { benchGateway } from './gatewayBench';
import { benchLedger } from './ledgerBench';
import { benchOutage } from './outageBench';
import { benchReceipts } from './receiptBench';
import { benchRenderer } from './rendererBench';
import { benchScale } from './scaleBench';

/**
 * `npm run bench`: every benchmark, each printed beside a baseline measured in the same run.
 * Figures only; nothing here passes or fails.
 */
const benches: Array<[string, () => Promise<void>]> = [
  ['ledger', benchLedger],
  ['scale', benchScale],
  ['gateway', benchGateway],
  ['outage', benchOutage],
  ['receipts', benchReceipts],
  ['exports', benchExports],
  ['renderer', benchRenderer],
];

async function main(only: string | undefined): Promise<void> {
  for (const [name, run] of benches) {
    if (!only || only === name) await run();
  }
}

void main(process.argv[2]);
