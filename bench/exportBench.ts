import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DayRange } from '../shared/reports';
import { createServices } from '../electron/core/createServices';
import { exportRows } from '../electron/core/exports/exportRows';
import { csvOf } from '../electron/core/exports/writeCsv';
import { pdfOf } from '../electron/core/exports/writePdf';
import { xlsxOf } from '../electron/core/exports/writeXlsx';
import { dayReport } from '../electron/core/reports/dayReport';
import { openCounter, PEOPLE } from '../electron/core/testing/seedCounter';
import { appendPayments, saveBills } from '../electron/core/testing/seedPayments';
import { verifyChain } from '../electron/core/ledger/verifyChain';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { timeOnce } from './measure';

const PER_DAY = Number(process.env.BENCH_EXPORT_PER_DAY ?? 1_000);
const DAYS = 30;
const FONTS_DIR = join(__dirname, '..', 'assets', 'fonts');

/** Spreads a day's payments from 08:00 to 20:00 India time. */
function instantOf(index: number): string {
  const day = Math.floor(index / PER_DAY) + 1;
  const minutes = 8 * 60 + Math.floor(((index % PER_DAY) * 12 * 60) / PER_DAY);
  return new Date(Date.parse(`2026-11-${String(day).padStart(2, '0')}T00:00:00+05:30`) + minutes * 60_000).toISOString();
}

/**
 * Exporting a day (1,000 payments) and a month (30,000) to each format, beside the floor: the
 * same rows read with a plain SELECT and turned into a JSON string. Each format's time includes
 * reading its rows and report from the ledger; writing all three is timed through writeExports.
 */
export async function benchExports(): Promise<void> {
  const folder = tempDataDir('rokad-bench-');
  try {
    const services = createServices({ dataDir: join(folder.dir, 'core'), cabinCode: 'BENCH-01', now: () => new Date('2026-11-01T02:00:00Z') });
    const counter = openCounter(services);
    const bills = saveBills(services, PER_DAY * DAYS);
    const seeded = await timeOnce(() => appendPayments(services, counter, bills, instantOf));
    const chain = verifyChain(services.db);
    console.log(`\nExports: seeded ${bills.length} chained payments in ${(seeded.ms / 1000).toFixed(1)} s (chain ${chain.ok ? 'verified' : 'BROKEN'})`);
    const supervisor = services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    const deps = { cabinCode: services.cabinCode, shiftReport: services.shifts.report };
    const generatedAt = new Date('2026-12-01T06:00:00Z');

    const table: Record<string, Record<string, string | number>> = {};
    for (const [label, range] of [
      [`day (${PER_DAY} payments)`, { from: '2026-11-15', to: '2026-11-15' }],
      [`month (${PER_DAY * DAYS} payments)`, { from: '2026-11-01', to: '2026-11-30' }],
    ] as Array<[string, DayRange]>) {
      const at = { from: new Date(`${range.from}T00:00:00+05:30`).toISOString(), to: new Date(Date.parse(`${range.to}T00:00:00+05:30`) + 86_400_000).toISOString() };
      const measure = async (name: string, run: () => Buffer | string | Promise<Buffer | string>) => {
        const { ms, result } = await timeOnce(run);
        table[`${label}: ${name}`] = { ms: Math.round(ms), 'KiB out': Math.round(result.length / 1024) };
      };
      await measure('baseline: SELECT rows → JSON string', () =>
        JSON.stringify(services.db.prepare('SELECT * FROM ledger WHERE training = 0 AND recorded_at >= @from AND recorded_at < @to ORDER BY seq').all(at)),
      );
      await measure('CSV', () => csvOf(exportRows(services.db, range)));
      await measure('XLSX', () => xlsxOf(dayReport(services.db, deps, range), exportRows(services.db, range), generatedAt));
      await measure('PDF day report', () => pdfOf(dayReport(services.db, deps, range), generatedAt, FONTS_DIR));
      const out = join(folder.dir, `usb-${range.from}-${range.to}`);
      mkdirSync(out);
      const all = await timeOnce(() => services.writeExports({ ...range, folder: out, formats: ['csv', 'xlsx', 'pdf'] }, supervisor));
      table[`${label}: all three, written and logged`] = { ms: Math.round(all.ms), 'KiB out': Math.round(all.result.files.reduce((n, f) => n + f.bytes, 0) / 1024) };
    }
    console.table(table);
    services.close();
  } finally {
    folder.remove();
  }
}
