import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Gitignored but for the committed page image: what the tests render, for a person to look at. */
export const REPORT_ARTIFACTS_DIR = join(__dirname, '..', '..', '..', '..', 'e2e', 'artifacts', 'reports');

// Raw cell values, not as shown (token 9 false), UTF-8 (76), every sheet to its own file (-1).
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/**
 * LibreOffice headless reads a workbook the way an office would and writes each sheet as CSV.
 * A private profile per call, so parallel runs never share (and lock) one.
 */
export function workbookSheetsAsCsv(xlsxFile: string, outDir: string): Record<string, string[][]> {
  const profile = mkdtempSync(join(tmpdir(), 'rokad-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', outDir, xlsxFile], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const stem = basename(xlsxFile).replace(/\.xlsx$/, '');
  const sheets: Record<string, string[][]> = {};
  for (const file of readdirSync(outDir)) {
    if (file.startsWith(`${stem}-`) && file.endsWith('.csv')) sheets[file.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(outDir, file), 'utf8'));
  }
  return sheets;
}

/** Enough of RFC 4180 for the files these tests read: quoted fields with commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The text poppler's pdftotext extracts, layout kept. */
export function pdfText(pdfFile: string): string {
  return execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
}

/** The first page as a PNG at 110 dpi, by poppler's pdftoppm; returns the PNG's path. */
export function firstPageAsPng(pdfFile: string, outPrefix: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdfFile, outPrefix]);
  return `${outPrefix}.png`;
}
