// `npm run verify-ledger -- <ledger.sqlite>`: an auditor's check of a Rokad ledger file, without
// the app. Opens the file read-only; exits 0 when it is sound, 1 with every fault found, 2 when
// the file cannot be read as a ledger at all.
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { auditLedger } from '../electron/core/ledger/auditLedger';
import { formatPaise } from '../shared/money';

function main(file: string | undefined): number {
  if (!file) {
    console.error('Usage: npm run verify-ledger -- <path to ledger.sqlite>');
    return 2;
  }
  let db: Database.Database;
  let audit: ReturnType<typeof auditLedger>;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    console.error(`Cannot open ${file}: ${(error as Error).message}`);
    return 2;
  }
  try {
    audit = auditLedger(db);
  } catch (error) {
    console.error(`${file} cannot be read as a Rokad ledger: ${(error as Error).message}`);
    return 2;
  } finally {
    db.close();
  }

  console.log(`Ledger ${file}: ${audit.rows} rows, head hash ${audit.headHash ?? '(empty ledger)'}`);
  for (const s of audit.series) console.log(`  ${s.series.startsWith('RFD-') ? 'refund slips' : 'receipts'} ${s.series}: ${s.first} to ${s.last} (${s.count})`);
  console.log('Totals per India day (training excluded):');
  for (const day of audit.days) {
    console.log(
      `  ${day.date}  payments ${day.payments.count} ${formatPaise(day.payments.totalPaise)}  voids ${day.voids.count} ${formatPaise(day.voids.totalPaise)}  refunds ${day.refunds.count} ${formatPaise(day.refunds.totalPaise)}  net ${formatPaise(day.netPaise)}`,
    );
  }
  if (audit.faults.length === 0) {
    console.log('OK: the hash chain is whole and no receipt or refund slip number is missing or out of order.');
    return 0;
  }
  console.error(`FAULTS (${audit.faults.length}):`);
  for (const fault of audit.faults) console.error(`  ${fault.where}: ${fault.problem}`);
  return 1;
}

// npm runs scripts from the project folder; a relative path means the auditor's own folder.
const given = process.argv[2];
process.exitCode = main(given && resolve(process.env.INIT_CWD ?? process.cwd(), given));
