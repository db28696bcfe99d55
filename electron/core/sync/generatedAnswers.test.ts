import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { billerRulesSchema } from '../../../shared/amountRules';
import { billToCollect } from '../../../shared/bills/billToCollect';
import { RokadError } from '../../../shared/errors';
import { endpoints } from '../../../shared/gateway/endpoints';
import { gatewayBillSchema } from '../../../shared/gateway/schemas';
import { MAX_CASH_PAISE } from '../../../shared/money';
import { indiaDate } from '../../../shared/time';
import { lookupBill } from '../bills/lookupBill';
import { createServices, type Services } from '../createServices';
import { readBillerRules } from '../rules/billerRulesStore';
import { getSetting } from '../settings/settings';
import { FUZZ_RUNS, hostileValue, shapedLike } from '../testing/generated/hostileValues';
import { leafPaths, mutated, validAnswer } from './testing/validAnswers';
import { openCounter } from '../testing/seedCounter';
import { createGatewayClient } from './gatewayClient';
import { registerDevice, syncOnce } from './syncCycle';
import { startScriptedGateway, type ScriptedAnswer, type ScriptedGateway } from './testing/scriptedGateway';

const NOW = new Date('2026-11-24T05:00:00Z');
const TOKEN = 'D'.repeat(48);
type EndpointName = keyof typeof endpoints;

/**
 * How one generated answer is made: its status and the wrapping of its bytes; a well-formed
 * answer with a few leaves changed (the common case, so the checks behind the schema are
 * reached), or a body only shaped like the endpoint's answer; and for the answers about
 * payments, whose ids fill the results and what each result says.
 */
interface AnswerPlan {
  status: number;
  wrapping: 'plain' | 'bom' | 'gzip unannounced' | 'gzip announced' | 'announced but plain' | 'raw bytes';
  kind: 'mutated' | 'shaped';
  mutations: Array<{ pick: number; value: unknown }>;
  shaped: unknown;
  raw: Uint8Array;
  ids: 'as asked' | 'shuffled' | 'one twice' | 'others';
  statuses: string[];
}

const jsonSafe = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? Number(inner) : inner)) ?? 'null';

/** Values a mutation puts in place of a leaf: edge amounts, another consumer, other statuses, other types, or nothing. */
const leafValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      0,
      -1,
      1,
      1.5,
      5_000_000,
      MAX_CASH_PAISE + 1,
      Number.MAX_SAFE_INTEGER,
      '',
      'N9990001111',
      null,
      undefined,
      'SUCCESS',
      'PENDING',
      'DUPLICATE',
      'NOT_FOUND',
      'FAILED',
      'AP-X',
      '2026-11-24T05:00:00.000Z',
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: hostileValue },
);

function planFor(name: EndpointName): fc.Arbitrary<AnswerPlan> {
  const options = { scratch: tmpdir(), known: ['N3330008565', 'SUCCESS', 'PENDING', 'INR'] };
  return fc.record({
    status: fc.constantFrom(200, 200, 200, 200, 200, 200, 200, 400, 401, 404, 409, 429, 500, 503),
    wrapping: fc.constantFrom('plain', 'plain', 'plain', 'plain', 'plain', 'bom', 'gzip unannounced', 'gzip announced', 'announced but plain', 'raw bytes'),
    kind: fc.constantFrom('mutated', 'mutated', 'mutated', 'mutated', 'shaped'),
    mutations: fc.array(fc.record({ pick: fc.nat(), value: leafValue }), { maxLength: 2 }),
    shaped: shapedLike(endpoints[name].response, options),
    raw: fc.uint8Array({ maxLength: 64 }),
    ids: fc.constantFrom('as asked', 'as asked', 'as asked', 'shuffled', 'one twice', 'others'),
    statuses: fc.array(fc.constantFrom('SUCCESS', 'DUPLICATE', 'PENDING', 'FAILED'), { minLength: 1, maxLength: 4 }),
  });
}

/** The payments a request asks about: the batch's, or the status request's; none for the other endpoints. */
function askedIds(body: string, name: EndpointName): string[] {
  if (name !== 'uploadBatch' && name !== 'paymentStatus' && name !== 'reversalStatus') return [];
  const parsed = JSON.parse(body) as { payments?: Array<{ clientTxnId: string }>; clientTxnIds?: string[] };
  return name === 'uploadBatch' ? (parsed.payments ?? []).map((payment) => payment.clientTxnId) : (parsed.clientTxnIds ?? []);
}

function bodyOf(plan: AnswerPlan, name: EndpointName, asked: readonly string[]): unknown {
  if (plan.kind === 'shaped') return plan.shaped;
  const ids =
    plan.ids === 'shuffled' ? [...asked].reverse() : plan.ids === 'one twice' ? asked.map(() => asked[0]!) : plan.ids === 'others' ? asked.map(() => randomUUID()) : asked;
  let body: unknown = validAnswer(name, ids, plan.statuses);
  for (const { pick, value } of plan.mutations) {
    const paths = leafPaths(body as Parameters<typeof leafPaths>[0]);
    body = mutated(body as Parameters<typeof mutated>[0], paths[pick % paths.length]!, value);
  }
  return body;
}

function answerOf(plan: AnswerPlan, request: { body: string }, name: EndpointName): { answer: ScriptedAnswer; sent: unknown } {
  const sent = bodyOf(plan, name, askedIds(request.body, name));
  return { answer: wrapped(plan, Buffer.from(jsonSafe(sent), 'utf8')), sent };
}

function wrapped(plan: AnswerPlan, bytes: Buffer): ScriptedAnswer {
  switch (plan.wrapping) {
    case 'bom':
      return { status: plan.status, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) };
    case 'gzip unannounced':
      return { status: plan.status, body: gzipSync(bytes) };
    case 'gzip announced':
      return { status: plan.status, headers: { 'content-encoding': 'gzip' }, body: gzipSync(bytes) };
    case 'announced but plain':
      return { status: plan.status, headers: { 'content-encoding': 'gzip' }, body: bytes };
    case 'raw bytes':
      return { status: plan.status, body: Buffer.from(plan.raw) };
    default:
      return { status: plan.status, body: bytes };
  }
}

const endpointOfPath = (path: string): EndpointName | undefined =>
  (Object.keys(endpoints) as EndpointName[]).find((name) => new RegExp(`^${endpoints[name].path.replace(/:[a-zA-Z]+/g, '[^/]+')}(\\?|$)`).test(path));

/** An accepted result as the gateway sent it: the only grounds on which a payment may be marked SUCCESS. */
function acceptedIn(sent: unknown, into: Map<string, string>): void {
  const results = (sent as { results?: unknown })?.results;
  if (!Array.isArray(results)) return;
  // A mutated answer may hold anything in place of a result, null among them.
  for (const result of results as Array<Record<string, unknown> | null>) {
    if (result === null || typeof result !== 'object') continue;
    if ((result.status === 'SUCCESS' || result.status === 'DUPLICATE') && typeof result.approvalRefNumber === 'string')
      into.set(String(result.clientTxnId), result.approvalRefNumber);
  }
}

/** A memory-backed folder where there is one: the same SQLite file, without a disk's fsync per case. */
function scratchFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'rokad-answers-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Generated answers for every gateway endpoint the client reads, served over real HTTP: whatever
 * comes back, a sync round, a bill lookup and a registration end in a result or the app's own
 * error with a code; the ledger is never touched; no payment is SUCCESS without an accepted
 * result naming it; the rules in force and the bill master stay ones the app can use.
 */
describe('generated answers from the gateway', () => {
  let scripted: ScriptedGateway;
  let template: ReturnType<typeof scratchFolder>;
  before(async () => {
    scripted = await startScriptedGateway();
    // One cabin with its people, an open shift and payments waiting to upload, copied for each case.
    template = scratchFolder();
    const services = createServices({ dataDir: template.dir, cabinCode: 'BPL-07', demoBills: true, now: () => NOW, gateway: { url: scripted.url, deviceToken: TOKEN } });
    const counter = openCounter(services);
    for (const consumerNo of ['N3330008565', 'N3330012277', '1234567890']) {
      const bill = services.bills.find(consumerNo)!;
      const amount = billToCollect(bill, indiaDate(NOW)).amountToCollectPaise;
      services.recordPayment({ clientTxnId: randomUUID(), consumerNo, billNumber: bill.billNumber, amountPaise: amount, tenderedPaise: amount }, counter);
    }
    services.close();
  });
  after(async () => {
    await scripted.close();
    template.remove();
  });

  const plans = fc.record(Object.fromEntries((Object.keys(endpoints) as EndpointName[]).map((name) => [name, planFor(name)])) as Record<EndpointName, fc.Arbitrary<AnswerPlan>>);

  it('leave the cabin consistent and answer in the app’s own words', async () => {
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        const folder = scratchFolder();
        let services: Services | undefined;
        const accepted = new Map<string, string>();
        try {
          scripted.answer((request) => {
            const name = endpointOfPath(request.path);
            if (!name) return { status: 404, body: '' };
            const { answer, sent } = answerOf(plan[name], request, name);
            if (name === 'uploadBatch' || name === 'paymentStatus') acceptedIn(sent, accepted);
            return answer;
          });
          cpSync(template.dir, folder.dir, { recursive: true });
          services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: () => NOW });
          const ledger = () =>
            services!.db
              .prepare("SELECT count(*) || ':' || coalesce(max(seq), 0) || ':' || coalesce((SELECT hash FROM ledger ORDER BY seq DESC LIMIT 1), '') FROM ledger")
              .pluck()
              .get();
          const ledgerBefore = ledger();

          const client = createGatewayClient({ baseUrl: scripted.url, deviceToken: TOKEN, timeoutMs: 2_000 });
          const report = await syncOnce({ db: services.db, billMaster: services.billMaster, bills: services.bills, client, now: () => NOW, batchSize: 2 });
          assert.doesNotMatch(report.error ?? '', /SyntaxError|TypeError|ZodError|"code":|"path":|Unexpected token/, 'a sync error is the app’s own sentence');

          const looked: Awaited<ReturnType<typeof lookupBill>> | Error = await lookupBill(services, 'N3330008565', { checkWallet: false }).catch((error: Error) => error);
          if (looked instanceof Error) assert.ok(looked instanceof RokadError, `a lookup fails only with the app's own error: ${String(looked)}`);
          else assert.ok(looked.bill.consumerNo === 'N3330008565' && looked.amountToCollectPaise > 0, 'the bill offered is the one asked, with something to collect');

          const registered = await registerDevice(services.db, services.deviceToken, {
            gatewayUrl: scripted.url,
            registrationCode: 'ABC-123-XYZ',
            cabinCode: 'BPL-07',
            deviceName: 'Cabin 7 PC',
          }).catch((error: unknown) => error);
          if (registered instanceof Error) assert.ok(registered instanceof RokadError, `a registration fails only with the app's own error: ${String(registered)}`);
          assert.ok(services.deviceToken.load(), 'the cabin keeps a token it can read');

          assert.equal(ledger(), ledgerBefore, 'answers from the gateway never change the ledger');
          const successes = services.db.prepare("SELECT entry_id, approval_ref_number FROM outbox WHERE state = 'SUCCESS'").all() as Array<{
            entry_id: string;
            approval_ref_number: string;
          }>;
          for (const row of successes) assert.equal(row.approval_ref_number, accepted.get(row.entry_id), `${row.entry_id} is SUCCESS on an accepted result naming it`);
          const storedRules = getSetting(services.db, 'biller_id') === null ? null : services.db.prepare("SELECT value FROM settings WHERE key = 'biller_rules'").pluck().get();
          if (typeof storedRules === 'string') assert.ok(billerRulesSchema.safeParse(JSON.parse(storedRules)).success, 'the rules in force are rules the app can enforce');
          assert.ok(billerRulesSchema.safeParse(readBillerRules(services.db)).success);
          for (const bill of services.bills.search('N333'))
            assert.ok(gatewayBillSchema.safeParse({ mobile: '', ...bill }).success, `bill ${bill.consumerNo} is one the app can show`);
        } finally {
          services?.close();
          folder.remove();
        }
      }),
      { numRuns: FUZZ_RUNS, includeErrorInReport: true },
    );
  });
});
