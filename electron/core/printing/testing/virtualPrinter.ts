import { createServer, type Server, type Socket } from 'node:net';
import { decodeEscPos, type EscPosCommand } from './decodeEscPos';

/**
 * How the virtual printer behaves:
 * - `accept`: takes everything and answers status requests (paper present, or out);
 * - `reset`: reads `afterBytes` bytes, then resets the connection, like a printer that jams;
 * - `stall`: reads `afterBytes` bytes, then stops reading and never answers, like a hung printer;
 * - `silent`: accepts the connection but reads and answers nothing. Traffic may only go to
 *   loopback here, so this stands in for an unreachable printer: either way nothing answers
 *   until the timeout.
 */
export type VirtualPrinterMode = { kind: 'accept'; paper?: 'present' | 'out' } | { kind: 'reset'; afterBytes: number } | { kind: 'stall'; afterBytes: number } | { kind: 'silent' };

export interface ReceivedJob {
  bytes: Buffer;
  commands: EscPosCommand[];
}

export interface VirtualPrinter {
  /** tcp://127.0.0.1:port, as node-thermal-printer takes it. */
  address: string;
  /** Every connection that has ended, in order. */
  jobs: ReceivedJob[];
  /** Resolves with the next connection to end (or the one that already did and was not taken). */
  nextJob(): Promise<ReceivedJob>;
  close(): Promise<void>;
}

const PAPER_PRESENT = 0x00;
const PAPER_END = 0x0c;

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('the virtual printer got no port'));
    });
  });
}

/** A TCP "printer" on 127.0.0.1 that records what it receives and answers like ESC/POS printers do. */
export async function startVirtualPrinter(mode: VirtualPrinterMode = { kind: 'accept' }): Promise<VirtualPrinter> {
  const jobs: ReceivedJob[] = [];
  let taken = 0;
  const waiting: Array<(job: ReceivedJob) => void> = [];
  const sockets = new Set<Socket>();

  const finish = (chunks: Buffer[]) => {
    const bytes = Buffer.concat(chunks);
    const job = { bytes, commands: decodeEscPos(bytes).commands };
    jobs.push(job);
    const waiter = waiting.shift();
    if (waiter) {
      taken += 1;
      waiter(job);
    }
  };

  const server = createServer({ pauseOnConnect: mode.kind === 'silent' }, (socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    let received = 0;
    let answered = 0;
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      finish(chunks);
    });
    socket.on('data', (chunk: Buffer) => {
      const room = mode.kind === 'reset' || mode.kind === 'stall' ? Math.max(0, mode.afterBytes - received) : chunk.length;
      chunks.push(chunk.subarray(0, room));
      received += Math.min(room, chunk.length);
      if (mode.kind === 'reset' && received >= mode.afterBytes) {
        socket.resetAndDestroy();
        return;
      }
      if (mode.kind === 'stall' && received >= mode.afterBytes) {
        socket.pause();
        return;
      }
      if (mode.kind !== 'accept') return;
      const requests = decodeEscPos(Buffer.concat(chunks)).commands.filter((command) => command.kind === 'statusRequest').length;
      for (; answered < requests; answered += 1) socket.write(Buffer.from([mode.paper === 'out' ? PAPER_END : PAPER_PRESENT]));
    });
  });
  const port = await listen(server);

  return {
    address: `tcp://127.0.0.1:${port}`,
    jobs,
    nextJob: () =>
      new Promise((resolve) => {
        const ready = jobs[taken];
        if (ready) {
          taken += 1;
          resolve(ready);
        } else {
          waiting.push(resolve);
        }
      }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback address where nothing listens: connecting to it is refused at once. */
export async function refusingAddress(): Promise<string> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `tcp://127.0.0.1:${port}`;
}
