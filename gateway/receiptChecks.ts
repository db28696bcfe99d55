import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../shared/node/sqlite/openDatabase';
import type { ReceiptCheck, ReceiptCheckQuery } from '../shared/gateway/receiptCheck';

/** "रमेश कुमार / Ramesh Kumar" → "र••• कु••• / R••• K•••": enough for the payer to recognise, too little for anyone else. */
export function maskName(name: string): string {
  const graphemes = new Intl.Segmenter('hi', { granularity: 'grapheme' });
  return name
    .split(/(\s+|\/)/)
    .map((word) => {
      if (/^(\s+|\/)?$/.test(word)) return word;
      const first = graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? '';
      return `${first}•••`;
    })
    .join('');
}

function sameCode(stored: string | null, given: string): boolean {
  if (!stored || stored.length !== given.length) return false;
  return timingSafeEqual(Buffer.from(stored), Buffer.from(given));
}

interface CheckedRow {
  receipt_no: string;
  receipt_code: string | null;
  cabin_code: string | null;
  collected_at: string;
  amount_paise: number;
  accepted_at: string;
  txn_ref_id: string;
  approval_ref_number: string;
  pending_polls_left: number;
  consumer_name: string | null;
}

/** The answers of the public receipt check, from the gateway's own payments and devices. */
export function createReceiptChecks(db: Db) {
  const byReceiptNo = db.prepare(
    `SELECT p.receipt_no, p.receipt_code, d.cabin_code, p.collected_at, p.amount_paise, p.accepted_at, p.txn_ref_id, p.approval_ref_number,
            p.pending_polls_left, b.consumer_name
     FROM payments AS p LEFT JOIN devices AS d ON d.device_id = p.device_id LEFT JOIN bills AS b ON b.consumer_no = p.consumer_no
     WHERE p.receipt_no = ?`,
  );
  const cabinSeen = db.prepare('SELECT max(last_sync_at) AS last, count(*) AS n FROM devices WHERE cabin_code = ?');

  return {
    check({ receiptNo, code }: ReceiptCheckQuery): ReceiptCheck {
      const rows = byReceiptNo.all(receiptNo) as CheckedRow[];
      const row = rows.find((candidate) => sameCode(candidate.receipt_code, code));
      if (row) {
        const known = {
          receiptNo: row.receipt_no,
          cabinCode: row.cabin_code ?? receiptNo.replace(/-\d+$/, ''),
          collectedAt: row.collected_at,
          amount: row.amount_paise,
          currency: 'INR' as const,
          maskedName: maskName(row.consumer_name ?? ''),
          receivedAt: row.accepted_at,
        };
        if (row.pending_polls_left > 0) return { state: 'AWAITING_APPROVAL', ...known };
        return { state: 'APPROVED', ...known, approvalRefNumber: row.approval_ref_number, txnRefId: row.txn_ref_id };
      }
      // A number that reached the company under another code was tampered with; one that did not
      // reach it may still be on its way, but only from a cabin that exists.
      if (rows.length > 0) return { state: 'NO_SUCH_RECEIPT' };
      const cabinCode = /^(.+)-\d{1,15}$/.exec(receiptNo)?.[1];
      const cabin = cabinCode ? (cabinSeen.get(cabinCode) as { last: string | null; n: number }) : undefined;
      if (!cabinCode || !cabin || cabin.n === 0) return { state: 'NO_SUCH_RECEIPT' };
      return { state: 'NOT_YET_RECEIVED', receiptNo, cabinCode, cabinLastOnlineAt: cabin.last };
    },
  };
}

export type ReceiptChecks = ReturnType<typeof createReceiptChecks>;
