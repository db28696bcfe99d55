import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';
import { consumerPaymentStatus } from './paymentStatus';

/** The consumer's questions at the counter. */
export function consumerHandlers(services: Services) {
  return {
    'payments.statusForConsumer': ({ consumerNo }) => consumerPaymentStatus(services.db, services.gateway(), consumerNo),
  } satisfies Partial<Handlers>;
}
