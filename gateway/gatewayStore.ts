import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { billToCollect } from '../shared/bills/billToCollect';
import type { Db } from '../shared/node/sqlite/openDatabase';
import { openDatabase } from '../shared/node/sqlite/openDatabase';
import { RokadError } from '../shared/errors';
import type {
  FailureCode,
  GatewayBill,
  GatewayConfig,
  PaymentResult,
  RegisterRequest,
  RegisterResponse,
  ReversalRequest,
  ReversalResponse,
  ReversalStatusResponse,
  StatusResponse,
  UploadPayment,
  WalletLedgerResponse,
  WalletResponse,
} from '../shared/gateway/schemas';
import { checkAmount } from '../shared/amountRules';
import { VERIFY_URL_PATTERN } from '../shared/receiptVerification';
import type { BillerRules } from '../shared/domain';
import { formatPaise } from '../shared/money';
import { indiaDate } from '../shared/time';
import { createConsumerMessages } from './consumerMessages';
import { createBillMasterPages } from './billMasterPages';
import { createCabinClock, type Device } from './cabinClock';
import { createComplaintDesk } from './complaintDesk';
import { toGatewayBill, type GatewayBillRow } from './db/gatewayBillRow';
import { gatewayMigrations } from './db/gatewayMigrations';

/**
 * What this gateway serves about its biller: the cash rules, the very type the cabins check a
 * payment against, and the biller's terms around them.
 */
export interface GatewayRules extends BillerRules {
  billerId: string;
  billerName: string;
  consumerNoPattern: string;
  scanPattern: string;
  commissionPerBillPaise: number;
  receiptHeader: string[];
  helpline: string;
}

export const DEFAULT_RULES: GatewayRules = {
  billerId: 'MPCZ00000MP01',
  billerName: 'MP Madhya Kshetra Vidyut Vitaran Co. Ltd (Bhopal)',
  exactness: 'EXACT',
  consumerNoPattern: '^(N\\d{10}|\\d{10})$',
  // The bill's QR holds the number alone, or after IVRS= / IVRS: in a longer text (a link or a record).
  scanPattern: '(?:^|IVRS[=:]\\s*)(N\\d{10}|\\d{10})(?![0-9A-Z])',
  minPaise: 100,
  maxPaise: 1_000_000,
  dailyLimitPaise: 19_999_900,
  commissionPerBillPaise: 500,
  receiptHeader: ['मध्य क्षेत्र विद्युत वितरण कंपनी', 'MPCZ Bhopal: bill payment receipt'],
  helpline: '1912',
  // Change to the nearest rupee: no cabin drawer holds paise coins.
  changeRounding: { stepPaise: 100, direction: 'NEAREST' },
};

export interface GatewayStoreOptions {
  rules?: Partial<GatewayRules>;
  now?: () => Date;
  /** How many status polls a new payment stays PENDING for before the biller "confirms" it. */
  pendingPolls?: number;
  /** The public address of the receipt verification page, sent to cabins in /v1/config; else this server's own /r. */
  receiptVerifyUrl?: string;
}

interface PaymentRow {
  client_txn_id: string;
  agent_id: string;
  body_hash: string;
  amount_paise: number;
  commission_paise: number;
  balance_after_paise: number;
  txn_ref_id: string;
  approval_ref_number: string;
  pending_polls_left: number;
}

export interface ReversalCaseRow {
  case_id: string;
  client_txn_id: string;
  agent_id: string;
  reason: string;
  requested_by: string;
  opened_at: string;
  status: 'OPEN' | 'ACCEPTED' | 'REFUSED';
  decided_at: string | null;
  note: string | null;
  wallet_credit_paise: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The fields that make a payment what it is; a retry must repeat them exactly. */
function bodyHash(payment: UploadPayment): string {
  const { clientTxnId, receiptNo, consumerNo, billNumber, billerId, amount, currency, collectedAt } = payment;
  return sha256(JSON.stringify([clientTxnId, receiptNo, consumerNo, billNumber, billerId, amount, currency, collectedAt]));
}

function failed(clientTxnId: string, code: FailureCode, message: string, retryable = false): PaymentResult {
  return { clientTxnId, status: 'FAILED', txnRefId: null, approvalRefNumber: null, walletDebit: 0, commission: 0, walletBalanceAfter: null, error: { code, message }, retryable };
}

function accepted(row: PaymentRow, status: 'SUCCESS' | 'DUPLICATE'): PaymentResult {
  const pending = row.pending_polls_left > 0;
  return {
    clientTxnId: row.client_txn_id,
    status: pending ? 'PENDING' : status,
    txnRefId: pending ? null : row.txn_ref_id,
    approvalRefNumber: pending ? null : row.approval_ref_number,
    walletDebit: row.amount_paise,
    commission: row.commission_paise,
    walletBalanceAfter: row.balance_after_paise,
    error: null,
    retryable: pending,
  };
}

/** A registered device as an auditor sees it. */
export interface CabinRecord {
  deviceId: string;
  agentId: string;
  cabinCode: string;
  deviceName: string;
  registeredAt: string;
  /** The gateway's time of the device's last request. */
  lastSyncAt: string | null;
  /** The accepted payment with the highest receipt number: no later receipt may carry an earlier time. */
  lastReceipt: { receiptNo: string; collectedAt: string; acceptedAt: string } | null;
}

export type GatewayStore = ReturnType<typeof createGatewayStore>;

/** Everything the reference gateway knows and does, on its own SQLite database. HTTP is a thin layer over this. */
export function createGatewayStore(file: string, options: GatewayStoreOptions = {}) {
  const db: Db = openDatabase(file, gatewayMigrations);
  const rules: GatewayRules = { ...DEFAULT_RULES, ...options.rules };
  const now = options.now ?? (() => new Date());
  const pendingPolls = options.pendingPolls ?? 0;

  const nextCounter = db
    .prepare(
      `INSERT INTO counters (name, value) VALUES (?, 1)
    ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
    )
    .pluck();
  const agentById = db.prepare('SELECT * FROM agents WHERE agent_id = ?');
  const setBalance = db.prepare('UPDATE agents SET balance_paise = ? WHERE agent_id = ?');
  const addEntry = db.prepare(`INSERT INTO wallet_entries (agent_id, kind, amount_paise, closing_balance_paise, client_txn_id, note, at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const billByConsumer = db.prepare('SELECT * FROM bills WHERE consumer_no = ?');
  const touchDevice = db.prepare('UPDATE devices SET last_sync_at = ? WHERE token_hash = ? RETURNING device_id, agent_id, cabin_code');
  const paymentById = db.prepare('SELECT * FROM payments WHERE client_txn_id = ?');
  const caseOf = db.prepare('SELECT * FROM reversal_cases WHERE client_txn_id = ? ORDER BY opened_at, case_id LIMIT 1');
  const paidBillNumber = db.prepare('SELECT 1 FROM payments WHERE bill_number = ? AND reversed_at IS NULL').pluck();
  const consumerDayTotal = db.prepare('SELECT coalesce(sum(amount_paise), 0) FROM payments WHERE consumer_no = ? AND collected_on = ? AND reversed_at IS NULL').pluck();
  const insertPayment = db.prepare(`INSERT INTO payments (client_txn_id, agent_id, device_id, body_hash, receipt_no, receipt_seq, consumer_no, bill_number,
      amount_paise, commission_paise, balance_after_paise, txn_ref_id, approval_ref_number, collected_at, collected_on, accepted_at, pending_polls_left, change_rounding_paise,
      receipt_code, consumer_mobile)
    VALUES (@client_txn_id, @agent_id, @device_id, @body_hash, @receipt_no, @receipt_seq, @consumer_no, @bill_number, @amount_paise, @commission_paise,
      @balance_after_paise, @txn_ref_id, @approval_ref_number, @collected_at, @collected_on, @accepted_at, @pending_polls_left, @change_rounding_paise,
      @receipt_code, @consumer_mobile)`);
  const markBillPaid = db.prepare('UPDATE bills SET paid_by_txn = ?, version = ? WHERE consumer_no = ?');
  const upsertBill = db.prepare(`INSERT INTO bills (consumer_no, consumer_name, address, mobile, bill_number, bill_month, bill_date, due_date,
      amount_by_due_paise, amount_after_due_paise, arrears_paise, paid_by_txn, version)
    VALUES (@consumerNo, @consumerName, @address, @mobile, @billNumber, @billMonth, @billDate, @dueDate,
      @amountByDuePaise, @amountAfterDuePaise, @arrearsPaise, NULL, @version)
    ON CONFLICT (consumer_no) DO UPDATE SET consumer_name = excluded.consumer_name, address = excluded.address, mobile = excluded.mobile,
      bill_number = excluded.bill_number, bill_month = excluded.bill_month, bill_date = excluded.bill_date, due_date = excluded.due_date,
      amount_by_due_paise = excluded.amount_by_due_paise, amount_after_due_paise = excluded.amount_after_due_paise,
      arrears_paise = excluded.arrears_paise, paid_by_txn = NULL, version = excluded.version`);

  function requireAgent(agentId: string): { agent_id: string; name: string; balance_paise: number; low_balance_threshold_paise: number } {
    const agent = agentById.get(agentId) as ReturnType<typeof requireAgent> | undefined;
    if (!agent) throw new RokadError('UNKNOWN_AGENT', `No agent ${agentId} on this gateway. Create it first with the "agent" command.`);
    return agent;
  }

  const cabinClock = createCabinClock(db, now);
  const messages = createConsumerMessages(db, { helpline: rules.helpline, now });

  const processPayment = db.transaction((device: Device, payment: UploadPayment): PaymentResult => {
    const { agentId } = device;
    const id = payment.clientTxnId;
    const hash = bodyHash(payment);
    // First, so an accepted payment sent again answers as it did, whatever has been accepted since.
    const existing = paymentById.get(id) as PaymentRow | undefined;
    if (existing) {
      if (existing.agent_id === agentId && existing.body_hash === hash) return accepted(existing, 'DUPLICATE');
      return failed(id, 'IDEMPOTENCY_MISMATCH', 'This clientTxnId was already used for a different payment. It was not applied again.');
    }
    if (payment.billerId !== rules.billerId) {
      return failed(
        id,
        'WRONG_BILLER',
        `This payment names biller ${payment.billerId}, but this cabin collects for ${rules.billerId} (${rules.billerName}). Let the cabin sync once, so it takes the gateway’s biller, then send the payment again.`,
      );
    }
    const clock = cabinClock.check(device, payment.receiptNo, payment.collectedAt);
    if (!clock.ok) return failed(id, clock.code, clock.message);
    const bill = billByConsumer.get(payment.consumerNo) as GatewayBillRow | undefined;
    if (!bill) return failed(id, 'UNKNOWN_CONSUMER', `No consumer ${payment.consumerNo} in this biller's records.`);
    if (bill.bill_number !== payment.billNumber) {
      if (paidBillNumber.get(payment.billNumber)) return failed(id, 'BILL_ALREADY_PAID', `Bill ${payment.billNumber} was already paid.`);
      return failed(id, 'UNKNOWN_BILL', `Bill ${payment.billNumber} is not the current bill of consumer ${payment.consumerNo}.`);
    }
    if (bill.paid_by_txn) return failed(id, 'BILL_ALREADY_PAID', `Bill ${payment.billNumber} was already paid.`);
    const beforeBill = cabinClock.checkBillDate(payment.receiptNo, payment.collectedAt, bill);
    if (beforeBill) return failed(id, beforeBill.code, beforeBill.message);
    const collectedOn = indiaDate(new Date(payment.collectedAt));
    const due = billToCollect(toGatewayBill(bill), collectedOn);
    const broken = checkAmount(rules, due.amountToCollectPaise, payment.amount, consumerDayTotal.get(payment.consumerNo, collectedOn) as number);
    // The protocol has one code for both cash limits; the app's own rules tell them apart.
    if (broken) return failed(id, broken.code === 'AMOUNT_RULE' ? 'AMOUNT_RULE' : 'CASH_LIMIT', broken.message);
    const agent = requireAgent(agentId);
    if (agent.balance_paise < payment.amount) {
      return failed(
        id,
        'INSUFFICIENT_BALANCE',
        `Wallet balance ${formatPaise(agent.balance_paise)} is less than ${formatPaise(payment.amount)}. Top up the wallet and upload again.`,
        true,
      );
    }
    const at = now().toISOString();
    const afterDebit = agent.balance_paise - payment.amount;
    const afterCommission = afterDebit + rules.commissionPerBillPaise;
    addEntry.run(agentId, 'DEBIT', -payment.amount, afterDebit, id, `Bill ${bill.bill_number} of ${bill.consumer_no}`, at);
    addEntry.run(agentId, 'COMMISSION', rules.commissionPerBillPaise, afterCommission, id, `Commission on ${bill.bill_number}`, at);
    setBalance.run(afterCommission, agentId);
    const sequence = nextCounter.get('payment') as number;
    const row = {
      client_txn_id: id,
      agent_id: agentId,
      device_id: device.deviceId,
      body_hash: hash,
      receipt_no: payment.receiptNo,
      receipt_seq: clock.sequence,
      consumer_no: payment.consumerNo,
      bill_number: payment.billNumber,
      amount_paise: payment.amount,
      commission_paise: rules.commissionPerBillPaise,
      balance_after_paise: afterCommission,
      txn_ref_id: `MPCZ${collectedOn.replaceAll('-', '')}${String(sequence).padStart(8, '0')}`,
      approval_ref_number: `AP${randomBytes(5).toString('hex').toUpperCase()}`,
      collected_at: payment.collectedAt,
      collected_on: collectedOn,
      accepted_at: at,
      pending_polls_left: pendingPolls,
      change_rounding_paise: payment.changeRoundingPaise ?? 0,
      receipt_code: payment.receiptCode ?? null,
      consumer_mobile: payment.consumerMobile ?? null,
    };
    insertPayment.run(row);
    markBillPaid.run(id, nextCounter.get('bill_version'), bill.consumer_no);
    messages.queueFor(id);
    return accepted(row, 'SUCCESS');
  });

  return {
    db,
    rules,
    /** The messages to consumers this gateway queues; delivered through a Notifier (gateway/notifier.ts). */
    messages,
    close: () => db.close(),
    /** The consumers' complaints the cabins send, and the company's desk for them. */
    complaints: createComplaintDesk(db, now),

    /** Loads (or replaces) bills; each gets a new version so bill-master cursors see the change. */
    saveBills: db.transaction((bills: Iterable<GatewayBill>) => {
      let count = 0;
      for (const bill of bills) {
        upsertBill.run({ ...bill, version: nextCounter.get('bill_version') });
        count += 1;
      }
      return count;
    }),

    billCount: () => db.prepare('SELECT count(*) FROM bills').pluck().get() as number,

    ensureAgent(agentId: string, name: string, lowBalanceThresholdPaise = 200_000): void {
      db.prepare('INSERT INTO agents (agent_id, name, balance_paise, low_balance_threshold_paise) VALUES (?, ?, 0, ?) ON CONFLICT DO NOTHING').run(
        agentId,
        name,
        lowBalanceThresholdPaise,
      );
    },

    issueRegistrationCode(agentId: string): string {
      requireAgent(agentId);
      const code = randomBytes(6).toString('hex').toUpperCase();
      db.prepare('INSERT INTO registration_codes (code, agent_id) VALUES (?, ?)').run(code, agentId);
      return code;
    },

    topUp: db.transaction((agentId: string, amountPaise: number, note: string): number => {
      if (!Number.isSafeInteger(amountPaise) || amountPaise <= 0) throw new RokadError('BAD_AMOUNT', 'A top-up must be a positive whole number of paise.');
      const balance = requireAgent(agentId).balance_paise + amountPaise;
      setBalance.run(balance, agentId);
      addEntry.run(agentId, 'TOPUP', amountPaise, balance, null, note, now().toISOString());
      return balance;
    }),

    register: db.transaction((request: RegisterRequest): RegisterResponse => {
      const code = db.prepare('SELECT * FROM registration_codes WHERE code = ?').get(request.registrationCode) as { agent_id: string; used_at: string | null } | undefined;
      if (!code || code.used_at) {
        throw new RokadError('BAD_REGISTRATION_CODE', 'This registration code is unknown or was already used. Ask the supervisor for a new one.');
      }
      const at = now().toISOString();
      db.prepare('UPDATE registration_codes SET used_at = ? WHERE code = ?').run(at, request.registrationCode);
      const token = randomBytes(32).toString('base64url');
      db.prepare('INSERT INTO devices (token_hash, device_id, agent_id, cabin_code, device_name, registered_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        sha256(token),
        `DEV-${String(nextCounter.get('device')).padStart(6, '0')}`,
        code.agent_id,
        request.cabinCode,
        request.deviceName,
        at,
      );
      return { deviceToken: token, agentId: code.agent_id, agentName: requireAgent(code.agent_id).name, cabinCode: request.cabinCode };
    }),

    /**
     * The device a bearer token names, or undefined: a token never reaches another agent's wallet.
     * The gateway's time of the request is kept as the cabin's last sync, for an auditor to set
     * beside the times its payments carry. It is written with synchronous=NORMAL, not the FULL
     * fsync of money: a pull of 550,000 bills makes 110 requests, and a power cut that loses the
     * last of these writes only makes the cabin look last seen a little earlier (the receipt
     * check's "last online"). WAL keeps commits in order, so the next FULL commit makes it durable.
     */
    authenticate(token: string): Device | undefined {
      db.pragma('synchronous = NORMAL');
      try {
        const row = touchDevice.get(now().toISOString(), sha256(token)) as { device_id: string; agent_id: string; cabin_code: string } | undefined;
        return row && { deviceId: row.device_id, agentId: row.agent_id, cabinCode: row.cabin_code };
      } finally {
        db.pragma('synchronous = FULL');
      }
    },

    /** Every registered device with its last sync and the newest receipt accepted from it: what an auditor compares to see a cabin's clock. */
    cabins(): CabinRecord[] {
      const rows = db
        .prepare(
          `SELECT d.device_id, d.agent_id, d.cabin_code, d.device_name, d.registered_at, d.last_sync_at, p.receipt_no, p.collected_at, p.accepted_at
           FROM devices AS d LEFT JOIN payments AS p ON p.client_txn_id =
             (SELECT client_txn_id FROM payments WHERE device_id = d.device_id ORDER BY receipt_seq DESC LIMIT 1)
           ORDER BY d.device_id`,
        )
        .all() as Array<{
        device_id: string;
        agent_id: string;
        cabin_code: string;
        device_name: string;
        registered_at: string;
        last_sync_at: string | null;
        receipt_no: string | null;
        collected_at: string | null;
        accepted_at: string | null;
      }>;
      return rows.map((row) => ({
        deviceId: row.device_id,
        agentId: row.agent_id,
        cabinCode: row.cabin_code,
        deviceName: row.device_name,
        registeredAt: row.registered_at,
        lastSyncAt: row.last_sync_at,
        lastReceipt: row.receipt_no && row.collected_at && row.accepted_at ? { receiptNo: row.receipt_no, collectedAt: row.collected_at, acceptedAt: row.accepted_at } : null,
      }));
    },

    /** `origin` is the address the request came to: without a configured verification address, the cabin is sent this server's own page. */
    config(origin?: string): GatewayConfig {
      const verifyUrl = options.receiptVerifyUrl ?? (origin ? `${origin}/r` : undefined);
      return {
        billerId: rules.billerId,
        billerName: rules.billerName,
        consumerNoPattern: rules.consumerNoPattern,
        scanPattern: rules.scanPattern,
        paymentAmountExactness: rules.exactness,
        minCashPaise: rules.minPaise,
        maxCashPaise: rules.maxPaise,
        dailyCashLimitPerConsumerPaise: rules.dailyLimitPaise,
        commissionPerBillPaise: rules.commissionPerBillPaise,
        currency: 'INR',
        receiptHeader: rules.receiptHeader,
        helpline: rules.helpline,
        serverTime: now().toISOString(),
        ...(rules.changeRounding ? { changeRounding: rules.changeRounding } : {}),
        ...(verifyUrl && VERIFY_URL_PATTERN.test(verifyUrl) ? { receiptVerifyUrl: verifyUrl } : {}),
      };
    },

    fetchBill(consumerNo: string): { bill: GatewayBill; refId: string } {
      const row = billByConsumer.get(consumerNo) as GatewayBillRow | undefined;
      if (!row) throw new RokadError('UNKNOWN_CONSUMER', `No consumer ${consumerNo} in this biller's records.`);
      if (row.paid_by_txn) throw new RokadError('BILL_ALREADY_PAID', `The current bill of ${consumerNo} (${row.bill_number}) is already paid.`, { consumerNo });
      return { bill: toGatewayBill(row), refId: `REF${randomUUID().replaceAll('-', '').slice(0, 20).toUpperCase()}` };
    },

    ...createBillMasterPages(db),

    wallet(agentId: string): WalletResponse {
      const agent = requireAgent(agentId);
      const today = indiaDate(now());
      const commission = db.prepare('SELECT coalesce(sum(commission_paise), 0) FROM payments WHERE agent_id = ? AND collected_on LIKE ? AND reversed_at IS NULL').pluck();
      return {
        balance: agent.balance_paise,
        currency: 'INR',
        lowBalanceThreshold: agent.low_balance_threshold_paise,
        commissionToday: commission.get(agentId, today) as number,
        commissionThisMonth: commission.get(agentId, `${today.slice(0, 7)}-%`) as number,
        asOf: now().toISOString(),
      };
    },

    walletLedger(agentId: string, query: { from?: string; to?: string; cursor: string; limit: number }): WalletLedgerResponse {
      const rows = db
        .prepare(`SELECT * FROM wallet_entries WHERE agent_id = ? AND seq > ? AND at >= ? AND at <= ? ORDER BY seq LIMIT ?`)
        .all(
          agentId,
          Number(query.cursor || 0),
          query.from ? new Date(query.from).toISOString() : '',
          query.to ? new Date(query.to).toISOString() : '9',
          query.limit + 1,
        ) as Array<{
        seq: number;
        kind: 'TOPUP' | 'DEBIT' | 'COMMISSION' | 'REVERSAL';
        amount_paise: number;
        closing_balance_paise: number;
        client_txn_id: string | null;
        note: string;
        at: string;
      }>;
      const page = rows.slice(0, query.limit);
      return {
        entries: page.map((row) => ({
          entryId: String(row.seq),
          kind: row.kind,
          amount: row.amount_paise,
          closingBalance: row.closing_balance_paise,
          clientTxnId: row.client_txn_id,
          note: row.note,
          at: row.at,
        })),
        nextCursor: String(page.at(-1)?.seq ?? (query.cursor || 0)),
        hasMore: rows.length > query.limit,
      };
    },

    /** Each payment commits on its own, so a crash mid-batch leaves whole payments, never half of one. */
    uploadBatch(device: Device, payments: readonly UploadPayment[]): { walletBalance: number; results: PaymentResult[] } {
      const results = payments.map((payment) => processPayment.immediate(device, payment));
      return { walletBalance: requireAgent(device.agentId).balance_paise, results };
    },

    status: db.transaction((agentId: string, ids: readonly string[]): StatusResponse => ({
      results: ids.map((id) => {
        const row = paymentById.get(id) as PaymentRow | undefined;
        if (!row || row.agent_id !== agentId) {
          return { clientTxnId: id, status: 'NOT_FOUND', txnRefId: null, approvalRefNumber: null, walletDebit: 0, commission: 0, error: null };
        }
        if (row.pending_polls_left > 0) {
          db.prepare('UPDATE payments SET pending_polls_left = pending_polls_left - 1 WHERE client_txn_id = ?').run(id);
          return { clientTxnId: id, status: 'PENDING', txnRefId: null, approvalRefNumber: null, walletDebit: row.amount_paise, commission: row.commission_paise, error: null };
        }
        messages.queueFor(id);
        return {
          clientTxnId: id,
          status: 'SUCCESS',
          txnRefId: row.txn_ref_id,
          approvalRefNumber: row.approval_ref_number,
          walletDebit: row.amount_paise,
          commission: row.commission_paise,
          error: null,
        };
      }),
    })),

    /** One case per payment: asked again (an answer lost on the way), it answers with the case it opened and opens none. */
    openReversal: db.transaction((agentId: string, clientTxnId: string, request: ReversalRequest): ReversalResponse => {
      const row = paymentById.get(clientTxnId) as PaymentRow | undefined;
      if (!row || row.agent_id !== agentId) throw new RokadError('UNKNOWN_PAYMENT', `No uploaded payment ${clientTxnId} for this agent.`);
      const open = caseOf.get(clientTxnId) as ReversalCaseRow | undefined;
      if (open) return { caseId: open.case_id, clientTxnId, status: open.status, openedAt: open.opened_at };
      const caseId = `REV-${String(nextCounter.get('reversal')).padStart(6, '0')}`;
      const openedAt = now().toISOString();
      db.prepare('INSERT INTO reversal_cases (case_id, client_txn_id, agent_id, reason, requested_by, opened_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        caseId,
        clientTxnId,
        agentId,
        request.reason,
        request.requestedBy,
        openedAt,
      );
      return { caseId, clientTxnId, status: 'OPEN', openedAt };
    }),

    reversalStatus: (agentId: string, ids: readonly string[]): ReversalStatusResponse => ({
      results: ids.map((clientTxnId) => {
        const found = caseOf.get(clientTxnId) as ReversalCaseRow | undefined;
        if (!found || found.agent_id !== agentId) return { clientTxnId, status: 'NOT_FOUND', caseId: null, walletCredit: 0, note: null, decidedAt: null };
        return { clientTxnId, status: found.status, caseId: found.case_id, walletCredit: found.wallet_credit_paise, note: found.note, decidedAt: found.decided_at };
      }),
    }),

    /** Open cases, oldest first: the biller's desk (the `reversals` command). */
    openReversals: () => db.prepare("SELECT * FROM reversal_cases WHERE status = 'OPEN' ORDER BY opened_at, case_id").all() as ReversalCaseRow[],

    /**
     * The biller's decision on a case. Accepted: the debit comes back to the wallet less the
     * commission paid on the bill (two REVERSAL entries), the payment no longer counts and the bill
     * is due again. Refused: nothing moves. A decided case stays decided.
     */
    decideReversal: db.transaction((caseId: string, decision: 'ACCEPTED' | 'REFUSED', note: string | null): ReversalCaseRow => {
      const found = db.prepare('SELECT * FROM reversal_cases WHERE case_id = ?').get(caseId) as ReversalCaseRow | undefined;
      if (!found) throw new RokadError('NOT_FOUND', `No reversal case ${caseId}.`);
      if (found.status !== 'OPEN') throw new RokadError('INVALID_REQUEST', `Reversal case ${caseId} was already ${found.status.toLowerCase()}.`);
      const at = now().toISOString();
      let credit = 0;
      if (decision === 'ACCEPTED') {
        const payment = paymentById.get(found.client_txn_id) as PaymentRow & { bill_number: string; consumer_no: string };
        const agent = requireAgent(found.agent_id);
        credit = payment.amount_paise - payment.commission_paise;
        const afterCredit = agent.balance_paise + payment.amount_paise;
        addEntry.run(found.agent_id, 'REVERSAL', payment.amount_paise, afterCredit, found.client_txn_id, `Reversal ${caseId} of bill ${payment.bill_number}`, at);
        addEntry.run(
          found.agent_id,
          'REVERSAL',
          -payment.commission_paise,
          afterCredit - payment.commission_paise,
          found.client_txn_id,
          `Commission on ${payment.bill_number} taken back`,
          at,
        );
        setBalance.run(afterCredit - payment.commission_paise, found.agent_id);
        db.prepare('UPDATE payments SET reversed_at = ? WHERE client_txn_id = ?').run(at, found.client_txn_id);
        db.prepare('UPDATE bills SET paid_by_txn = NULL, version = ? WHERE paid_by_txn = ?').run(nextCounter.get('bill_version'), found.client_txn_id);
      }
      db.prepare('UPDATE reversal_cases SET status = ?, decided_at = ?, note = ?, wallet_credit_paise = ? WHERE case_id = ?').run(decision, at, note, credit, caseId);
      return { ...found, status: decision, decided_at: at, note, wallet_credit_paise: credit };
    }),
  };
}
