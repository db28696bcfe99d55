import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createGatewayStore } from '../gatewayStore';
import type { TestGateway } from './testGateway';

const CLI = join(import.meta.dirname, '..', 'cli.ts');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts `gateway/cli.ts serve` as its own process and waits (at most 60 s) for its ready line. */
function spawnServe(dbFile: string, port: number, consumers: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', dbFile, '--port', String(port), '--consumers', String(consumers)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the gateway process did not start within 60 s: ${output}`));
    }, 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('GATEWAY_READY')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway process exited with ${code}: ${output}`));
    });
  });
}

/**
 * The reference gateway in a child process, so a test can SIGKILL it mid-request. The test reads
 * and administers the same SQLite file through its own store (WAL allows both).
 */
export async function startChildGateway(dir: string, consumers = 200): Promise<TestGateway & { kill: () => void }> {
  const dbFile = join(dir, 'gateway.sqlite');
  const port = await freePort();
  let child = await spawnServe(dbFile, port, consumers);
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
      child = await spawnServe(dbFile, port, consumers);
    },
    close: async () => {
      child.kill('SIGTERM');
      await exited();
      store.close();
    },
  };
}
