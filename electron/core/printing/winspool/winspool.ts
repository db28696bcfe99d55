/**
 * The few calls of the Windows print spooler (winspool.drv) Rokad makes, as plain values: the
 * koffi binding (koffiWinspool.ts) on Windows, a stand-in in the tests. Handles are opaque.
 */
export interface SpoolerPrinterInfo {
  name: string;
  port: string;
  /** PRINTER_INFO_2.Status: PRINTER_STATUS_* flags. */
  status: number;
  /** PRINTER_INFO_2.Attributes: PRINTER_ATTRIBUTE_* flags. */
  attributes: number;
  /** Jobs waiting in the printer's queue. */
  jobs: number;
}

export interface Winspool {
  /** OpenPrinterW; null when Windows has no printer of that name (lastError says why). */
  open(name: string): unknown;
  /** GetPrinterW, level 2. */
  info(handle: unknown): SpoolerPrinterInfo | null;
  /** EnumPrintersW, level 2: the local printers and the connections of this login. */
  enumerate(): SpoolerPrinterInfo[];
  /** StartDocPrinterW with the RAW data type; the job id, 0 on failure. */
  startDoc(handle: unknown, docName: string): number;
  startPage(handle: unknown): boolean;
  /** WritePrinter; the bytes written, -1 on failure. */
  write(handle: unknown, bytes: Buffer): number;
  endPage(handle: unknown): boolean;
  endDoc(handle: unknown): boolean;
  /** GetJobW, level 1: the job's JOB_STATUS_* flags, null once the job has left the queue. */
  jobStatus(handle: unknown, jobId: number): number | null;
  /** SetJobW with JOB_CONTROL_DELETE. */
  deleteJob(handle: unknown, jobId: number): boolean;
  close(handle: unknown): void;
  /** GetLastError of the last call. */
  lastError(): number;
}

export const PRINTER_STATUS = {
  PAUSED: 0x1,
  ERROR: 0x2,
  PENDING_DELETION: 0x4,
  PAPER_JAM: 0x8,
  PAPER_OUT: 0x10,
  MANUAL_FEED: 0x20,
  PAPER_PROBLEM: 0x40,
  OFFLINE: 0x80,
  OUTPUT_BIN_FULL: 0x800,
  NOT_AVAILABLE: 0x1000,
  NO_TONER: 0x40000,
  USER_INTERVENTION: 0x100000,
  OUT_OF_MEMORY: 0x200000,
  DOOR_OPEN: 0x400000,
  SERVER_UNKNOWN: 0x800000,
} as const;

/** Set by Windows (or by "Use Printer Offline") when a USB printer is unplugged or switched off. */
export const PRINTER_ATTRIBUTE_WORK_OFFLINE = 0x400;

export const JOB_STATUS = {
  PAUSED: 0x1,
  ERROR: 0x2,
  DELETING: 0x4,
  OFFLINE: 0x20,
  PAPEROUT: 0x40,
  PRINTED: 0x80,
  DELETED: 0x100,
  BLOCKED_DEVQ: 0x200,
  USER_INTERVENTION: 0x400,
} as const;
