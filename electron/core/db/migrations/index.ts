import type { Migration } from '../../../../shared/node/sqlite/migrate';
import { firstLedger } from './0001-first-ledger';
import { uploadOutboxAndBillSearch } from './0002-upload-outbox-and-bill-search';
import { receiptFactsAndPrintJobs } from './0003-receipt-facts-and-print-jobs';
import { uploadBacklogTotal } from './0004-upload-backlog-total';
import { ledgerRefunds } from './0005-ledger-refunds';
import { reversalRequests } from './0006-reversal-requests';
import { changeRounding } from './0007-change-rounding';
import { paymentContacts } from './0008-payment-contacts';
import { billMasterLeavesLedger } from './0009-bill-master-leaves-ledger';
import { ledgerTimeIndex } from './0010-ledger-time-index';
import { fewerPagesAPayment } from './0011-fewer-pages-a-payment';
import { complaints } from './0012-complaints';
import { paymentFollowUps } from './0013-payment-follow-ups';
import { shiftAndCashMoveIndexes } from './0014-shift-and-cash-move-indexes';
import { outboxAbsentAt } from './0015-outbox-absent-at';

/**
 * The ledger's schema, oldest first: one file per step, named for its number. Never edit a step
 * that has shipped (cabins already ran it); add the next number, with its test.
 */
export const ledgerMigrations: readonly Migration[] = [
  firstLedger,
  uploadOutboxAndBillSearch,
  receiptFactsAndPrintJobs,
  uploadBacklogTotal,
  ledgerRefunds,
  reversalRequests,
  changeRounding,
  paymentContacts,
  billMasterLeavesLedger,
  ledgerTimeIndex,
  fewerPagesAPayment,
  complaints,
  paymentFollowUps,
  shiftAndCashMoveIndexes,
  outboxAbsentAt,
];
