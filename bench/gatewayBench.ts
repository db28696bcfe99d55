import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { billToCollect } from '../shared/bills/billToCollect';
import { BILLS_TABLE } from '../electron/core/bills/billMasterFile';
import { createServices } from '../electron/core/createServices';
import { createGatewayClient } from '../electron/core/sync/gatewayClient';
import { emptySyncReport, pullBillMaster, registerDevice, syncOnce } from '../electron/core/sync/syncCycle';
import { openCounter } from '../electron/core/testing/seedCounter';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { startTestGateway, TEST_AGENT } from '../gateway/testing/testGateway';
import { generateZone, zoneConsumerNo } from '../gateway/seed/generateZone';
import type { UploadPayment } from '../shared/gateway/schemas';
import { indiaDate } from '../shared/time';
import { printLatencyTable, timeEach, timeOnce } from './measure';

const CONSUMERS = Number(process.env.BENCH_CONSUMERS ?? 550_000);
const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 10_000);
const PAGE = 5_000;
const LOOKUPS = 10_000;
const SEARCHES = 1_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The processor time this process spent in `run` (the gateway and the cabin both run in it),
 * beside the clock's: steadier than the clock when other work loads the machine.
 */
async function withCpu<T extends { ms: number }>(run: () => Promise<T>): Promise<T & { cpuMs: number }> {
  const before = process.cpuUsage();
  const timed = await run();
  const used = process.cpuUsage(before);
  return { ...timed, cpuMs: (used.user + used.system) / 1000 };
}

/** Registers a fresh cabin data folder with a gateway and returns its services and an authenticated client. */
async function registeredCabin(dir: string, gateway: Awaited<ReturnType<typeof startTestGateway>>) {
  const services = createServices({ dataDir: dir, cabinCode: 'BENCH-01' });
  await registerDevice(services.db, services.deviceToken, {
    gatewayUrl: gateway.url,
    registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
    cabinCode: 'BENCH-01',
    deviceName: 'bench',
  });
  return { services, client: createGatewayClient({ baseUrl: gateway.url, deviceToken: services.deviceToken.load()!, timeoutMs: 120_000 }) };
}

async function benchBillMaster(dir: string, today: string): Promise<void> {
  const seeded = await timeOnce(() => startTestGateway(join(dir, 'zone'), { today, consumers: CONSUMERS, topUpPaise: 1 }));
  const gateway = seeded.result;
  console.log(`\nGateway: seeding a zone of ${CONSUMERS} consumers took ${seconds(seeded.ms)}`);
  try {
    const { services, client } = await registeredCabin(join(dir, 'cabin'), gateway);
    const report = emptySyncReport();
    const imported = await withCpu(() =>
      timeOnce(() =>
        pullBillMaster(
          { db: services.db, billMaster: services.billMaster, bills: services.bills, client, now: () => new Date(), billMasterPageSize: PAGE, maxBillMasterPages: 10_000 },
          report,
        ),
      ),
    );

    // The bill file's own table and durability, without its search indexes: what the rows cost to store at all.
    const raw = new Database(join(dir, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.exec(BILLS_TABLE);
    const insert = raw.prepare(`INSERT INTO bills (consumer_no, consumer_name, address, mobile, bill_number, bill_month, bill_date, due_date,
      amount_by_due_paise, amount_after_due_paise, arrears_paise) VALUES (@consumerNo, @consumerName, @address, @mobile, @billNumber, @billMonth, @billDate,
      @dueDate, @amountByDuePaise, @amountAfterDuePaise, @arrearsPaise)`);
    const insertPage = raw.transaction((bills: unknown[]) => bills.forEach((bill) => insert.run(bill)));
    const baseline = await withCpu(() =>
      timeOnce(() => {
        let page: unknown[] = [];
        for (const bill of generateZone({ consumers: CONSUMERS, today })) {
          page.push(bill);
          if (page.length === PAGE) {
            insertPage(page);
            page = [];
          }
        }
        if (page.length > 0) insertPage(page);
      }),
    );
    console.log(`\nBill master import: ${CONSUMERS} consumers in pages of ${PAGE}`);
    console.table({
      'baseline: the generated rows, raw inserts into the bill file table (no HTTP, no search indexes)': { time: seconds(baseline.ms), cpu: seconds(baseline.cpuMs), requests: 0 },
      'pullBillMaster over HTTP (checked pages, FTS name and mobile indexes)': {
        time: seconds(imported.ms),
        cpu: seconds(imported.cpuMs),
        requests: report.requests,
        bills: services.bills.count(),
      },
    });
    console.log(`import / baseline: ${(imported.ms / baseline.ms).toFixed(2)}x by the clock, ${(imported.cpuMs / baseline.cpuMs).toFixed(2)}x in processor time`);

    const pickNumber = (i: number) => zoneConsumerNo((i * 7919) % CONSUMERS);
    const rawFind = raw.prepare('SELECT * FROM bills WHERE consumer_no = ?');
    const rawLike = raw.prepare('SELECT * FROM bills WHERE consumer_name LIKE ? LIMIT 20');
    const names = ['Sharma', 'Verma', 'Khan', 'Patel', 'Tiwari', 'रमेश', 'Qureshi', 'Sunita', 'Kushwaha', 'अंजलि'];
    printLatencyTable(`Lookup by consumer number (${LOOKUPS} lookups in ${CONSUMERS})`, [
      ['baseline: raw primary-key select', timeEach(LOOKUPS, (i) => rawFind.get(pickNumber(i)))],
      ['billStore.find', timeEach(LOOKUPS, (i) => services.bills.find(pickNumber(i)))],
    ]);
    printLatencyTable(`Search by name (${SEARCHES} searches, first 20 matches)`, [
      ['baseline: LIKE %name% scan', timeEach(Math.min(SEARCHES, 200), (i) => rawLike.all(`%${names[i % names.length]}%`))],
      ['billStore.search (FTS5 trigram)', timeEach(SEARCHES, (i) => services.bills.search(names[i % names.length]!))],
    ]);
    raw.close();
    services.close();
  } finally {
    await gateway.close();
  }
}

async function benchBacklog(dir: string, now: Date): Promise<void> {
  const today = indiaDate(now);
  // The gateway keeps the real time: the cabin below records its payments minutes after `now`, and a gateway stopped at `now` would find its clock ahead.
  const gateway = await startTestGateway(join(dir, 'backlog-gateway'), { today, consumers: BACKLOG * 2, topUpPaise: 100_000_000_000 });
  try {
    const { deviceToken } = gateway.store.register({ registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT), cabinCode: 'BASE', deviceName: 'baseline' });
    const baselineDevice = gateway.store.authenticate(deviceToken)!;
    const payment = (i: number): UploadPayment => {
      const bill = gateway.store.fetchBill(zoneConsumerNo(i)).bill;
      return {
        clientTxnId: randomUUID(),
        receiptNo: `BASE-${String(i + 1).padStart(6, '0')}`,
        consumerNo: bill.consumerNo,
        billNumber: bill.billNumber,
        billerId: gateway.store.rules.billerId,
        amount: billToCollect(bill, today).amountToCollectPaise,
        currency: 'INR',
        paymentMode: 'Cash',
        initChannel: 'AGT',
        collectedAt: now.toISOString(),
        offline: true,
        billSource: 'MASTER',
        refId: null,
        shiftId: null,
      };
    };
    const direct = Array.from({ length: BACKLOG }, (_, i) => payment(BACKLOG + i));
    const baseline = await timeOnce(() => {
      for (let i = 0; i < direct.length; i += 200) gateway.store.uploadBatch(baselineDevice, direct.slice(i, i + 200));
    });

    const { services, client } = await registeredCabin(join(dir, 'backlog-cabin'), gateway);
    const deps = { db: services.db, billMaster: services.billMaster, bills: services.bills, client, now: () => new Date(), batchSize: 200, maxBatches: 10_000 };
    await pullBillMaster({ ...deps, billMasterPageSize: PAGE }, emptySyncReport());
    services.db.prepare('INSERT INTO wallet_mirror VALUES (1, ?, 0, 0, 0, ?)').run(100_000_000_000, now.toISOString());
    const counter = openCounter(services);
    for (let i = 0; i < BACKLOG; i += 1) {
      const bill = services.bills.find(zoneConsumerNo(i))!;
      const amount = billToCollect(bill, today).amountToCollectPaise;
      services.recordPayment({ clientTxnId: randomUUID(), consumerNo: bill.consumerNo, billNumber: bill.billNumber, amountPaise: amount, tenderedPaise: amount }, counter);
    }
    const uploaded = await timeOnce(() => syncOnce(deps));
    const left = services.db.prepare("SELECT count(*) FROM outbox WHERE state <> 'SUCCESS'").pluck().get();
    console.log(`\nUploading a backlog of ${BACKLOG} payments (batches of 200; every payment its own durable transaction on the gateway)`);
    console.table({
      'baseline: gateway store called directly, no HTTP': { time: seconds(baseline.ms), requests: 0 },
      'sync round through the client over HTTP': { time: seconds(uploaded.ms), requests: uploaded.result.requests, accepted: uploaded.result.accepted, 'not accepted': left },
    });
    services.close();
  } finally {
    await gateway.close();
  }
}

/** The gateway benchmarks of issue #5, each beside a baseline measured in the same run. */
export async function benchGateway(): Promise<void> {
  const folder = tempDataDir('rokad-bench-gateway-');
  try {
    const now = new Date();
    await benchBillMaster(folder.dir, indiaDate(now));
    await benchBacklog(folder.dir, now);
  } finally {
    folder.remove();
  }
}
