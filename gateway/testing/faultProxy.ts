import { connect, createServer, type Socket } from 'node:net';

/**
 * What the proxy does to one request:
 * - pass: forwards both ways;
 * - reset: reads the request, then resets the connection (nothing reaches the gateway);
 * - http500: answers 500 itself (nothing reaches the gateway);
 * - dropResponse: forwards the request, lets the gateway commit and answer, then resets the client without the answer;
 * - slow: forwards the request and holds the answer for `slowMs`, longer than the client waits.
 */
export type Fault = 'pass' | 'reset' | 'http500' | 'dropResponse' | 'slow';

export interface FaultProxy {
  url: string;
  /** Faults for the next requests, one each, in order; then `pass`. */
  plan: (faults: Fault[]) => void;
  /** Calls `hook` once, right after the next request has been forwarded to the gateway. */
  onceForwarded: (hook: () => void) => void;
  seen: Record<Fault, number>;
  close: () => Promise<void>;
}

/** A TCP proxy on 127.0.0.1 between the app's client and the gateway, for fault tests. */
export async function startFaultProxy(targetPort: number, slowMs = 1_500): Promise<FaultProxy> {
  let queue: Fault[] = [];
  let forwardedHook: (() => void) | undefined;
  const open = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const seen: Record<Fault, number> = { pass: 0, reset: 0, http500: 0, dropResponse: 0, slow: 0 };

  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    open.add(client);
    open.add(upstream);
    client.on('close', () => {
      open.delete(client);
      upstream.destroy();
    });
    upstream.on('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    client.on('error', () => client.destroy());
    upstream.on('error', () => client.resetAndDestroy());

    // Connections are kept alive, so the fault is chosen per request: a request starts with the
    // first bytes from the client after the previous answer began.
    let fault: Fault = 'pass';
    let betweenRequests = true;
    client.on('data', (chunk) => {
      if (betweenRequests) {
        betweenRequests = false;
        fault = queue.shift() ?? 'pass';
        seen[fault] += 1;
      }
      if (fault === 'reset') {
        client.resetAndDestroy();
        return;
      }
      if (fault === 'http500') {
        client.end('HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/plain\r\ncontent-length: 4\r\nconnection: close\r\n\r\noops');
        return;
      }
      upstream.write(chunk);
      const hook = forwardedHook;
      forwardedHook = undefined;
      hook?.();
    });
    upstream.on('data', (chunk) => {
      betweenRequests = true;
      if (fault === 'dropResponse') {
        client.resetAndDestroy();
      } else if (fault === 'slow') {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!client.destroyed) client.write(chunk);
        }, slowMs);
        timers.add(timer);
      } else {
        client.write(chunk);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no TCP address');

  return {
    url: `http://127.0.0.1:${address.port}`,
    plan: (faults) => {
      queue = [...faults];
    },
    onceForwarded: (hook) => {
      forwardedHook = hook;
    },
    seen,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
