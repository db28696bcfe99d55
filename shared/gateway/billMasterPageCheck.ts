import { regexes } from 'zod';

/**
 * The bill master page's shape checked by hand: a page of 5,000 bills is read on every pull of
 * 550,000 consumers, and zod takes as long over it as saving it. It is the same rule as
 * billMasterPageSchema, never looser: a page that passes here passes the schema, and a page that
 * fails here is parsed with the schema, which says precisely what is wrong.
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

/** The consumer named twice in one page (among its bills and removals), if any: a page names each once. */
export function repeatedConsumer(bills: ReadonlyArray<{ consumerNo: string }>, removed: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const consumerNo of bills.map((bill) => bill.consumerNo).concat(removed)) {
    if (seen.has(consumerNo)) return consumerNo;
    seen.add(consumerNo);
  }
  return undefined;
}

export function isBillMasterPage(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { bills, removed, nextCursor, hasMore, remaining } = value;
  return (
    Array.isArray(bills) &&
    bills.every(isBill) &&
    Array.isArray(removed) &&
    removed.every(isConsumerNo) &&
    matches(nextCursor, CURSOR) &&
    typeof hasMore === 'boolean' &&
    (remaining === undefined || isPaise(remaining)) &&
    repeatedConsumer(bills as Array<{ consumerNo: string }>, removed as string[]) === undefined
  );
}
