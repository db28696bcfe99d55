// Runs the TypeScript ledger-check worker straight from source in tests and benches: Node 20 does
// not pass a TypeScript loader given by --import on to worker threads, so the worker registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('../../workers/ledgerCheck.worker.ts');
