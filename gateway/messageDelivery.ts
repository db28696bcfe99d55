import type { FastifyInstance } from 'fastify';
import type { GatewayStore } from './gatewayStore';
import type { Notifier } from './notifier';

const PAYMENT_PATHS = new Set(['/v1/payments/batch', '/v1/payments/status']);

/**
 * Delivers the consumers' messages through `notifier`: right after an upload or status answer has
 * gone out (the payments are committed by then), and every `retryEveryMs` for the ones a provider
 * did not take. Never in the request's way: a slow provider delays no cabin.
 */
export function registerMessageDelivery(app: FastifyInstance, store: GatewayStore, notifier: Notifier, retryEveryMs = 30_000): void {
  const deliver = () => {
    store.messages.deliverDue(notifier).catch((error: unknown) => console.error('gateway: message delivery failed', error));
  };
  app.addHook('onResponse', async (request) => {
    if (PAYMENT_PATHS.has(request.url.split('?')[0] ?? '')) deliver();
  });
  const timer = setInterval(deliver, retryEveryMs).unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
