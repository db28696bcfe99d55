// `npm run verify-receipt -- <ledger.sqlite> "<scanned QR text>"`: an auditor's offline check of
// one receipt's QR against a copy of the cabin's ledger. Opens the file read-only; exits 0 when the
// receipt is genuine, 1 when it is not (no such receipt, a code that does not match, a broken
// chain), 2 when the file or the QR text cannot be read.
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { checkReceiptQr, type ReceiptQrCheck } from '../electron/core/ledger/checkReceiptQr';
import { formatPaise } from '../shared/money';
import { formatIndiaDateTime } from '../shared/time';

function report(check: ReceiptQrCheck): number {
  switch (check.verdict) {
    case 'UNREADABLE':
      console.error(`The QR text cannot be checked: ${check.problem}`);
      return 2;
    case 'NO_SUCH_RECEIPT':
      console.error(`NO SUCH RECEIPT: ${check.receiptNo} is not in this ledger.`);
      return 1;
    case 'CODE_MISMATCH':
    case 'CHAIN_BROKEN':
      console.error(`NOT GENUINE: receipt ${check.receiptNo}. ${check.problem}`);
      return 1;
    case 'GENUINE': {
      const r = check.receipt;
      console.log(`GENUINE: receipt ${r.receiptNo} is in this ledger as written (the hash chain of ${check.chainRows} rows is whole).`);
      console.log(
        `  ${r.kind === 'REFUND' ? 'refund slip' : 'payment'} at cabin ${r.cabinCode} on ${formatIndiaDateTime(r.recordedAt)} (India time), ${formatPaise(r.amountPaise)}`,
      );
      console.log(`  consumer ${r.consumerNo} ${r.consumerName}`);
      if (r.training) console.log('  TRAINING: not a valid receipt, never uploaded');
      if (r.reversedBy) console.log(`  later ${r.reversedBy === 'VOID' ? 'voided' : 'refunded'}`);
      if (r.upload) {
        const refs = r.upload.approvalRefNumber ? `, approval reference ${r.upload.approvalRefNumber}, transaction ${r.upload.txnRefId}` : '';
        console.log(`  upload to the company: ${r.upload.state}${refs}`);
      }
      return 0;
    }
  }
}

function main(file: string | undefined, qrText: string | undefined): number {
  if (!file || qrText === undefined) {
    console.error('Usage: npm run verify-receipt -- <path to ledger.sqlite> "<scanned QR text>"');
    return 2;
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    console.error(`Cannot open ${file}: ${(error as Error).message}`);
    return 2;
  }
  try {
    return report(checkReceiptQr(db, qrText));
  } catch (error) {
    console.error(`${file} cannot be read as a Rokad ledger: ${(error as Error).message}`);
    return 2;
  } finally {
    db.close();
  }
}

// npm runs scripts from the project folder; a relative path means the auditor's own folder.
const given = process.argv[2];
process.exitCode = main(given && resolve(process.env.INIT_CWD ?? process.cwd(), given), process.argv[3]);
