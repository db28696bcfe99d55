import type { ComplaintKind } from '../shared/complaints';
import type { GatewayStore } from './gatewayStore';
import { maskName } from './receiptChecks';
import type { ComplaintLookup } from './receiptPages';

/** The public page's view of a complaint: found only with its slip's code, the consumer's name masked as on receipts. */
export function complaintOnPage(store: GatewayStore): ComplaintLookup {
  const nameOf = store.db.prepare('SELECT consumer_name FROM bills WHERE consumer_no = ?').pluck();
  return (number, code) => {
    const row = store.complaints.find(number, code);
    if (!row) return undefined;
    return {
      complaintNo: row.complaint_no,
      localNo: row.local_no,
      cabinCode: row.cabin_code,
      kind: row.kind as ComplaintKind,
      maskedName: maskName((nameOf.get(row.consumer_no) as string | undefined) ?? ''),
      recordedAt: row.recorded_at,
      status: row.status,
      closedAt: row.closed_at,
      closeNote: row.close_note,
    };
  };
}
