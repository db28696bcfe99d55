import { MAX_CASH_PAISE } from '../../../../shared/money';
import { BILL_COLUMNS } from '../../../../shared/gateway/billMasterRules';
import type { endpoints } from '../../../../shared/gateway/endpoints';

type EndpointName = keyof typeof endpoints;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const AT = '2026-11-24T05:00:00.000Z';

export const ANSWERED_BILL = {
  consumerNo: 'N3330008565',
  consumerName: 'रमेश कुमार शर्मा / Ramesh Kumar Sharma',
  address: 'Bhopal',
  mobile: '9826012345',
  billNumber: 'B-2026-11-0001',
  billMonth: '2026-11',
  billDate: '2026-11-09',
  dueDate: '2026-11-30',
  amountByDuePaise: 45_000,
  amountAfterDuePaise: 46_000,
  arrearsPaise: 0,
};

/** A payment's result as the protocol has it, for each status it can take. */
function result(clientTxnId: string, status: string, i: number): Json {
  const accepted = status === 'SUCCESS' || status === 'DUPLICATE';
  return {
    clientTxnId,
    status,
    txnRefId: accepted ? `TXN-${i}` : null,
    approvalRefNumber: accepted ? `AP-${i}` : null,
    walletDebit: 45_000,
    commission: 500,
    walletBalanceAfter: status === 'FAILED' ? null : 1_000_000,
    error: status === 'FAILED' ? { code: 'INSUFFICIENT_BALANCE', message: 'Top up the wallet.' } : null,
    retryable: status === 'PENDING',
  };
}

/** A well-formed answer of each endpoint to the payments asked (`ids`), each result in the status generated for its place. */
export function validAnswer(name: EndpointName, ids: readonly string[], statuses: readonly string[]): Json {
  const statusAt = (i: number) => statuses[i % Math.max(1, statuses.length)] ?? 'SUCCESS';
  switch (name) {
    case 'register':
      return { deviceToken: 'R'.repeat(40), agentId: 'AGT-0001', agentName: 'रमेश एजेंट / Ramesh Agent', cabinCode: 'BPL-07' };
    case 'config':
      return {
        billerId: 'MPCZ00000MP01',
        billerName: 'MPCZ Bhopal',
        consumerNoPattern: '^(N\\d{10}|\\d{10})$',
        paymentAmountExactness: 'EXACT',
        minCashPaise: 100,
        maxCashPaise: Math.min(1_000_000, MAX_CASH_PAISE),
        dailyCashLimitPerConsumerPaise: 19_999_900,
        commissionPerBillPaise: 500,
        currency: 'INR',
        receiptHeader: ['MPCZ Bhopal'],
        helpline: '1912',
        serverTime: AT,
      };
    case 'fetchBill':
      return { bill: { ...ANSWERED_BILL }, refId: 'REF-1' };
    case 'billMaster':
      return { bills: [{ ...ANSWERED_BILL, consumerNo: 'N3330012277', billNumber: 'B-2' }], removed: [], nextCursor: '7', hasMore: false };
    case 'billMasterRows':
      return {
        columns: [...BILL_COLUMNS],
        rows: [BILL_COLUMNS.map((column) => ({ ...ANSWERED_BILL, consumerNo: 'N3330012277', billNumber: 'B-2' })[column])],
        removed: [],
        nextCursor: '7',
        hasMore: false,
      };
    case 'wallet':
      return { balance: 1_000_000, currency: 'INR', lowBalanceThreshold: 100_000, commissionToday: 0, commissionThisMonth: 0, asOf: AT };
    case 'walletLedger':
      return { entries: [], nextCursor: '', hasMore: false };
    case 'uploadBatch':
      return { walletBalance: 1_000_000, results: ids.map((id, i) => result(id, statusAt(i), i)) };
    case 'paymentStatus':
      return {
        results: ids.map((id, i) => {
          const { walletBalanceAfter: _balance, retryable: _retryable, ...rest } = result(id, statusAt(i) === 'DUPLICATE' ? 'NOT_FOUND' : statusAt(i), i) as Record<string, Json>;
          return rest;
        }),
      };
    case 'reversal':
      return { caseId: 'REV-000001', clientTxnId: ids[0] ?? '00000000-0000-4000-8000-000000000000', status: 'OPEN', openedAt: AT };
    case 'receiptCheck':
      return { state: 'NO_SUCH_RECEIPT' };
    case 'consumerPayments':
      return {
        consumerNo: ANSWERED_BILL.consumerNo,
        payments: [
          {
            receiptNo: 'BPL-07-000001',
            cabinCode: 'BPL-07',
            billNumber: ANSWERED_BILL.billNumber,
            amount: 45_000,
            collectedAt: AT,
            receivedAt: AT,
            status: 'SUCCESS',
            approvalRefNumber: 'AP-1',
          },
        ],
      };
    case 'reversalStatus':
      return { results: ids.map((id, i) => ({ clientTxnId: id, status: 'ACCEPTED', caseId: `REV-${i}`, walletCredit: 44_500, note: null, decidedAt: AT })) };
    case 'complaint':
      return { complaintNo: 'CMP-000001', clientId: ids[0] ?? '00000000-0000-4000-8000-000000000000', status: 'OPEN', receivedAt: AT };
    case 'complaintStatus':
      return { results: ids.map((id, i) => ({ clientId: id, status: 'CLOSED', complaintNo: `CMP-${i}`, note: null, closedAt: AT })) };
  }
}

/** Every leaf's path in an answer, so a generated mutation can pick one. */
export function leafPaths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: Array<[string | number, Json]> = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  return entries.length === 0 ? [prefix] : entries.flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
}

/** The answer with the leaf at `path` set to `value`, or removed when `value` is undefined. */
export function mutated(answer: Json, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(answer) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}
