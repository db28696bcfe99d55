// A sync worker that dies at its first "sync now" the first time it is started (the marker file
// is then written), and runs as the real one from source after: for the restart test.
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const marker = `${workerData.dbFile}.worker-died`;
if (existsSync(marker)) {
  await import('./syncWorkerFromSource.mjs');
} else {
  parentPort.on('message', (message) => {
    if (message.type === 'syncNow') {
      writeFileSync(marker, 'died once');
      process.exit(3);
    }
  });
}
