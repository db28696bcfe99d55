import { randomUUID } from 'node:crypto';
import type { SyncStatus } from '../../../shared/domain';
import { RokadError, type ErrorCode } from '../../../shared/errors';
import type { GatewayConfig, UploadPayment } from '../../../shared/gateway/schemas';
import { receiptCode } from '../../../shared/node/receiptCode';
import { pullState, saveBillMasterPage } from '../bills/billMasterFile';
import type { BillStore } from '../bills/billStore';
import { paymentContact } from '../ledger/paymentContacts';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { saveBillerRules } from '../rules/billerRulesStore';
import { hasDeviceToken, type DeviceTokenStore } from '../settings/deviceToken';
import { getSetting, setSetting } from '../settings/settings';
import { saveWalletBalance, saveWalletMirror } from '../wallet/wallet';
import { checkStatusAnswer } from './checkStatusAnswer';
import { readConfigKeepingLastGood, rulesRefused } from './configAnswer';
import { createGatewayClient, GatewayError, type GatewayClient } from './gatewayClient';
import { pollComplaints, sendComplaints } from './complaintSync';
import { pollReversals, sendReversals } from './reversalSync';
import { saveScanPattern } from '../bills/consumerNoFromScan';
import { billMasterPageSaved, roundEnded, roundFacts, roundStarted } from './syncProgress';
import {
  clearBackoff,
  DEFAULT_BACKOFF,
  duePayments,
  markAbsent,
  markAccepted,
  markPending,
  markRefused,
  markWaitingAgain,
  outboxCounts,
  pendingIds,
  postpone,
  voidedMaybeUploadedIds,
  type Backoff,
  type OutboxItem,
} from './outbox';
import { followUpPayments } from '../ledger/followUpPayments';

// Every write transaction here is IMMEDIATE: the main process writes the same file, and taking the
// write lock up front lets the busy timeout queue the two instead of failing a stale snapshot.

export interface SyncDeps {
  db: Db;
  /** The bill master's own file, which keeps the pull's cursor beside the bills. */
  billMaster: Db;
  /** The bill master on `billMaster`, so a page of bills is saved in the transaction that moves the cursor. */
  bills: BillStore;
  client: GatewayClient;
  now: () => Date;
  backoff?: Backoff;
  batchSize?: number;
  /** Bounds one cycle, so a long backlog never holds the worker for ever. */
  maxBatches?: number;
  billMasterPageSize?: number;
  maxBillMasterPages?: number;
}

export interface SyncReport {
  online: boolean;
  requests: number;
  accepted: number;
  refused: number;
  postponed: number;
  billsUpdated: number;
  error: string | null;
}

/** A round's report before it has asked the gateway anything; `error` says why it will not ask, when it will not. */
export function emptySyncReport(error: string | null = null): SyncReport {
  return { online: false, requests: 0, accepted: 0, refused: 0, postponed: 0, billsUpdated: 0, error };
}

/** Why there is no round when `clientFromSettings` finds no gateway address or no device token. */
export const NOT_REGISTERED_MESSAGE = 'This computer is not registered with a gateway.';

const DEFAULT_BILLER_ID = 'MPCZ00000MP01';

function toUpload(item: OutboxItem, billerId: string, consumerMobile: string | null): UploadPayment {
  return {
    clientTxnId: item.entry_id,
    receiptNo: item.receipt_no,
    consumerNo: item.consumer_no,
    billNumber: item.bill_number,
    billerId,
    amount: item.amount_paise,
    currency: 'INR',
    paymentMode: 'Cash',
    initChannel: 'AGT',
    collectedAt: item.recorded_at,
    offline: item.ref_id === null,
    billSource: item.ref_id === null ? 'MASTER' : 'FETCH',
    refId: item.ref_id,
    shiftId: item.shift_id,
    changeRoundingPaise: item.change_rounding_paise ?? 0,
    receiptCode: receiptCode(item.hash),
    ...(consumerMobile ? { consumerMobile } : {}),
  };
}

function errorOf(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof GatewayError) return { code: error.code, message: error.message };
  return { code: 'SYNC_FAILED', message: (error as Error).message };
}

/**
 * Sends due payments in batches, each under its own clientTxnId for ever. A batch that gets no
 * readable answer is postponed whole with backoff; a per-item answer is stored as it comes. The
 * first readable answer clears every payment's backoff (once a round, so a payment the gateway
 * itself asked to send later is not sent again at once), and the later batches take the backlog.
 * Resolves to whether the gateway answered a batch.
 */
export async function uploadDue(deps: SyncDeps, report: SyncReport): Promise<boolean> {
  const { db, now } = deps;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const billerId = getSetting(db, 'biller_id') ?? DEFAULT_BILLER_ID;
  let answered = false;
  // The payments recorded since the last follow-up get their outbox rows first, so the round sends them too.
  followUpPayments(db);
  for (let batch = 0; batch < (deps.maxBatches ?? 50); batch += 1) {
    const items = duePayments(db, now(), deps.batchSize ?? 200);
    if (items.length === 0) return answered;
    let response;
    try {
      report.requests += 1;
      response = await deps.client.uploadBatch({ batchId: randomUUID(), payments: items.map((item) => toUpload(item, billerId, paymentContact(db, item.entry_id))) });
      if (response.results.length !== items.length || response.results.some((result, i) => result.clientTxnId !== items[i]!.entry_id)) {
        throw new GatewayError('GATEWAY_MALFORMED', 'The gateway answered for different payments than were sent. They will be sent again.', true);
      }
    } catch (error) {
      const at = now();
      db.transaction(() => items.forEach((item) => postpone(db, item, errorOf(error), at, backoff))).immediate();
      report.postponed += items.length;
      throw error;
    }
    const at = now();
    db.transaction(() => {
      if (!answered) clearBackoff(db, at);
      response.results.forEach((result, i) => {
        const item = items[i]!;
        if ((result.status === 'SUCCESS' || result.status === 'DUPLICATE') && result.txnRefId && result.approvalRefNumber) {
          markAccepted(
            db,
            item.entry_id,
            { txnRefId: result.txnRefId, approvalRefNumber: result.approvalRefNumber, walletDebit: result.walletDebit, commission: result.commission },
            at,
          );
          report.accepted += 1;
        } else if (result.status === 'PENDING') {
          markPending(db, item.entry_id, result.walletDebit, at);
        } else if (result.status === 'FAILED' && result.error) {
          // Even a retryable refusal (INSUFFICIENT_BALANCE) waits for the supervisor: sending it
          // again can only succeed after a fix, and a payment that is not being sent can be refunded safely.
          markRefused(db, item.entry_id, result.error, at);
          report.refused += 1;
        } else {
          postpone(db, item, result.error ?? { code: 'GATEWAY_RETRY', message: 'The gateway asked for this payment to be sent again later.' }, at, backoff);
          report.postponed += 1;
        }
      });
      saveWalletBalance(db, response.walletBalance, at.toISOString());
    }).immediate();
    answered = true;
  }
  return answered;
}

/** A FAILED status that gives no reason: the Hindi screen reads it as the gateway's unexplained refusal. */
const PENDING_REFUSED = { code: 'GATEWAY_REFUSED', message: 'The gateway refused this payment after holding it as pending, without saying why.' };

/**
 * Asks about payments the gateway reported PENDING: SUCCESS accepts one, FAILED makes it a refused
 * payment for the supervisor, and one the gateway does not know is uploaded again. Asks too about
 * voided payments whose upload got no readable answer: one the gateway holds is marked so (and
 * then asked back through a reversal request, sweepReversals), one it does not know stays voided
 * before upload. Each answer changes only the rows in the state it applies to.
 */
export async function pollPending(deps: SyncDeps, report: SyncReport): Promise<void> {
  const ids = [...pendingIds(deps.db, 500), ...voidedMaybeUploadedIds(deps.db, 100)];
  if (ids.length === 0) return;
  report.requests += 1;
  const response = checkStatusAnswer(ids, await deps.client.paymentStatus(ids));
  const at = deps.now();
  deps.db
    .transaction(() => {
      for (const result of response.results) {
        if (!ids.includes(result.clientTxnId)) continue;
        if (result.status === 'SUCCESS' && result.txnRefId && result.approvalRefNumber) {
          markAccepted(
            deps.db,
            result.clientTxnId,
            { txnRefId: result.txnRefId, approvalRefNumber: result.approvalRefNumber, walletDebit: result.walletDebit, commission: result.commission },
            at,
          );
          report.accepted += 1;
        } else if (result.status === 'FAILED') {
          // The biller turned down a payment the gateway held: the supervisor's exception, as a refused upload is.
          markRefused(deps.db, result.clientTxnId, result.error ?? PENDING_REFUSED, at);
          report.refused += 1;
        } else if (result.status === 'PENDING') {
          // A voided payment the gateway holds for the biller: its debit is in the balance, and its reversal follows.
          markPending(deps.db, result.clientTxnId, result.walletDebit, at);
        } else if (result.status === 'NOT_FOUND') {
          markWaitingAgain(deps.db, result.clientTxnId, at);
          markAbsent(deps.db, result.clientTxnId, at);
        }
      }
    })
    .immediate();
}

/** The biller's rules from the gateway become the rules the counter checks every payment against. */
function saveRules(db: Db, config: GatewayConfig): void {
  saveBillerRules(db, {
    exactness: config.paymentAmountExactness,
    minPaise: config.minCashPaise,
    maxPaise: config.maxCashPaise,
    dailyLimitPaise: config.dailyCashLimitPerConsumerPaise,
    ...(config.changeRounding ? { changeRounding: config.changeRounding } : {}),
  });
  setSetting(db, 'biller_id', config.billerId);
  if (config.receiptVerifyUrl) setSetting(db, 'receipt_verify_url', config.receiptVerifyUrl);
  saveScanPattern(db, config.scanPattern);
}

export async function refreshRules(deps: SyncDeps, report: SyncReport): Promise<void> {
  report.requests += 1;
  const config = await readConfigKeepingLastGood(deps.client, deps.db, deps.now());
  if (config) deps.db.transaction(() => saveRules(deps.db, config)).immediate();
}

export async function refreshWallet(deps: SyncDeps, report: SyncReport): Promise<void> {
  report.requests += 1;
  const wallet = await deps.client.wallet();
  saveWalletMirror(deps.db, wallet);
}

/** Brings the local bill master up to date from the stored cursor, one page per transaction. */
export async function pullBillMaster(deps: SyncDeps, report: SyncReport): Promise<void> {
  const { billMaster, bills } = deps;
  for (let page = 0; page < (deps.maxBillMasterPages ?? 1000); page += 1) {
    report.requests += 1;
    const result = await deps.client.billMasterRows(pullState(billMaster).cursor, deps.billMasterPageSize ?? 5000);
    saveBillMasterPage(billMaster, bills, result, deps.now());
    // Counted once the page is saved in the bill file, so the count never runs ahead of the bills kept.
    deps.db.transaction(() => billMasterPageSaved(deps.db, result.rows.length + result.removed.length, result.remaining, deps.now())).immediate();
    report.billsUpdated += result.rows.length + result.removed.length;
    if (!result.hasMore) return;
  }
}

/**
 * One round of sync: upload first (the money), then settle PENDING ones, then the reversals of
 * payments voided after upload (asked for, then followed), then the consumers' complaints (sent,
 * then followed until the company closes them), then the wallet, the
 * biller's rules and the bill master. Any transient failure ends the round and marks the cabin offline; payments wait.
 */
export async function syncOnce(deps: SyncDeps): Promise<SyncReport> {
  const report = emptySyncReport();
  roundStarted(deps.db, deps.now());
  try {
    const answered = await uploadDue(deps, report);
    await pollPending(deps, report);
    await sendReversals(deps, report);
    await pollReversals(deps, report);
    await sendComplaints(deps, report);
    await pollComplaints(deps, report);
    await refreshWallet(deps, report);
    // The gateway answered: the cabin is online while the long bill master download goes on.
    setSetting(deps.db, 'sync_online', '1');
    // The gateway is back but every payment was still waiting out its delay: send them now.
    if (!answered && deps.db.transaction(() => clearBackoff(deps.db, deps.now())).immediate() > 0) await uploadDue(deps, report);
    await refreshRules(deps, report);
    await pullBillMaster(deps, report);
    report.online = true;
    setSetting(deps.db, 'sync_last_ok_at', deps.now().toISOString());
  } catch (error) {
    report.error = errorOf(error).message;
    report.online = !(error instanceof GatewayError && error.transient);
  }
  setSetting(deps.db, 'sync_online', report.online ? '1' : '0');
  setSetting(deps.db, 'sync_last_error', report.error ?? '');
  roundEnded(deps.db);
  return report;
}

/** The client for this data folder's gateway with the device token, or undefined if either is missing. */
export function clientFromSettings(db: Db, deviceToken: string | null, timeoutMs?: number): GatewayClient | undefined {
  const baseUrl = getSetting(db, 'gateway_url');
  if (!baseUrl || !deviceToken) return undefined;
  return createGatewayClient({ baseUrl, deviceToken, ...(timeoutMs ? { timeoutMs } : {}) });
}

export interface Registration {
  gatewayUrl: string;
  registrationCode: string;
  cabinCode: string;
  deviceName: string;
}

/** Exchanges a supervisor's one-time code for this cabin's device token and stores it (sealed where it can be) with the gateway address. */
export async function registerDevice(db: Db, tokens: DeviceTokenStore, registration: Registration, fetchImpl?: typeof fetch): Promise<{ agentId: string; agentName: string }> {
  const unauthenticated = createGatewayClient({ baseUrl: registration.gatewayUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const answer = await unauthenticated.register({
    registrationCode: registration.registrationCode,
    cabinCode: registration.cabinCode,
    deviceName: registration.deviceName,
  });
  const client = createGatewayClient({ baseUrl: registration.gatewayUrl, deviceToken: answer.deviceToken, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const config = await client.config();
  db.transaction(() => {
    setSetting(db, 'gateway_url', unauthenticated.baseUrl);
    tokens.save(answer.deviceToken);
    // Registered means a token this computer can open again: a seal that does not read back is rolled back.
    if (tokens.load() !== answer.deviceToken) {
      throw new RokadError(
        'DEVICE_TOKEN_UNREADABLE',
        'The gateway registered this computer, but its token could not be stored so that it reads back. Nothing was kept; get a new registration code and try again.',
      );
    }
    setSetting(db, 'agent_id', answer.agentId);
    saveRules(db, config);
  }).immediate();
  return { agentId: answer.agentId, agentName: answer.agentName };
}

export function syncStatus(db: Db, billMaster: Db, now = new Date()): SyncStatus {
  const counts = outboxCounts(db);
  const registered = hasDeviceToken(db);
  return {
    registered,
    gatewayUrl: getSetting(db, 'gateway_url'),
    online: registered && getSetting(db, 'sync_online') === '1',
    waitingCount: counts.waiting,
    pendingCount: counts.pending,
    exceptionCount: counts.exceptions,
    lastSyncAt: getSetting(db, 'sync_last_ok_at'),
    lastError: getSetting(db, 'sync_last_error') || null,
    billMasterSyncedAt: pullState(billMaster).syncedAt,
    rulesRefused: rulesRefused(db),
    ...roundFacts(db, now),
  };
}
