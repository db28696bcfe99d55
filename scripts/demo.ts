import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServices } from '../electron/core/createServices';
import { hasDeviceToken } from '../electron/core/settings/deviceToken';
import { registerDevice } from '../electron/core/sync/syncCycle';
import { spawnGateway } from '../gateway/spawnGateway';

/**
 * `npm run demo`: the reference gateway with a seeded Bhopal zone, a cabin data folder registered
 * against it (bill master and wallet pulled), then the app on that folder. Everything lives in
 * demo-data/; delete it to start over. `--no-app` stops after registration (where Electron
 * cannot run), leaving the gateway up.
 */
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.ROKAD_DEMO_DIR ?? 'demo-data' },
    port: { type: 'string', default: process.env.GATEWAY_PORT ?? '8787' },
    consumers: { type: 'string', default: process.env.GATEWAY_CONSUMERS ?? '3000' },
    'no-app': { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  const dir = resolve(values.dir);
  const dataDir = resolve(dir, 'cabin');
  const cabinCode = process.env.ROKAD_CABIN_CODE ?? 'BPL-ATP-07';
  const { child: gateway, ready } = await spawnGateway({ db: resolve(dir, 'gateway.sqlite'), port: Number(values.port), consumers: Number(values.consumers), echo: true });
  const stopGateway = () => gateway.kill('SIGTERM');
  process.once('SIGINT', stopGateway);
  process.once('SIGTERM', stopGateway);

  const services = createServices({ dataDir, cabinCode });
  try {
    if (!hasDeviceToken(services.db)) {
      const agent = await registerDevice(services.db, services.deviceToken, {
        gatewayUrl: ready.url,
        registrationCode: ready.registrationCode,
        cabinCode,
        deviceName: 'Rokad demo',
      });
      console.log(`Registered ${dataDir} as cabin ${services.cabinCode} of agent ${agent.agentId} (${agent.agentName}).`);
    }
    const report = await services.sync.runNow();
    console.log(`First sync: ${report.billsUpdated} bills updated, ${report.accepted} payments accepted${report.error ? `, error: ${report.error}` : ''}.`);
  } finally {
    services.close();
  }

  if (values['no-app']) {
    console.log(`Gateway left running on ${ready.url} (Ctrl+C stops it). Start the app with: ROKAD_DATA_DIR=${dataDir} npm start`);
    return;
  }
  const app = spawn('npx', ['electron-vite', 'preview'], { stdio: 'inherit', env: { ...process.env, ROKAD_DATA_DIR: dataDir, ROKAD_CABIN_CODE: cabinCode } });
  app.once('exit', (code) => {
    if (code !== 0) console.error(`The app exited with ${code}. Where the Electron binary cannot run, use --no-app and try the gateway alone.`);
    stopGateway();
  });
}

void main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
