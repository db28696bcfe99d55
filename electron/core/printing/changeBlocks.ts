import { cashPaidBackPaise } from '../../../shared/cashRounding';
import { formatPaise } from '../../../shared/money';
import { row, type Block } from './layoutReceipt';

/**
 * The change on the receipt. Rounded by the biller's rule, the receipt shows the exact change,
 * the rounding and what was handed back, so the consumer can see the bill was paid to the paisa.
 */
export function changeBlocks(record: { changePaise: number; changeRoundingPaise?: number }): Block[] {
  const rounding = record.changeRoundingPaise ?? 0;
  if (rounding === 0) return [row('वापसी / Change', formatPaise(record.changePaise))];
  const given = record.changePaise - rounding;
  return [
    row('सटीक वापसी / Exact change', formatPaise(record.changePaise)),
    row('पूर्णांकन / Rounding', `${rounding > 0 ? '−' : '+'}${formatPaise(Math.abs(rounding))}`),
    row('दी गई वापसी / Change given', formatPaise(given), 'body', true),
  ];
}

/**
 * What a refund slip (or a void) pays back: what the consumer paid net, the bill amount plus the
 * rounding the payment's change carried. Rounded, the slip shows the bill amount, the rounding and
 * the cash actually handed back, the figure the ledger's refund row takes out of the drawer.
 */
export function refundAmountBlocks(record: { amountPaise: number; changeRoundingPaise?: number }): Block[] {
  const rounding = record.changeRoundingPaise ?? 0;
  if (rounding === 0) return [row('लौटाई राशि / Amount Refunded', formatPaise(record.amountPaise), 'title', true)];
  return [
    row('बिल राशि / Bill Amount', formatPaise(record.amountPaise)),
    row('पूर्णांकन / Rounding', `${rounding > 0 ? '+' : '−'}${formatPaise(Math.abs(rounding))}`),
    row('लौटाया नकद / Cash Refunded', formatPaise(cashPaidBackPaise(record)), 'title', true),
  ];
}
