import { useTranslation } from 'react-i18next';
import type { ErrorBody, ErrorParams } from '../../../shared/errors';
import { i18next } from './i18n';

/**
 * What to show for a refusal. English shows the core's own sentence; Hindi finds the code (and
 * its variant) in the Hindi table, filled with the same facts, and falls back to the English.
 */
export function errorText(error: ErrorBody): string {
  if (i18next.language !== 'hi') return error.message;
  const params: ErrorParams = error.params ?? {};
  const key = typeof params.variant === 'string' ? `${error.code}_${params.variant}` : error.code;
  if (!i18next.exists(key, { ns: 'errors' })) return error.message;
  const text = i18next.t(key, { ns: 'errors', ...params, message: error.message });
  // A printer failure while printing a payment's receipt also says the payment is safe.
  const pending = error.code.startsWith('PRINTER_') && typeof params.receiptNo === 'string';
  return pending ? `${text} ${i18next.t('PRINT_PENDING', { ns: 'errors', receiptNo: params.receiptNo })}` : text;
}

/** errorText, re-rendered when the language changes. */
export function useErrorText(): (error: ErrorBody) => string {
  useTranslation();
  return errorText;
}
