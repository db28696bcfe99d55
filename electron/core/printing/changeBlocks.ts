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
