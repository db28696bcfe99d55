declare const neverShown: unique symbol;
type NeverShownMark = { readonly [neverShown]: true };

/**
 * The params of a code that never reaches the window as an error, so it needs no Hindi; its line
 * says where it goes instead. It takes no params.
 */
export type NeverShown = NeverShownMark | undefined;

/** `receiptNo` is added when the failure leaves a payment's receipt waiting to print; errorText then says so. */
type PrinterFailure = { name: string; receiptNo?: string };
type PrinterMissing = { receiptNo?: string } | undefined;

/**
 * Every error code, with the facts it carries for the Hindi sentence (`undefined`: none). A
 * `variant` picks the sentence (`CODE_VARIANT` in the Hindi table); a `count` picks the plural
 * (`CODE_one`, `CODE_other`). A new code gets its line here, then the compiler asks for its Hindi
 * in renderer/src/i18n/locales/errorsHi.ts unless it is NeverShown.
 */
export interface ErrorParamsByCode {
  // The window's own checks, before it asks the core.
  NO_CORE: undefined;
  CONSUMER_NO_EMPTY: undefined;
  AMOUNT_EMPTY: undefined;
  AMOUNT_NOT_DIGITS: undefined;
  AMOUNT_TOO_LARGE: undefined;
  CASH_SHORT_HERE: { tenderedPaise: number; amountPaise: number };
  PIN_MISMATCH: undefined;

  // The IPC boundary.
  UNKNOWN_CHANNEL: undefined;
  INVALID_INPUT: undefined; // the schema's own sentence in English; the Hindi says it plainly, without the English
  INTERNAL: undefined; // also the gateway's own, passed on by the client
  UNTRUSTED_SENDER: NeverShown; // answers a page that is not Rokad's own window

  // Start-up and the database.
  BAD_CABIN_CODE: NeverShown; // ends the start-up before there is a window
  DB_FROM_NEWER_VERSION: undefined;
  DB_DAMAGED: undefined;
  CABIN_NOT_SET_UP: undefined;
  NO_UPDATE_READY: undefined;
  DATA_FOLDER_BAD: { variant: 'FIXED' | 'RELATIVE' | 'NETWORK' | 'INSTALL' | 'NOT_FOLDER' | 'NOT_EMPTY' | 'NOT_WRITABLE' };
  DATA_FOLDER_OTHER_CABIN: { cabinCode: string };
  CABIN_ALREADY_SET_UP: { cabinCode: string };
  DB_NOT_DAMAGED: undefined;

  // Signing in and people.
  WRONG_PIN: { left: number; count: number } | undefined;
  ACCOUNT_LOCKED: { variant: 'UNTIL'; name: string; until: string } | { variant: 'NOW'; name: string; minutes: number };
  SIGNED_OUT: undefined;
  SESSION_LOCKED: { minutes: number };
  NOT_ALLOWED: undefined;
  NOT_SUPERVISOR: { name: string };
  NOT_YOUR_RECEIPT: { receiptNo: string };
  APPROVAL_WRONG_PIN: { left: number; count: number; minutes: number };
  APPROVALS_PAUSED: { until: string };
  USER_EXISTS: undefined;
  NOT_FIRST_RUN: undefined;

  // Shifts and the drawer.
  NO_SHIFT: undefined;
  SHIFT_ALREADY_OPEN: undefined;
  HANDOVER_SAME_PERSON: undefined;
  HANDOVER_INCOMING_HAS_SHIFT: { name: string };
  MOVE_ID_REUSED: undefined;
  COUNTERSIGN_NEEDED: undefined;
  COUNTERSIGN_OWN: undefined;
  NO_CASH_OUT_SLIP: undefined;
  NO_HANDOVER: undefined;
  NO_SUCH_SHIFT: undefined;
  NOT_IN_DRAWER: { expectedPaise: number; amountPaise: number } | { variant: 'REFUND'; expectedPaise: number; amountPaise: number };
  DIFFERENCE_NEEDS_APPROVAL: { variant: 'SHORT' | 'OVER'; differencePaise: number; countedPaise: number; expectedPaise: number };

  // Bills and payments.
  NO_BILL: { consumerNo: string };
  BILL_ALREADY_PAID: { consumerNo: string }; // the gateway's, without params, becomes this one in lookupBill
  BILL_CHANGED: { consumerNo: string };
  IDEMPOTENCY_MISMATCH: { receiptNo: string };
  AMOUNT_RULE: { variant: 'EXACT' | 'ABOVE' | 'BELOW'; duePaise: number };
  CASH_LIMIT: { variant: 'MIN' | 'MAX'; limitPaise: number };
  DAILY_LIMIT: { paidTodayPaise: number; limitPaise: number; leftPaise: number };
  CASH_SHORT: { tenderedPaise: number; amountPaise: number };
  CASH_COUNT_MISMATCH: { countedPaise: number; tenderedPaise: number };
  REPEAT_PAYMENT: { billNumber: string; amountPaise: number; receiptNo: string; recordedAt: string };
  WALLET_TOO_LOW: { amountPaise: number; availablePaise: number };
  NO_CONSUMER_IN_SCAN: undefined;

  // Receipts, voids and refused payments.
  NO_SUCH_RECEIPT: { receiptNo: string };
  NO_RECEIPT: { receiptNo: string };
  ALREADY_VOID: { receiptNo: string };
  SHIFT_CLOSED: { receiptNo: string };
  ALREADY_REFUNDED: { receiptNo: string; slipNo: string };
  NO_EXCEPTION: undefined;
  EXCEPTION_RESOLVED: { variant: 'REFUNDED'; receiptNo: string; slipNo: string } | { variant: 'VOIDED' | 'ACCEPTED' | 'WAITING'; receiptNo: string };

  // The receipt printer.
  NO_PRINTER: PrinterMissing;
  PRINTER_NO_DRIVER: PrinterMissing;
  PRINTER_TIMEOUT: PrinterFailure;
  PRINTER_REFUSED: PrinterFailure;
  PRINTER_RESET: PrinterFailure;
  PRINTER_UNREACHABLE: PrinterFailure;
  PRINTER_DEVICE: PrinterFailure;
  PRINTER_FAILED: PrinterFailure;
  PRINTER_OFFLINE: PrinterFailure;
  PRINTER_NO_PAPER: PrinterFailure;
  // The Windows spooler driver (printer:Name).
  PRINTER_NOT_INSTALLED: PrinterFailure;
  PRINTER_PAUSED: PrinterFailure;
  PRINTER_NEEDS_ATTENTION: PrinterFailure;
  PRINTER_QUEUE_WAITING: PrinterFailure;
  // The address leads somewhere Rokad never prints: checked before a byte is written.
  PRINTER_IN_DATA_FOLDER: PrinterFailure;
  PRINTER_NOT_A_DEVICE: PrinterFailure;
  PRINTER_WRONG_SYSTEM: PrinterFailure & { variant: 'WINDOWS' | 'LINUX' };
  PRINT_BUSY: { receiptNo: string };
  NO_PRINT_JOB: undefined;
  PRINT_FAILED: NeverShown; // only its message is kept, on the print job's row

  // Backups and exports.
  BACKUP_FOLDER_MISSING: { folder: string };
  BACKUP_FOLDER_READ_ONLY: { folder: string };
  EXPORT_FOLDER_MISSING: { folder: string };
  EXPORT_FOLDER_READ_ONLY: { folder: string };
  NO_SUCH_BACKUP: { backupName: string; backupFolder: string };
  RESTORE_NOT_ALLOWED: undefined;
  RESTORE_LOCKED: undefined;
  RESTORE_TRY_AGAIN: undefined;
  RESTART_NEEDED: undefined;

  // The consumer's side (issue 12).
  BAD_MOBILE: undefined; // the window's own check of a typed mobile number
  COMPLAINT_TEXT_EMPTY: undefined;
  COMPLAINT_ID_REUSED: { localNo: string };
  NO_SUCH_COMPLAINT: undefined;

  // Talking to the gateway (electron/core/sync).
  GATEWAY_URL: undefined;
  NOT_REGISTERED: undefined;
  GATEWAY_TIMEOUT: undefined;
  GATEWAY_UNREACHABLE: undefined;
  GATEWAY_MALFORMED: undefined;
  GATEWAY_ERROR: undefined;
  GATEWAY_REFUSED: undefined; // a refusal code Rokad does not know; the English quotes the gateway's message
  SYNC_FAILED: NeverShown; // kept on the outbox row and in the sync status
  GATEWAY_RETRY: NeverShown; // kept on the outbox row

  // The gateway's refusals (refusalCodeSchema in shared/gateway/schemas.ts), passed on by the client as they come.
  UNAUTHORIZED: undefined;
  NOT_FOUND: undefined;
  INVALID_REQUEST: undefined;
  BAD_REGISTRATION_CODE: undefined;
  UNKNOWN_AGENT: undefined;
  UNKNOWN_CONSUMER: NeverShown; // lookupBill turns it into NO_BILL
  UNKNOWN_PAYMENT: NeverShown; // answers only a reversal request, which the app does not send
  BAD_AMOUNT: NeverShown; // the reference gateway's top-up command, on its command line

  // Answers from the gateway refused because they disagree with the question or the app's rules.
  GATEWAY_WRONG_BILL: { consumerNo: string };
  NOTHING_TO_COLLECT: { consumerNo: string };
  GATEWAY_RULES_REFUSED: undefined; // the last good rules stay in force; shown on the sync panel
  DEVICE_TOKEN_UNREADABLE: undefined;

  // Faults of the disk (electron/core/files/storageFault): the write is rolled back, nothing changed.
  DISK_FULL: undefined;
  DISK_READ_ONLY: undefined;
  DISK_FAILED: undefined;
}

export type ErrorCode = keyof ErrorParamsByCode;

/** The codes the window can show: each needs its Hindi. */
export type ShownErrorCode = { [C in ErrorCode]: [NeverShownMark] extends [ErrorParamsByCode[C]] ? never : C }[ErrorCode];
