import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createGatewayStore } from '../gatewayStore';
import { spawnGateway } from '../spawnGateway';
import type { TestGateway } from './testGateway';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * The reference gateway in a child process, so a test can SIGKILL it mid-request. The test reads
 * and administers the same SQLite file through its own store (WAL allows both).
 */
export async function startChildGateway(dir: string, consumers = 200): Promise<TestGateway & { kill: () => void }> {
  const dbFile = join(dir, 'gateway.sqlite');
  const port = await freePort();
  const spawnServe = async () => (await spawnGateway({ db: dbFile, port, consumers })).child;
  let child: ChildProcess = await spawnServe();
  const store = createGatewayStore(dbFile);
  const exited = () => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    kill: () => child.kill('SIGKILL'),
    stop: async () => {
      child.kill('SIGKILL');
      await exited();
    },
    restart: async () => {
      await exited();
      child = await spawnServe();
    },
    close: async () => {
      child.kill('SIGTERM');
      await exited();
      store.close();
    },
  };
}
