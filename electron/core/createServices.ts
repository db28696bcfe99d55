import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { indiaDate } from '../../shared/time';
import { createBillStore, type BillStore } from './bills/billStore';
import { demoBills } from './bills/demoBills';
import { openDatabase, type Db } from './db/openDatabase';
import { createRecordPayment, type PaymentRequest } from './ledger/recordPayment';
import { ensureCabinCode } from './settings/cabinCode';
import { setSetting } from './settings/settings';
import { enqueuePayment } from './sync/outbox';
import { clientFromSettings, syncOnce, type SyncReport } from './sync/syncCycle';
import { checkWalletCovers } from './wallet/wallet';
import type { GatewayClient } from './sync/gatewayClient';
import type { RecordedPayment } from '../../shared/domain';

export interface ServiceOptions {
  /** The folder that holds the ledger; Electron passes userData, tests a temporary folder. */
  dataDir: string;
  /** Used only the first time this data folder is opened. */
  cabinCode: string;
  now?: () => Date;
  /** Load the demo bills into an empty bill table. */
  demoBills?: boolean;
  /** A gateway to use; stored in the data folder, so later opens need not repeat it. */
  gateway?: { url: string; deviceToken: string };
  /** How long an online bill lookup waits before falling back to the bill master. */
  onlineLookupTimeoutMs?: number;
}

/** Runs a sync round now: in this process by default; startSync hands it to the sync worker. */
export interface SyncRunner {
  runNow: () => Promise<SyncReport>;
}

export interface Services {
  db: Db;
  cabinCode: string;
  bills: BillStore;
  recordPayment: (request: PaymentRequest) => RecordedPayment;
  now: () => Date;
  /** The gateway this folder is registered with, for quick online calls; undefined when not registered. */
  gateway: () => GatewayClient | undefined;
  sync: SyncRunner;
  close: () => void;
}

export const LEDGER_FILE = 'ledger.sqlite';

/** The composition root of the core: everything main (or a test) needs, from one data folder. */
export function createServices(options: ServiceOptions): Services {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, LEDGER_FILE));
  try {
    const cabinCode = ensureCabinCode(db, options.cabinCode);
    const bills = createBillStore(db);
    if (options.demoBills && bills.count() === 0) bills.save(demoBills(indiaDate(now())));
    if (options.gateway) {
      setSetting(db, 'gateway_url', options.gateway.url);
      setSetting(db, 'device_token', options.gateway.deviceToken);
    }
    const gateway = () => clientFromSettings(db, options.onlineLookupTimeoutMs ?? 4_000);
    return {
      db,
      cabinCode,
      bills,
      recordPayment: createRecordPayment(db, {
        cabinCode,
        bills,
        now,
        outbox: { check: (amountPaise) => checkWalletCovers(db, amountPaise, now()), enqueue: (row) => enqueuePayment(db, row) },
      }),
      now,
      gateway,
      sync: {
        runNow: async () => {
          const client = clientFromSettings(db);
          if (!client) return { online: false, requests: 0, accepted: 0, refused: 0, postponed: 0, billsUpdated: 0, error: 'This computer is not registered with a gateway.' };
          return syncOnce({ db, client, now });
        },
      },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
