import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { indiaDate } from '../../shared/time';
import { createAuditLog, type AuditLog } from './audit/auditLog';
import { createSessions, defaultSecurityPolicy, type SecurityPolicy, type Sessions } from './auth/sessions';
import { createUserStore, type UserStore } from './auth/userStore';
import { BILL_MASTER_FILE, openBillMaster } from './bills/billMasterFile';
import { createBillStore, type BillStore } from './bills/billStore';
import { demoBills } from './bills/demoBills';
import type { Db } from '../../shared/node/sqlite/openDatabase';
import { openLedger } from './db/openLedger';
import type { Updater } from './app/updateGate';
import { checkpointWhenQuiet, type IdleCheckpoints } from './db/walCheckpoints';
import { createExceptionResolution, type ExceptionResolution } from './exceptions/resolveExceptions';
import { createPaymentQueries, type PaymentQueries } from './ledger/paymentQueries';
import { followUpAfterBurst, followUpPayments } from './ledger/followUpPayments';
import { createRecordPayment } from './ledger/recordPayment';
import { createVoidPayment } from './ledger/voidPayment';
import { writeExports, type ExportRequest } from './exports/writeExports';
import { dayReport } from './reports/dayReport';
import { createReceiptPrinting, type ReceiptPrinting } from './printing/receiptPrinting';
import type { ReceiptHeader } from './printing/receiptRecord';
import type { SpoolerDriver } from './printing/winspool/spoolerDriver';
import { createLogReprint } from './receipts/logReprint';
import { ensureCabinCode } from './settings/cabinCode';
import { createShifts, type Shifts } from './shifts/shifts';
import { createShiftSlips, type ShiftSlips } from './shifts/shiftSlips';
import { createDeviceTokenStore, hasDeviceToken, type DeviceTokenStore } from './settings/deviceToken';
import type { SecretStore } from './settings/secretStore';
import { createBackups, type Backups } from './backups/backups';
import { setSetting } from './settings/settings';
import { useBackupFolder } from './backups/defaultBackupFolder';
import { clientFromSettings, emptySyncReport, NOT_REGISTERED_MESSAGE, syncOnce, type SyncReport } from './sync/syncCycle';
import { uploadRound } from './sync/uploadRound';
import { checkWalletCovers } from './wallet/wallet';
import type { GatewayClient } from './sync/gatewayClient';
import type { StartupHealth } from '../../shared/backups';
import type { SignedInUser } from '../../shared/domain';
import type { DayRange, DayReport, ExportResult } from '../../shared/reports';

export interface ServiceOptions {
  /** The folder that holds the ledger; Electron passes userData, tests a temporary folder. */
  dataDir: string;
  /** Used only the first time this data folder is opened. */
  cabinCode: string;
  now?: () => Date;
  /** Load the demo bills into an empty bill table. */
  demoBills?: boolean;
  security?: Partial<SecurityPolicy>;
  /** A gateway to use; stored in the data folder, so later opens need not repeat it. */
  gateway?: { url: string; deviceToken: string };
  /** Seals the device token with the OS's key (main passes Electron's safeStorage); without one it is stored in the clear. */
  secrets?: SecretStore;
  /** How long an online bill lookup waits before falling back to the bill master. */
  onlineLookupTimeoutMs?: number;
  /** The bundled Noto Sans Devanagari TTFs; outside an asar archive, since Skia reads them by path. */
  fontsDir?: string;
  receiptHeader?: ReceiptHeader;
  /** Starts the app again (Electron main passes relaunch-and-exit); used only after a backup is restored. */
  restartApp?: () => void;
  /** The operating system's folder picker (Electron main passes its dialog); none where there is no screen of its own. */
  chooseFolder?: () => Promise<string | null>;
  /** The shell's updater; none in the tests and where no update feed is set. */
  updates?: Updater;
  /** A new ledger's backup folder, outside the data folder (main passes defaultBackupFolder); an existing cabin keeps its own. */
  backupFolder?: string;
  /** The Windows spooler module, where the build ships one (printer:Name interfaces). */
  spoolerDriver?: SpoolerDriver;
  /**
   * Take the day's backup on the first start of an India day, and check every hour while Rokad
   * runs past midnight. The app turns it on; tests leave it off unless they test it.
   */
  dailyBackups?: boolean;
  /**
   * The integrity check still reading the file after start (see startCore): the day's backups
   * wait for it, so a damaged file is never copied over the rotation of good backups.
   */
  ledgerChecked?: Promise<boolean>;
  /** How long the ledger must be quiet before its WAL is checkpointed (walCheckpoints' QUIET_MS unless a test shortens it). */
  walQuietMs?: number;
}

/** Runs a sync round now: in this process by default; startSync hands it to the sync worker. */
export interface SyncRunner {
  runNow: () => Promise<SyncReport>;
  /** Only the upload of what is due, right after a payment (see awaitApproval). */
  uploadNow: () => Promise<SyncReport>;
}

export interface Services {
  db: Db;
  /** The bill master's own file (bill-master.sqlite): a cache of the zone's bills, never backed up with the ledger. */
  billMaster: Db;
  chooseFolder: (() => Promise<string | null>) | undefined;
  updates: Updater | undefined;
  cabinCode: string;
  now: () => Date;
  audit: AuditLog;
  users: UserStore;
  sessions: Sessions;
  shifts: Shifts;
  shiftSlips: ShiftSlips;
  bills: BillStore;
  payments: PaymentQueries;
  recordPayment: ReturnType<typeof createRecordPayment>;
  voidPayment: ReturnType<typeof createVoidPayment>;
  logReprint: ReturnType<typeof createLogReprint>;
  /** The supervisor's retry or refund of a payment the gateway refused. */
  exceptions: ExceptionResolution;
  /** The bearer token of this folder's registration, sealed at rest where the OS offers a key. */
  deviceToken: DeviceTokenStore;
  /** The gateway this folder is registered with, for quick online calls; undefined when not registered. */
  gateway: () => GatewayClient | undefined;
  sync: SyncRunner;
  receipts: ReceiptPrinting;
  /** The Windows spooler driver, where this Rokad has one. */
  spooler: SpoolerDriver | undefined;
  backups: Backups;
  /** The start-up check passed; the last backup and any backup failure since. */
  health: () => StartupHealth;
  dayReport: (range: DayRange) => DayReport;
  writeExports: (request: ExportRequest, actor: SignedInUser) => Promise<ExportResult>;
  /** The ledger's checkpoints at quiet moments; the ledger bench runs them between payments as the quiet ticks would. */
  walCheckpoints: IdleCheckpoints;
  close: () => void;
}

export const LEDGER_FILE = 'ledger.sqlite';

function notConnected(db: Db): string {
  return hasDeviceToken(db)
    ? 'The device token is stored sealed and this computer’s key cannot open it now. Sign in to Windows as the cabin’s usual user, or register the cabin again.'
    : NOT_REGISTERED_MESSAGE;
}

// This file and the main bundle (out/main) both sit two folders below the app root. A packaged
// app keeps the fonts beside app.asar, in app.asar.unpacked, where Skia can read them by path.
const BUNDLED_FONTS_DIR = join(__dirname, '..', '..', 'assets', 'fonts').replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');

/** The composition root of the core: everything main (or a test) needs, from one data folder. */
export function createServices(options: ServiceOptions): Services {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const db = openLedger(join(options.dataDir, LEDGER_FILE));
  let opened: Db | undefined;
  try {
    const billMaster = openBillMaster(join(options.dataDir, BILL_MASTER_FILE));
    opened = billMaster;
    const newLedger = db.prepare("SELECT 1 FROM settings WHERE key = 'cabin_code'").get() === undefined;
    const cabinCode = ensureCabinCode(db, options.cabinCode);
    if (newLedger && options.backupFolder) useBackupFolder(db, options.backupFolder);
    const bills = createBillStore(billMaster);
    if (options.demoBills && bills.count() === 0) bills.save(demoBills(indiaDate(now())));
    const deviceToken = createDeviceTokenStore(db, options.secrets);
    if (options.gateway) {
      setSetting(db, 'gateway_url', options.gateway.url);
      deviceToken.save(options.gateway.deviceToken);
    }
    const audit = createAuditLog(db, now);
    const users = createUserStore(db);
    const payments = createPaymentQueries(db);
    const backups = createBackups({ db, dataDir: options.dataDir, cabinCode, now, audit });
    const shiftBook = createShifts(db, { cabinCode, now, audit });
    // After the close has committed (a handover closes the outgoing shift too): a backup that fails is logged and shown, and the shift stays closed.
    const shifts: Shifts = {
      ...shiftBook,
      close: (...args) => {
        const report = shiftBook.close(...args);
        backups.inBackground('SHIFT_CLOSE');
        return report;
      },
      handOver: (...args) => {
        const handedOver = shiftBook.handOver(...args);
        backups.inBackground('SHIFT_CLOSE');
        return handedOver;
      },
    };
    let dailyTimer: NodeJS.Timeout | undefined;
    let closed = false;
    const startDailyBackups = () => {
      dailyTimer = setInterval(() => backups.dailyIfDue(), 60 * 60_000).unref();
      backups.dailyIfDue();
    };
    if (options.dailyBackups && options.ledgerChecked) void options.ledgerChecked.then((sound) => sound && !closed && startDailyBackups());
    else if (options.dailyBackups) startDailyBackups();
    const fontsDir = options.fontsDir ?? BUNDLED_FONTS_DIR;
    const reportDeps = { db, cabinCode, shiftReport: shifts.report, audit, now, fontsDir };
    const receipts = createReceiptPrinting({
      db,
      now,
      fontsDir,
      dataDir: options.dataDir,
      ...(options.receiptHeader ? { header: options.receiptHeader } : {}),
      ...(options.spoolerDriver ? { spoolerDriver: options.spoolerDriver } : {}),
    });
    // Its ticks end on their own if a step below throws and the ledger is closed.
    const record = createRecordPayment(db, { cabinCode, bills, payments, now, checkWallet: (amountPaise) => checkWalletCovers(db, amountPaise, now()) });
    // A payment's follow-ups are written at quiet moments, or sooner by whatever reads them first, or after a burst.
    const walCheckpoints = checkpointWhenQuiet(db, options.walQuietMs, () => followUpPayments(db));
    return {
      db,
      billMaster,
      chooseFolder: options.chooseFolder,
      updates: options.updates,
      cabinCode,
      now,
      audit,
      users,
      sessions: createSessions({ users, audit, now, policy: { ...defaultSecurityPolicy, ...options.security } }),
      shifts,
      shiftSlips: createShiftSlips(db, { shifts, audit }),
      bills,
      payments,
      recordPayment: (request, collector) => {
        const recorded = record(request, collector);
        if (!recorded.replayed) followUpAfterBurst(db);
        return recorded;
      },
      voidPayment: createVoidPayment(db, { payments, audit, now }),
      logReprint: createLogReprint(db, { payments, audit }),
      exceptions: createExceptionResolution(db, { cabinCode, payments, shifts, audit, now, queueRefundSlip: receipts.queueRefundSlip }),
      deviceToken,
      gateway: () => clientFromSettings(db, deviceToken.load(), options.onlineLookupTimeoutMs ?? 4_000),
      sync: {
        runNow: async () => {
          const client = clientFromSettings(db, deviceToken.load());
          if (!client) return emptySyncReport(notConnected(db));
          return syncOnce({ db, billMaster, bills, client, now });
        },
        uploadNow: async () => {
          const client = clientFromSettings(db, deviceToken.load());
          if (!client) return emptySyncReport(notConnected(db));
          return uploadRound({ db, billMaster, bills, client, now });
        },
      },
      receipts,
      spooler: options.spoolerDriver,
      backups,
      health: () => ({ damaged: false, problem: null, newestGoodBackup: null, lastBackup: backups.list()[0] ?? null, lastBackupError: backups.lastError() }),
      dayReport: (range) => dayReport(db, reportDeps, range),
      writeExports: (request, actor) => writeExports(reportDeps, request, actor),
      walCheckpoints,
      close: () => {
        closed = true;
        clearInterval(dailyTimer);
        walCheckpoints.close();
        billMaster.close();
        db.close();
      },
    };
  } catch (error) {
    opened?.close();
    db.close();
    throw error;
  }
}
