import { z } from 'zod';

/** The one sentence for a mobile number that cannot be one; the Hindi is BAD_MOBILE's. */
export const BAD_MOBILE_MESSAGE = 'A mobile number has 10 digits and starts with 6, 7, 8 or 9 (a +91 or 0 before it is fine). Nothing was recorded.';

/**
 * An Indian mobile number as people write it ("98765 43210", "+91-98765-43210", "098765…") to
 * its 10 digits, or null when it is not one.
 */
export function normalIndianMobile(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '').replace(/^(\+91|0091|0)(?=\d{10}$)/, '');
  return /^[6-9]\d{9}$/.test(digits) ? digits : null;
}

/** At the IPC boundary: the window sends the 10 digits it normalised; anything else is refused. */
export const indianMobileSchema = z.string().regex(/^[6-9]\d{9}$/, { error: BAD_MOBILE_MESSAGE });
