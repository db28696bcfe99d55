import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShiftReport, SignedInUser } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import type { DayRange, ExportedFile, ExportFormat, ExportResult } from '../../../shared/reports';
import type { AuditLog } from '../audit/auditLog';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { folderProblem } from '../files/folderProblem';
import { dayReport } from '../reports/dayReport';
import { exportRows } from './exportRows';
import { csvOf } from './writeCsv';
import { pdfOf } from './writePdf';
import { xlsxOf } from './writeXlsx';

export interface ExportDeps {
  db: Db;
  cabinCode: string;
  shiftReport: (shiftId: string) => ShiftReport;
  audit: AuditLog;
  now: () => Date;
  fontsDir: string;
}

export interface ExportRequest extends DayRange {
  folder: string;
  formats: readonly ExportFormat[];
}

function checkFolder(folder: string): void {
  const problem = folderProblem(folder);
  if (problem === 'missing') {
    throw new RokadError('EXPORT_FOLDER_MISSING', `The folder ${folder} is not there. Plug in the USB stick or choose another folder. Nothing was written.`, { folder });
  }
  if (problem === 'not-writable') {
    throw new RokadError('EXPORT_FOLDER_READ_ONLY', `Rokad cannot write to ${folder}; the USB stick may be locked or full. Choose another folder. Nothing was written.`, {
      folder,
    });
  }
}

/** Writes a new file, never over an existing one: a second export of the same day becomes "-2", "-3", … */
function writeNewFile(folder: string, base: string, extension: string, content: Buffer): string {
  for (let copy = 1; ; copy += 1) {
    const path = join(folder, `${base}${copy === 1 ? '' : `-${copy}`}.${extension}`);
    try {
      writeFileSync(path, content, { flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // Only "wx" failing with EEXIST leaves a file that is not ours; any other failure's file is our half-written one.
        rmSync(path, { force: true });
        throw error;
      }
    }
  }
}

/**
 * Exports a range of days to a folder the supervisor chose. The report and the rows are read in
 * one snapshot, every file is made before the first is written, and the audit log keeps the row
 * count, the totals and the ledger head hash, which the PDF and the summary sheet print too.
 */
export async function writeExports(deps: ExportDeps, request: ExportRequest, actor: SignedInUser): Promise<ExportResult> {
  checkFolder(request.folder);
  const generatedAt = deps.now();
  const { report, rows } = deps.db.transaction(() => ({
    report: dayReport(deps.db, deps, request),
    rows: exportRows(deps.db, request),
  }))();

  const contents: Array<[ExportFormat, Buffer]> = [];
  for (const format of new Set(request.formats)) {
    if (format === 'csv') contents.push([format, csvOf(rows, report.byShift)]);
    if (format === 'xlsx') contents.push([format, await xlsxOf(report, rows, generatedAt)]);
    if (format === 'pdf') contents.push([format, pdfOf(report, generatedAt, deps.fontsDir)]);
  }

  const base = `rokad-${report.cabinCode}-${request.from}${request.to === request.from ? '' : `_to_${request.to}`}`;
  const files: ExportedFile[] = [];
  try {
    for (const [format, content] of contents) files.push({ format, path: writeNewFile(request.folder, base, format, content), bytes: content.length });
  } catch (error) {
    // A stick that fills up half way keeps none of this export: a partial set could pass for the whole.
    for (const file of files) rmSync(file.path, { force: true });
    throw error;
  }

  const result: ExportResult = {
    files,
    rows: rows.length,
    payments: report.payments,
    voids: report.voids,
    refunds: report.refunds,
    netPaise: report.netPaise,
    ledgerHead: report.ledgerHead,
  };
  deps.audit.append(actor.userId, 'EXPORT', { from: request.from, to: request.to, ...result });
  return result;
}
