import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/**
 * Writes a new file, never over an existing one: a second export of the same day becomes "-2", "-3", …
 * The bytes go to a hidden temporary name first, are flushed to the stick, and only then take the
 * real name, so a stick pulled or full half way leaves no file that could pass for an export.
 */
function writeNewFile(folder: string, base: string, extension: string, content: Buffer): string {
  let copy = 1;
  const nameOf = () => join(folder, `${base}${copy === 1 ? '' : `-${copy}`}.${extension}`);
  while (existsSync(nameOf())) copy += 1;
  const path = nameOf();
  const temporary = join(folder, `.${basename(path)}.${process.pid}.part`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      for (let written = 0; written < content.length;) written += writeSync(fd, content, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The export never yields between the check above and here, so no other export can have taken the name.
    renameSync(temporary, path);
    return path;
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
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
    if (format === 'csv') contents.push([format, csvOf(rows)]);
    if (format === 'xlsx') contents.push([format, xlsxOf(report, rows, generatedAt)]);
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
