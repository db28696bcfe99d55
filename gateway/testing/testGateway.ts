import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createGatewayStore, type GatewayStore, type GatewayStoreOptions } from '../gatewayStore';
import { generateZone } from '../seed/generateZone';
import { createGatewayServer, type GatewayServerOptions } from '../server';

export const TEST_AGENT = 'AGT-0001';

export interface TestGateway {
  url: string;
  store: GatewayStore;
  /** Stops the HTTP server but keeps the database, so `restart` finds every payment again. */
  stop: () => Promise<void>;
  restart: () => Promise<void>;
  close: () => Promise<void>;
}

/** A reference gateway on 127.0.0.1 with a small seeded zone and one topped-up agent. */
export async function startTestGateway(
  dir: string,
  options: GatewayStoreOptions & { consumers?: number; today: string; topUpPaise?: number; port?: number; server?: GatewayServerOptions },
): Promise<TestGateway> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'gateway.sqlite');
  let store = createGatewayStore(file, options);
  if (store.billCount() === 0) {
    store.saveBills(generateZone({ consumers: options.consumers ?? 200, today: options.today }));
    store.ensureAgent(TEST_AGENT, 'रमेश एजेंट / Ramesh Agent');
    if (options.topUpPaise) store.topUp(TEST_AGENT, options.topUpPaise, 'Opening deposit');
  }
  let server = createGatewayServer(store, options.server);
  const url = await server.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const port = Number(new URL(url).port);
  const gateway: TestGateway = {
    url,
    store,
    stop: async () => {
      await server.close();
      store.close();
    },
    restart: async () => {
      store = createGatewayStore(file, options);
      gateway.store = store;
      server = createGatewayServer(store, options.server);
      await server.listen({ host: '127.0.0.1', port });
    },
    close: async () => {
      if (store.db.open) await gateway.stop();
    },
  };
  return gateway;
}
