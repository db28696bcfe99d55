import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, 'cli.ts');

export interface GatewayReady {
  url: string;
  agentId: string;
  registrationCode: string;
}

/**
 * Starts `gateway/cli.ts serve` as its own process and waits (at most 60 s) for its ready line.
 * Its output is passed through when `echo` is set.
 */
export function spawnGateway(options: { db: string; port: number; consumers: number; echo?: boolean }): Promise<{ child: ChildProcess; ready: GatewayReady }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', options.db, '--port', String(options.port), '--consumers', String(options.consumers)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The gateway did not start within 60 s:\n${output}`));
    }, 60_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`The gateway exited with ${code}:\n${output}`));
    };
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (options.echo) process.stdout.write(chunk);
      output += chunk.toString();
      const line = /GATEWAY_READY (.+)/.exec(output);
      if (line) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve({ child, ready: JSON.parse(line[1]!) as GatewayReady });
      }
    });
  });
}
