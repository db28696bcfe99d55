import { regexes } from 'zod';
import { BILL_COLUMNS, repeatedConsumer } from './billMasterRules';

/**
 * The bill master page's shape checked by hand, in both formats: a page of 5,000 bills is read on
 * every pull of 550,000 consumers, and zod takes as long over it as saving it. It is the same rule
 * as billMasterPageSchema (billMasterRowsPageSchema for a rows page), never looser: a page that
 * passes here passes the schema, and a page that fails here is parsed with the schema, which says
 * precisely what is wrong.
 */

const CONSUMER_NO = /^[A-Z0-9]{6,20}$/;
const MOBILE = /^(\d{10})?$/;
const BILL_MONTH = /^\d{4}-\d{2}$/;
const CURSOR = /^\d{0,19}$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPaise = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isText = (value: unknown, min: number, max: number) => typeof value === 'string' && value.length >= min && value.length <= max;
const matches = (value: unknown, pattern: RegExp) => typeof value === 'string' && pattern.test(value);
const isConsumerNo = (value: unknown) => matches(value, CONSUMER_NO);

function isBill(value: unknown): boolean {
  return (
    isObject(value) &&
    isConsumerNo(value.consumerNo) &&
    isText(value.consumerName, 1, 200) &&
    isText(value.address, 0, 300) &&
    matches(value.mobile, MOBILE) &&
    isText(value.billNumber, 1, 40) &&
    matches(value.billMonth, BILL_MONTH) &&
    matches(value.billDate, regexes.date) &&
    matches(value.dueDate, regexes.date) &&
    isPaise(value.amountByDuePaise) &&
    isPaise(value.amountAfterDuePaise) &&
    isPaise(value.arrearsPaise)
  );
}

/** A bill as a row: the same fields as isBill, in BILL_COLUMNS order, and no more of them. */
function isBillRow(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === BILL_COLUMNS.length &&
    isConsumerNo(value[0]) &&
    isText(value[1], 1, 200) &&
    isText(value[2], 0, 300) &&
    matches(value[3], MOBILE) &&
    isText(value[4], 1, 40) &&
    matches(value[5], BILL_MONTH) &&
    matches(value[6], regexes.date) &&
    matches(value[7], regexes.date) &&
    isPaise(value[8]) &&
    isPaise(value[9]) &&
    isPaise(value[10])
  );
}

/** What both formats of a page carry besides the bills. */
function isPageEnd(page: Record<string, unknown>): boolean {
  const { removed, nextCursor, hasMore, remaining } = page;
  return Array.isArray(removed) && removed.every(isConsumerNo) && matches(nextCursor, CURSOR) && typeof hasMore === 'boolean' && (remaining === undefined || isPaise(remaining));
}

export function isBillMasterPage(value: unknown): boolean {
  if (!isObject(value) || !isPageEnd(value)) return false;
  const { bills, removed } = value;
  return (
    Array.isArray(bills) &&
    bills.every(isBill) &&
    repeatedConsumer((bills as Array<{ consumerNo: string }>).map((bill) => bill.consumerNo).concat(removed as string[])) === undefined
  );
}

export function isBillMasterRowsPage(value: unknown): boolean {
  if (!isObject(value) || !isPageEnd(value)) return false;
  const { columns, rows, removed } = value;
  return (
    Array.isArray(columns) &&
    columns.length === BILL_COLUMNS.length &&
    columns.every((column, at) => column === BILL_COLUMNS[at]) &&
    Array.isArray(rows) &&
    rows.every(isBillRow) &&
    repeatedConsumer((rows as string[][]).map((row) => row[0] as string).concat(removed as string[])) === undefined
  );
}
