/**
 * Money is integer paise everywhere. These helpers are the only place rupees become text or text
 * becomes paise, so rounding can never creep in.
 */

/** ₹10,00,000: far above any cash limit a biller sets; anything larger is a typing slip. */
export const MAX_CASH_PAISE = 100_000_000;

export function isPaise(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Indian digit grouping: the last three digits, then pairs (1,23,45,678). */
function groupIndian(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  const tail = digits.slice(-3);
  return `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${tail}`;
}

/** 12345678 → "₹1,23,456.78". */
export function formatPaise(paise: number): string {
  if (!Number.isSafeInteger(paise)) throw new RangeError(`Not a whole number of paise: ${paise}`);
  const sign = paise < 0 ? '-' : '';
  const abs = Math.abs(paise);
  const rupees = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}₹${groupIndian(String(rupees))}.${rest}`;
}

/** A refusal carries a code, so the window can say it in the cashier's language. */
export type ParsedAmount = { ok: true; paise: number } | { ok: false; code: 'AMOUNT_EMPTY' | 'AMOUNT_NOT_DIGITS' | 'AMOUNT_TOO_LARGE'; message: string };

/**
 * Reads what a cashier typed as rupees ("1250", "1,250.50", "₹ 1250.5") into paise. Refuses
 * anything else with a message fit to show at the counter.
 */
export function parseRupees(text: string): ParsedAmount {
  const cleaned = text.trim().replace(/^₹\s*/, '').replace(/,/g, '');
  if (cleaned === '') return { ok: false, code: 'AMOUNT_EMPTY', message: 'Enter the cash amount.' };
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) {
    return { ok: false, code: 'AMOUNT_NOT_DIGITS', message: 'Enter the amount in rupees using digits only, for example 1250 or 1250.50.' };
  }
  const rupees = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  const paise = rupees * 100 + fraction;
  if (paise > MAX_CASH_PAISE) {
    return { ok: false, code: 'AMOUNT_TOO_LARGE', message: `That amount is too large: cash above ${formatPaise(MAX_CASH_PAISE)} is never taken here.` };
  }
  return { ok: true, paise };
}

/** 124550 → "1245.50", -5 → "-0.05": rupees as plain decimal text for files other systems read. */
export function paiseAsDecimal(paise: number): string {
  if (!Number.isSafeInteger(paise)) throw new RangeError(`Not a whole number of paise: ${paise}`);
  const abs = Math.abs(paise);
  return `${paise < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
