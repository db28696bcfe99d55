import { randomInt } from 'node:crypto';
import type { ComplaintKind, ComplaintView } from '../../../shared/complaints';
import { RokadError } from '../../../shared/errors';
import type { Collector } from '../../../shared/ipc/access';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { RECEIPT_CODE_ALPHABET, RECEIPT_CODE_LENGTH } from '../../../shared/receiptVerification';
import { complaintOf } from './complaintViews';

export interface NewComplaint {
  /** Made by the window for each complaint, so a second Enter or a retry records it once. */
  complaintId: string;
  consumerNo: string;
  kind: ComplaintKind;
  /** Trimmed already by the contract's schema. */
  text: string;
  mobile?: string | undefined;
}

/** A code in the receipts' alphabet, random (a complaint has no hash to derive it from), for the company's page. */
function newCheckCode(): string {
  return Array.from({ length: RECEIPT_CODE_LENGTH }, () => RECEIPT_CODE_ALPHABET[randomInt(RECEIPT_CODE_ALPHABET.length)]).join('');
}

const sameComplaint = (found: ComplaintView, input: NewComplaint) =>
  found.consumerNo === input.consumerNo && found.kind === input.kind && found.text === input.text && found.mobile === (input.mobile ?? null);

/**
 * Records a complaint with its local number and queues it for the company, in one transaction:
 * both are written or neither. The same id again returns the complaint already recorded; with
 * other words it is refused. An empty complaint is refused before anything is written.
 */
export function recordComplaint(db: Db, deps: { cabinCode: string; now: () => Date }, input: NewComplaint, caller: Collector): ComplaintView {
  if (input.text === '') {
    throw new RokadError('COMPLAINT_TEXT_EMPTY', 'Write what the consumer says is wrong: an empty complaint is not recorded. Nothing was recorded.');
  }
  return db
    .transaction(() => {
      const found = complaintOf(db, input.complaintId);
      if (found) {
        if (sameComplaint(found, input)) return found;
        throw new RokadError('COMPLAINT_ID_REUSED', `This complaint was recorded already as ${found.localNo} with other details. Start the complaint again. Nothing was changed.`, {
          localNo: found.localNo,
        });
      }
      const at = deps.now().toISOString();
      const sequence = (db.prepare('SELECT count(*) FROM complaints').pluck().get() as number) + 1;
      const localNo = `${deps.cabinCode}-C${String(sequence).padStart(6, '0')}`;
      db.prepare(
        `INSERT INTO complaints (complaint_id, local_no, consumer_no, kind, text, mobile, check_code, recorded_by, shift_id, training, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        input.complaintId,
        localNo,
        input.consumerNo,
        input.kind,
        input.text,
        input.mobile ?? null,
        newCheckCode(),
        caller.user.userId,
        caller.shiftId,
        caller.training ? 1 : 0,
        at,
      );
      // A training complaint stays on this computer: the company never hears of it.
      if (!caller.training) db.prepare('INSERT INTO complaint_outbox (complaint_id, next_attempt_at, updated_at) VALUES (?, ?, ?)').run(input.complaintId, at, at);
      return complaintOf(db, input.complaintId)!;
    })
    .immediate();
}
