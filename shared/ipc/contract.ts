import { z } from 'zod';
import type {
  AppInfo,
  Bill,
  BillLookup,
  CashOutSlip,
  PaymentException,
  PaymentUploadStatus,
  RecordedPayment,
  RefundSlip,
  SessionStatus,
  ShiftReport,
  SignedInUser,
  SyncStatus,
  WalletStatus,
} from '../domain';
import { approvalSchema, clientTxnIdSchema, consumerNoSchema, languageSchema, paiseSchema, personNameSchema, pinSchema, reasonSchema, userIdSchema } from '../domain';
import { cashCountSchema } from '../denominations';
import { indianMobileSchema } from '../mobile';
import { cabinSetupSchema } from '../cabin';
import { complaintKindSchema, complaintTextSchema, type ComplaintView } from '../complaints';
import { backupSettingsSchema, restoreRequestSchema, type BackupInfo, type BackupSettings, type RestoreOutcome, type StartupHealth } from '../backups';
import type { Result } from '../errors';
import { MAX_APPROVAL_WAIT_MS } from '../approvalWait';
import { dayRangeSchema, exportRequestSchema, type DayReport, type ExportResult } from '../reports';
import { printerSettingsSchema, type InstalledPrinters, type PrinterCheck, type PrinterSettings, type PrintJobView, type ReceiptPreview } from '../printing';
import type { WalletMovements } from '../walletMovements';
import type { ConsumerPaymentStatus } from '../paymentStatus';
import type { UpdateStatus, UpdateWait } from '../updates';
import { anyone, collector, ownReceipt, person, supervisor, watcher, type Access, type CallerFor } from './access';
import type { Channel } from './channels';

const none = z.object({}).strict();
const receiptNoSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{3,40}$/, { error: 'That is not a receipt number.' });

/**
 * The one IPC contract: each channel's input schema and output type. Electron main and the
 * Chromium test harness both serve it through `dispatch`, so only the transport differs.
 * Who may call what (`access`) is checked by the core, from the session it holds, before the
 * handler runs; a handler checks only what depends on the input (another agent's shift, say).
 */
export const contract = {
  'app.info': { access: anyone, input: none },
  'app.restart': { access: anyone, input: none },
  'app.chooseFolder': { access: supervisor, input: none },
  'app.update': { access: supervisor, input: none },
  'app.installUpdate': { access: supervisor, input: none },
  'session.status': { access: anyone, input: none },
  'setup.firstSupervisor': { access: anyone, input: z.object({ userId: userIdSchema, name: personNameSchema, pin: pinSchema, language: languageSchema.default('en') }).strict() },
  'session.signIn': { access: anyone, input: z.object({ userId: userIdSchema, pin: pinSchema }).strict() },
  'session.unlock': { access: anyone, input: z.object({ pin: pinSchema }).strict() },
  'session.signOut': { access: anyone, input: none },
  'session.lock': { access: anyone, input: none },
  'session.setLanguage': { access: person, input: z.object({ language: languageSchema }).strict() },
  'users.list': { access: supervisor, input: none },
  'users.create': {
    access: person,
    input: z
      .object({
        userId: userIdSchema,
        name: personNameSchema,
        role: z.enum(['AGENT', 'SUPERVISOR']),
        pin: pinSchema,
        language: languageSchema.default('en'),
        approval: approvalSchema,
      })
      .strict(),
  },
  'shift.open': { access: person, input: z.object({ count: cashCountSchema }).strict() },
  'shift.cashMove': {
    access: collector,
    input: z
      .object({
        /** Made by the window for each move, so a second Enter or a retry records it once. */
        moveId: z.uuid({ error: 'A cash move id must be a UUID made by the app.' }),
        direction: z.enum(['IN', 'OUT']),
        amountPaise: paiseSchema.min(1, { error: 'The amount must be more than zero.' }),
        reason: reasonSchema,
        /** The supervisor's id and PIN for cash taken out; the core asks for it. */
        countersign: approvalSchema.optional(),
      })
      .strict(),
  },
  'shift.printCashOutSlip': { access: person, input: z.object({ moveId: z.uuid({ error: 'A cash move id must be a UUID made by the app.' }) }).strict() },
  'shift.closePreview': { access: collector, input: z.object({ count: cashCountSchema }).strict() },
  'shift.close': { access: collector, input: z.object({ count: cashCountSchema, note: reasonSchema.optional(), approval: approvalSchema.optional() }).strict() },
  'shift.handover': {
    access: collector,
    input: z
      .object({
        count: cashCountSchema,
        note: reasonSchema.optional(),
        approval: approvalSchema.optional(),
        outgoingPin: pinSchema,
        incomingUserId: userIdSchema,
        incomingPin: pinSchema,
      })
      .strict(),
  },
  'shift.report': { access: person, input: z.object({ shiftId: z.uuid().optional() }).strict() },
  'shift.printReport': { access: person, input: z.object({ shiftId: z.uuid().optional() }).strict() },
  'shift.printHandoverSlip': { access: person, input: z.object({ shiftId: z.uuid() }).strict() },
  'shift.cashOuts': { access: person, input: z.object({ shiftId: z.uuid().optional() }).strict() },
  // A typed number, or a bill's whole QR or barcode text: the core takes the number out of it.
  'bills.lookup': {
    access: collector,
    input: z.object({ consumerNo: z.string({ error: 'Enter the consumer number.' }).max(4096, { error: 'That scan is too long to be a bill.' }) }).strict(),
  },
  'payments.record': {
    access: collector,
    input: z
      .object({
        clientTxnId: clientTxnIdSchema,
        consumerNo: consumerNoSchema,
        billNumber: z.string().trim().min(1, { error: 'The bill number is missing.' }).max(40),
        amountPaise: paiseSchema.min(1, { error: 'The amount to pay must be more than zero.' }),
        tenderedPaise: paiseSchema,
        cashReceived: cashCountSchema.optional(),
        /** The cashier saw the earlier payment for this bill and takes another on purpose. */
        confirmRepeat: z.boolean().optional(),
        /** A mobile the consumer gives for the company's message about this payment, in place of the bill's. */
        consumerMobile: indianMobileSchema.optional(),
      })
      .strict(),
  },
  'payments.recent': { access: collector, input: none },
  'payments.void': { access: person, input: z.object({ receiptNo: receiptNoSchema, reason: reasonSchema, approval: approvalSchema }).strict() },
  'payments.reprint': { access: ownReceipt, input: z.object({ receiptNo: receiptNoSchema }).strict() },
  'settings.setTraining': { access: person, input: z.object({ on: z.boolean(), approval: approvalSchema }).strict() },
  'bills.search': {
    access: person,
    input: z.object({ text: z.string().trim().min(3, { error: 'Type at least 3 letters of the name, a mobile number or a consumer number.' }).max(60) }).strict(),
  },
  'wallet.status': { access: watcher, input: z.object({}).strict() },
  'sync.status': { access: watcher, input: z.object({}).strict() },
  'sync.now': { access: person, input: z.object({}).strict() },
  'device.register': {
    access: supervisor,
    input: z
      .object({
        gatewayUrl: z.string().trim().min(1, { error: 'Enter the gateway address.' }).max(200),
        registrationCode: z.string().trim().toUpperCase().min(6, { error: 'Enter the registration code from the supervisor.' }).max(64),
        deviceName: z.string().trim().min(1).max(80).default('Rokad cabin PC'),
      })
      .strict(),
  },
  'payments.uploadStatus': { access: watcher, input: z.object({ clientTxnId: clientTxnIdSchema }).strict() },
  'payments.statusForConsumer': { access: collector, input: z.object({ consumerNo: consumerNoSchema }).strict() },
  'sync.exceptions': { access: person, input: z.object({}).strict() },
  'exceptions.retry': { access: person, input: z.object({ clientTxnId: clientTxnIdSchema, approval: approvalSchema }).strict() },
  'exceptions.refund': { access: person, input: z.object({ clientTxnId: clientTxnIdSchema, reason: reasonSchema, approval: approvalSchema }).strict() },
  'receipts.preview': { access: ownReceipt, input: z.object({ receiptNo: receiptNoSchema, widthDots: printerSettingsSchema.shape.widthDots.optional() }).strict() },
  'receipts.print': { access: ownReceipt, input: z.object({ receiptNo: receiptNoSchema }).strict() },
  'receipts.retry': { access: person, input: z.object({ jobId: z.number().int().positive() }).strict() },
  'receipts.pending': { access: person, input: none },
  'printer.getSettings': { access: supervisor, input: none },
  'printer.saveSettings': { access: supervisor, input: printerSettingsSchema },
  'printer.testPrint': { access: supervisor, input: printerSettingsSchema },
  'printer.status': { access: supervisor, input: none },
  'printer.installed': { access: supervisor, input: none },
  'reports.day': { access: supervisor, input: dayRangeSchema },
  'wallet.movements': { access: supervisor, input: dayRangeSchema },
  'exports.write': { access: supervisor, input: exportRequestSchema },
  'startup.health': { access: anyone, input: none },
  'backups.list': { access: supervisor, input: none },
  'backups.now': { access: supervisor, input: none },
  'backups.getSettings': { access: supervisor, input: none },
  'backups.saveSettings': { access: supervisor, input: backupSettingsSchema },
  'backups.restore': { access: anyone, input: restoreRequestSchema },
  'receipts.find': {
    access: supervisor,
    input: z.object({ text: z.string().trim().min(1, { error: 'Type a receipt number, a consumer number, a name or an amount.' }).max(60) }).strict(),
  },
  'cabin.setup': { access: anyone, input: cabinSetupSchema },
  'complaints.record': {
    access: collector,
    input: z
      .object({
        /** Made by the window for each complaint, so a second Enter or a retry records it once. */
        complaintId: z.uuid({ error: 'A complaint id must be a UUID made by the app.' }),
        consumerNo: consumerNoSchema,
        kind: complaintKindSchema,
        text: complaintTextSchema,
        mobile: indianMobileSchema.optional(),
      })
      .strict(),
  },
  'complaints.printSlip': { access: collector, input: z.object({ complaintId: z.uuid({ error: 'A complaint id must be a UUID made by the app.' }) }).strict() },
  'settings.getApprovalWait': { access: supervisor, input: none },
  'settings.setApprovalWait': {
    access: supervisor,
    input: z
      .object({
        waitMs: z
          .number()
          .int()
          .min(0, { error: 'Choose how many seconds a receipt waits.' })
          .max(MAX_APPROVAL_WAIT_MS, { error: `A receipt waits at most ${MAX_APPROVAL_WAIT_MS / 1000} seconds.` }),
      })
      .strict(),
  },
} satisfies Record<Channel, { access: Access; input: z.ZodType }>;

export interface CloseOutcome {
  expectedPaise: number;
  countedPaise: number;
  differencePaise: number;
}

export interface Outputs {
  'app.info': AppInfo;
  /** false where the shell cannot restart itself (the tests): the person closes and starts Rokad. */
  'app.restart': { restarting: boolean };
  /** `available` is false where no folder picker exists; `folder` is null when the person cancelled. */
  'app.chooseFolder': { available: boolean; folder: string | null };
  'app.update': UpdateStatus;
  /** `installing` false: the update waits, for the reasons given. */
  'app.installUpdate': { installing: boolean; waitsFor: UpdateWait[] };
  'session.status': SessionStatus;
  'setup.firstSupervisor': SessionStatus;
  'session.signIn': SessionStatus;
  'session.unlock': SessionStatus;
  'session.signOut': SessionStatus;
  'session.lock': SessionStatus;
  'session.setLanguage': SessionStatus;
  'users.list': SignedInUser[];
  'users.create': SignedInUser;
  'shift.open': SessionStatus;
  'shift.cashMove': ShiftReport;
  'shift.printCashOutSlip': { printed: true };
  'shift.closePreview': CloseOutcome;
  'shift.close': ShiftReport;
  /** The outgoing shift's Z report; the session is the incoming person's from then on. */
  'shift.handover': { closed: ShiftReport; status: SessionStatus };
  'shift.report': ShiftReport;
  'shift.printReport': { printed: true };
  'shift.printHandoverSlip': { printed: true };
  /** The shift's countersigned cash-outs, oldest first, for printing a slip again. */
  'shift.cashOuts': CashOutSlip[];
  'bills.lookup': BillLookup;
  'payments.record': RecordedPayment;
  'payments.recent': RecordedPayment[];
  /** `reversalRequested`: the gateway had the payment already, so a request to reverse it is queued with the void. */
  'payments.void': { receiptNo: string; amountPaise: number; voidedAt: string; reversalRequested: boolean };
  /** The gateway's references once the payment is uploaded (null before): a reprint shows them. */
  'payments.reprint': { receiptNo: string; copy: number; voided: boolean; txnRefId: string | null; approvalRefNumber: string | null };
  'settings.setTraining': SessionStatus;
  'bills.search': Bill[];
  'wallet.status': WalletStatus;
  'sync.status': SyncStatus;
  'sync.now': SyncStatus;
  'device.register': { agentId: string; agentName: string };
  /** null when this id was never recorded here. */
  'payments.uploadStatus': PaymentUploadStatus | null;
  'payments.statusForConsumer': ConsumerPaymentStatus;
  'sync.exceptions': PaymentException[];
  /** The refused payment waits to be uploaded again at the next sync round. */
  'exceptions.retry': PaymentUploadStatus;
  'exceptions.refund': RefundSlip;
  'receipts.preview': ReceiptPreview;
  'receipts.print': PrintJobView[];
  'receipts.retry': PrintJobView;
  'receipts.pending': PrintJobView[];
  'printer.getSettings': PrinterSettings | null;
  'printer.saveSettings': PrinterSettings;
  'printer.testPrint': PrinterCheck;
  'printer.status': PrinterCheck;
  /** The printers Windows has installed, to pick one for printer:Name; spooler false where this Rokad has no spooler driver. */
  'printer.installed': InstalledPrinters;
  /** Supervisor only. */
  'reports.day': DayReport;
  'wallet.movements': WalletMovements;
  /** Supervisor only: the files written (never over an existing file) and what they hold. */
  'exports.write': ExportResult;
  /** Answers before sign-in, and when the database is damaged. */
  'startup.health': StartupHealth;
  /** Supervisor only; newest first. */
  'backups.list': BackupInfo[];
  /** Supervisor only. */
  'backups.now': BackupInfo;
  /** Supervisor only. */
  'backups.getSettings': BackupSettings;
  /** Supervisor only; the folder must be there and writable. Audited as SETTINGS_CHANGE. */
  'backups.saveSettings': BackupSettings;
  /** Only while the database is damaged; the PIN is checked against the backup's own users. */
  'backups.restore': RestoreOutcome;
  /** Payments of every shift and day (newest 50) by receipt number, consumer number, name or amount. */
  'receipts.find': RecordedPayment[];
  /** Only on a new data folder started without a code: fixes the cabin's code for good. */
  'cabin.setup': { cabinCode: string };
  /** The complaint as recorded: the company's number when it answered at once, else the cabin's, with the company's to follow. */
  'complaints.record': ComplaintView;
  /** The complaint as the slip printed it, its number as it stands now. */
  'complaints.printSlip': ComplaintView;
  /** How long an original receipt waits for the approval reference before printing without it. */
  'settings.getApprovalWait': ApprovalWaitSetting;
  'settings.setApprovalWait': ApprovalWaitSetting;
}

export interface ApprovalWaitSetting {
  waitMs: number;
  defaultMs: number;
  maxMs: number;
}

export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type CallerOf<C extends Channel> = CallerFor<(typeof contract)[C]['access']['who']>;
export type Output<C extends Channel> = Outputs[C];

export type Handlers = { [C in Channel]: (input: ParsedInput<C>, caller: CallerOf<C>) => Output<C> | Promise<Output<C>> };

/** What the preload (or the test bridge) puts on `window.api`. */
export interface RokadApi {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
}
