import { z } from 'zod';

/**
 * Drawers hold no paise coins, so the change given is rounded by the biller's rule: to ₹1 or to
 * ₹0.50, in the direction the biller sets (DOWN: the consumer gets the lower figure; UP: the
 * higher; NEAREST: the nearer, a half going up). The bill is paid to the paisa all the same: the
 * payment's amount, the wallet's debit and the upload are the bill's; the difference between the
 * exact change and the change given is a figure of its own, kept with the payment.
 */
export const changeRoundingSchema = z
  .object({
    stepPaise: z.union([z.literal(0), z.literal(50), z.literal(100)]),
    direction: z.enum(['NEAREST', 'DOWN', 'UP']),
  })
  .strict();

export type ChangeRounding = z.infer<typeof changeRoundingSchema>;

export const NO_ROUNDING: ChangeRounding = { stepPaise: 0, direction: 'NEAREST' };

export interface RoundedChange {
  /** What the consumer is handed back. */
  givenPaise: number;
  /** Exact change − change given: + when the drawer keeps paise, − when it gives them. */
  roundingPaise: number;
}

/** The change to hand back for `exactPaise` of exact change under `rule`. */
export function roundChange(exactPaise: number, rule: ChangeRounding | undefined): RoundedChange {
  const step = rule?.stepPaise ?? 0;
  if (step === 0 || exactPaise <= 0) return { givenPaise: exactPaise, roundingPaise: 0 };
  const below = Math.floor(exactPaise / step) * step;
  const rest = exactPaise - below;
  let given = below;
  if (rest > 0 && (rule!.direction === 'UP' || (rule!.direction === 'NEAREST' && rest * 2 >= step))) given = below + step;
  return { givenPaise: given, roundingPaise: exactPaise - given };
}

/**
 * What a reversal (a void or a refund) hands back from the drawer: what the consumer paid net,
 * the bill amount plus the rounding the payment's change carried (+ the drawer had kept paise).
 */
export function cashPaidBackPaise(payment: { amountPaise: number; changeRoundingPaise?: number }): number {
  return payment.amountPaise + (payment.changeRoundingPaise ?? 0);
}
