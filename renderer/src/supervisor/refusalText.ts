import type { PaymentException } from '../../../shared/domain';
import { failureCodeSchema } from '../../../shared/gateway/schemas';
import { i18next } from '../i18n/i18n';
import { errorsHi } from '../i18n/locales/errorsHi';
import { refusalsHi } from '../i18n/locales/refusalsHi';

/**
 * Why the gateway refused a payment, as a sentence in the screen's language: English is the
 * gateway's own sentence; Hindi is looked up by the stored code, and a code Rokad does not know
 * reads as the gateway's unexplained refusal, never as the code itself.
 */
export function refusalText(exception: PaymentException): string {
  if (i18next.language !== 'hi') return exception.failureMessage;
  const code = failureCodeSchema.safeParse(exception.failureCode);
  const sentence = code.success ? refusalsHi[code.data] : errorsHi.GATEWAY_REFUSED;
  const facts: Record<string, string> = { consumerNo: exception.consumerNo, receiptNo: exception.receiptNo };
  return sentence.replace(/\{\{(\w+)\}\}/g, (_, name: string) => facts[name] ?? '');
}
