import type { StatusResponse } from '../../../shared/gateway/schemas';
import { GatewayError } from './gatewayClient';

/**
 * A status answer speaks only of the payments asked about, each once: an answer naming another
 * payment, or one payment twice (PENDING and SUCCESS), is not read at all, so no payment is marked
 * accepted on a result that is not plainly its own.
 */
export function checkStatusAnswer(askedIds: readonly string[], response: StatusResponse): StatusResponse {
  const asked = new Set(askedIds);
  const seen = new Set<string>();
  for (const result of response.results) {
    if (!asked.has(result.clientTxnId) || seen.has(result.clientTxnId)) {
      throw new GatewayError(
        'GATEWAY_MALFORMED',
        'The gateway answered about payments it was not asked about, or twice about one. Nothing was changed; it will be asked again.',
        true,
      );
    }
    seen.add(result.clientTxnId);
  }
  return response;
}
