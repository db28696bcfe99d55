import { z } from 'zod';
import type { BillerRules } from './domain';
import type { ErrorBody } from './errors';
import { configResponseSchema } from './gateway/schemas';
import { formatPaise } from './money';

const config = configResponseSchema.shape;

/** The rules the counter holds payments to: the gateway's config fields, each with the config's own schema. */
export const billerRulesSchema = z
  .object({
    exactness: config.paymentAmountExactness,
    minPaise: config.minCashPaise,
    maxPaise: config.maxCashPaise,
    dailyLimitPaise: config.dailyCashLimitPerConsumerPaise,
    /** How the change given is rounded; none when absent. */
    changeRounding: config.changeRounding,
  })
  .strict()
  .refine((rules) => rules.minPaise <= rules.maxPaise, { error: 'The minimum cash payment is above the maximum.' });

/**
 * Until the gateway serves them: exact amounts only; ₹5,000 a bill in cash, as MP's supply code
 * asks; and under ₹2 lakh a consumer a day, as income-tax s.269ST requires.
 */
export const defaultBillerRules: BillerRules = {
  exactness: 'EXACT',
  minPaise: 100,
  maxPaise: 500_000,
  dailyLimitPaise: 19_999_999,
};

/**
 * Whether the biller's rules allow taking `amountPaise` in cash against a bill of `duePaise`
 * from a consumer who has paid `paidTodayPaise` today. The window checks it for a quick answer;
 * the core checks it again before it records anything.
 */
export function checkAmount(rules: BillerRules, duePaise: number, amountPaise: number, paidTodayPaise: number): ErrorBody<'AMOUNT_RULE' | 'CASH_LIMIT' | 'DAILY_LIMIT'> | null {
  const due = formatPaise(duePaise);
  if (rules.exactness === 'EXACT' && amountPaise !== duePaise) {
    return { code: 'AMOUNT_RULE', message: `This bill must be paid exactly ${due}.`, params: { variant: 'EXACT', duePaise } };
  }
  if (rules.exactness === 'EXACT_AND_ABOVE' && amountPaise < duePaise) {
    return { code: 'AMOUNT_RULE', message: `Pay at least the bill amount ${due}; more is kept as an advance.`, params: { variant: 'ABOVE', duePaise } };
  }
  if (rules.exactness === 'EXACT_AND_BELOW' && amountPaise > duePaise) {
    return { code: 'AMOUNT_RULE', message: `Pay at most the bill amount ${due}; a part payment is allowed.`, params: { variant: 'BELOW', duePaise } };
  }
  if (amountPaise < rules.minPaise) {
    return { code: 'CASH_LIMIT', message: `The smallest cash payment is ${formatPaise(rules.minPaise)}.`, params: { variant: 'MIN', limitPaise: rules.minPaise } };
  }
  if (amountPaise > rules.maxPaise) {
    return {
      code: 'CASH_LIMIT',
      message: `Cash above ${formatPaise(rules.maxPaise)} a bill is not allowed; the consumer can pay by cheque or DD at the zone office.`,
      params: { variant: 'MAX', limitPaise: rules.maxPaise },
    };
  }
  if (paidTodayPaise + amountPaise > rules.dailyLimitPaise) {
    const left = Math.max(0, rules.dailyLimitPaise - paidTodayPaise);
    return {
      code: 'DAILY_LIMIT',
      message: `This consumer has paid ${formatPaise(paidTodayPaise)} in cash today; the limit is ${formatPaise(rules.dailyLimitPaise)} a day, so at most ${formatPaise(left)} more.`,
      params: { paidTodayPaise, limitPaise: rules.dailyLimitPaise, leftPaise: left },
    };
  }
  return null;
}
