import type { GatewayBill } from './schemas';

/** A bill's fields in the order a row of a rows page carries them (the `columns` of every such page). */
export const BILL_COLUMNS = [
  'consumerNo',
  'consumerName',
  'address',
  'mobile',
  'billNumber',
  'billMonth',
  'billDate',
  'dueDate',
  'amountByDuePaise',
  'amountAfterDuePaise',
  'arrearsPaise',
] as const satisfies ReadonlyArray<keyof GatewayBill>;

/** The consumer named twice in one page (among its bills and removals), if any: a page names each once. */
export function repeatedConsumer(consumerNos: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const consumerNo of consumerNos) {
    if (seen.has(consumerNo)) return consumerNo;
    seen.add(consumerNo);
  }
  return undefined;
}
