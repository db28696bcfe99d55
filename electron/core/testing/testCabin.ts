import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TEST_AGENT, type TestGateway } from '../../../gateway/testing/testGateway';
import { billToCollect } from '../../../shared/bills/billToCollect';
import type { RecordedPayment } from '../../../shared/domain';
import { indiaDate } from '../../../shared/time';
import { createServices, type Services } from '../createServices';
import { createGatewayClient } from '../sync/gatewayClient';
import { registerDevice, syncOnce, type SyncDeps, type SyncReport } from '../sync/syncCycle';
import { openCounter } from './seedCounter';

/** A clock a test moves by hand, so backoff never makes a test wait or depend on timing. */
export function manualClock(start: Date): { now: () => Date; advance: (ms: number) => void } {
  let at = start.getTime();
  return { now: () => new Date(at), advance: (ms) => (at += ms) };
}

export interface TestCabin {
  services: Services;
  clock: ReturnType<typeof manualClock>;
  /** One sync round through `baseUrl` (the gateway itself, or a proxy in front of it). */
  sync: (overrides?: Partial<SyncDeps>) => Promise<SyncReport>;
  /** Records the exact cash payment of consumer `consumerNo`'s current bill from the local bill master. */
  pay: (consumerNo: string) => RecordedPayment;
  close: () => void;
}

export const TEST_BACKOFF = { baseMs: 1_000, maxMs: 60_000, random: () => 0.5 };

/** A cabin's data folder registered with the gateway at `baseUrl`, its bill master and wallet pulled once. */
export async function startTestCabin(dir: string, gateway: TestGateway, start: Date, baseUrl = gateway.url, timeoutMs = 2_000): Promise<TestCabin> {
  const clock = manualClock(start);
  const services = createServices({ dataDir: join(dir, 'cabin'), cabinCode: 'BPL-07', now: clock.now });
  await registerDevice(services.db, services.deviceToken, {
    gatewayUrl: gateway.url,
    registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
    cabinCode: 'BPL-07',
    deviceName: 'Cabin 7 PC',
  });
  const client = createGatewayClient({ baseUrl, deviceToken: services.deviceToken.load()!, timeoutMs });
  const sync = (overrides: Partial<SyncDeps> = {}) =>
    syncOnce({
      db: services.db,
      billMaster: services.billMaster,
      bills: services.bills,
      client,
      now: clock.now,
      backoff: TEST_BACKOFF,
      batchSize: 25,
      billMasterPageSize: 500,
      ...overrides,
    });
  const cabin: TestCabin = {
    services,
    clock,
    sync,
    pay: (consumerNo) => {
      const bill = services.bills.find(consumerNo);
      if (!bill) throw new Error(`no local bill for ${consumerNo}`);
      const amount = billToCollect(bill, indiaDate(clock.now())).amountToCollectPaise;
      return services.recordPayment({ clientTxnId: randomUUID(), consumerNo, billNumber: bill.billNumber, amountPaise: amount, tenderedPaise: amount }, openCounter(services));
    },
    close: () => services.close(),
  };
  await sync();
  return cabin;
}

/** The gateway's wallet for the test agent, and the same figure rebuilt from its entries. */
export function serverWallet(gateway: TestGateway): { balance: number; fromEntries: number; debits: number } {
  const sums = gateway.store.db.prepare('SELECT kind, sum(amount_paise) AS total, count(*) AS n FROM wallet_entries WHERE agent_id = ? GROUP BY kind').all(TEST_AGENT) as Array<{
    kind: string;
    total: number;
    n: number;
  }>;
  const total = (kind: string) => sums.find((row) => row.kind === kind)?.total ?? 0;
  return {
    balance: gateway.store.wallet(TEST_AGENT).balance,
    fromEntries: total('TOPUP') + total('DEBIT') + total('COMMISSION'),
    debits: sums.find((row) => row.kind === 'DEBIT')?.n ?? 0,
  };
}
