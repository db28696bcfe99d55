import { performance } from 'node:perf_hooks';

export interface LatencySummary {
  count: number;
  totalMs: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

function summarize(samples: number[], totalMs: number): LatencySummary {
  const count = samples.length;
  samples.sort((a, b) => a - b);
  return { count, totalMs, p50Ms: percentile(samples, 0.5), p99Ms: percentile(samples, 0.99), perSecond: (count / totalMs) * 1000 };
}

/** Times `count` calls of `run(i)` one by one. */
export function timeEach(count: number, run: (index: number) => void): LatencySummary {
  const samples = new Array<number>(count);
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    const before = performance.now();
    run(i);
    samples[i] = performance.now() - before;
  }
  return summarize(samples, performance.now() - start);
}

/** Wall time, and the process's CPU time, which waits for a busy CPU or for the disk do not stretch. */
export interface SideBySideSummary extends LatencySummary {
  cpuP50Ms: number;
  cpuP99Ms: number;
}

/**
 * Times `count` rounds of several steps, each call timed on its own and summarized per step.
 * The steps take turns, so whatever else loads the machine meanwhile falls on each alike.
 * `between` runs untimed after each round: what the app does in the quiet between two.
 */
export function timeSideBySide(count: number, steps: ReadonlyArray<(index: number) => void>, between?: (index: number) => void): SideBySideSummary[] {
  const samples = steps.map(() => new Array<number>(count));
  const cpuSamples = steps.map(() => new Array<number>(count));
  const totals = steps.map(() => 0);
  for (let i = 0; i < count; i += 1) {
    steps.forEach((step, s) => {
      const cpuBefore = process.cpuUsage();
      const before = performance.now();
      step(i);
      const taken = performance.now() - before;
      const cpu = process.cpuUsage(cpuBefore);
      samples[s]![i] = taken;
      cpuSamples[s]![i] = (cpu.user + cpu.system) / 1000;
      totals[s]! += taken;
    });
    between?.(i);
  }
  return samples.map((stepSamples, s) => {
    const cpu = cpuSamples[s]!.sort((a, b) => a - b);
    return { ...summarize(stepSamples, totals[s]!), cpuP50Ms: percentile(cpu, 0.5), cpuP99Ms: percentile(cpu, 0.99) };
  });
}

/** Times `count` awaited calls of `run(i)` one after another. */
export async function timeEachAsync(count: number, run: (index: number) => Promise<unknown>): Promise<LatencySummary> {
  const samples = new Array<number>(count);
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    const before = performance.now();
    await run(i);
    samples[i] = performance.now() - before;
  }
  return summarize(samples, performance.now() - start);
}

/** Times one whole job. */
export async function timeOnce<T>(run: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

/** One table row per measurement, so every figure stands beside its baseline. */
export function printLatencyTable(title: string, rows: Array<[string, LatencySummary]>): void {
  console.log(`\n${title}`);
  console.table(
    Object.fromEntries(
      rows.map(([name, s]) => [name, { count: s.count, p50: ms(s.p50Ms), p99: ms(s.p99Ms), 'per second': Math.round(s.perSecond), total: `${(s.totalMs / 1000).toFixed(2)} s` }]),
    ),
  );
}
