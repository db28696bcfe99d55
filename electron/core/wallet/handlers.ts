import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';
import { walletStatus } from './wallet';
import { walletMovements } from './walletMovements';

/** The agent's prepaid wallet with the company: as last seen here, and its movements as the gateway keeps them. */
export function walletHandlers(services: Services) {
  return {
    'wallet.status': () => walletStatus(services.db, services.now()),

    'wallet.movements': (range) => walletMovements(services.gateway(), range),
  } satisfies Partial<Handlers>;
}
