import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { indiaDate } from '../../shared/time';
import { createBillStore, type BillStore } from './bills/billStore';
import { demoBills } from './bills/demoBills';
import { openDatabase, type Db } from './db/openDatabase';
import { createRecordPayment, type PaymentRequest } from './ledger/recordPayment';
import { createReceiptPrinting, type ReceiptPrinting } from './printing/receiptPrinting';
import type { ReceiptHeader } from './printing/receiptRecord';
import { ensureCabinCode } from './settings/cabinCode';
import type { RecordedPayment } from '../../shared/domain';

export interface ServiceOptions {
  /** The folder that holds the ledger; Electron passes userData, tests a temporary folder. */
  dataDir: string;
  /** Used only the first time this data folder is opened. */
  cabinCode: string;
  now?: () => Date;
  /** Load the demo bills into an empty bill table. */
  demoBills?: boolean;
  /** The bundled Noto Sans Devanagari TTFs; outside an asar archive, since Skia reads them by path. */
  fontsDir?: string;
  receiptHeader?: ReceiptHeader;
  /** The Windows spooler module, where the build ships one (printer:Name interfaces). */
  spoolerDriver?: object;
}

export interface Services {
  db: Db;
  cabinCode: string;
  bills: BillStore;
  recordPayment: (request: PaymentRequest) => RecordedPayment;
  receipts: ReceiptPrinting;
  now: () => Date;
  close: () => void;
}

export const LEDGER_FILE = 'ledger.sqlite';

// This file and the main bundle (out/main) both sit two folders below the app root. A packaged
// app keeps the fonts beside app.asar, in app.asar.unpacked, where Skia can read them by path.
const BUNDLED_FONTS_DIR = join(__dirname, '..', '..', 'assets', 'fonts').replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');

/** The composition root of the core: everything main (or a test) needs, from one data folder. */
export function createServices(options: ServiceOptions): Services {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, LEDGER_FILE));
  try {
    const cabinCode = ensureCabinCode(db, options.cabinCode);
    const bills = createBillStore(db);
    if (options.demoBills && bills.count() === 0) bills.save(demoBills(indiaDate(now())));
    const receipts = createReceiptPrinting({
      db,
      now,
      fontsDir: options.fontsDir ?? BUNDLED_FONTS_DIR,
      ...(options.receiptHeader ? { header: options.receiptHeader } : {}),
      ...(options.spoolerDriver ? { spoolerDriver: options.spoolerDriver } : {}),
    });
    return {
      db,
      cabinCode,
      bills,
      recordPayment: createRecordPayment(db, { cabinCode, bills, now, afterInsert: receipts.queueOriginal }),
      receipts,
      now,
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
