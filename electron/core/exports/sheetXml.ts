import { startsLikeFormula } from './formulaCells';

/**
 * The workbook's cell formats, by their index in styles.xml's cellXfs (xlsxPackage.ts lists them
 * in this order). `text` is Excel's "@": what a formula-like string gets, so it stays text.
 */
export const CellStyle = { plain: 0, bold: 1, rupees: 2, dateTime: 3, integer: 4, text: 5 } as const;
export type CellStyle = (typeof CellStyle)[keyof typeof CellStyle];

export type CellValue = string | number | null;
/** A value with its own format; a bare value takes its column's. */
export interface StyledCell {
  value: CellValue;
  style: CellStyle;
}
export type Cell = CellValue | StyledCell;

export interface Column {
  width: number;
  style?: CellStyle;
  /** The same few texts down the whole column: stored once in the shared strings. */
  repeats?: boolean;
}

const ENTITIES: Partial<Record<number, string>> = { 34: '&quot;', 38: '&amp;', 60: '&lt;', 62: '&gt;', 13: '&#13;' };

/**
 * Text for XML content or attributes. XML 1.0 has no place for C0 controls but tab and line
 * breaks (exceljs drops them too); a carriage return is written as a character reference, since a
 * parser turns a literal one into a line feed.
 */
export function xmlText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 62) continue;
    const escaped = ENTITIES[code] ?? (code < 32 && code !== 9 && code !== 10 ? '' : undefined);
    if (escaped === undefined) continue;
    out += text.slice(from, i) + escaped;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Excel's serial day number (days since 1899-12-30) of an instant, on India's wall clock. */
export function indiaSerial(iso: string): number {
  return (Date.parse(iso) + 330 * 60_000) / 86_400_000 + 25_569;
}

/** Money as an accountant sums it: rupees, a number under the rupee format. */
export const rupeesCell = (paise: number): StyledCell => ({ value: paise / 100, style: CellStyle.rupees });
export const indiaTimeCell = (iso: string): StyledCell => ({ value: indiaSerial(iso), style: CellStyle.dateTime });

// Leading or trailing blanks (the tab of a hostile name among them) are kept only when said so.
const textElement = (text: string) => (/^\s|\s$/.test(text) ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`);

/**
 * Text repeated down a column (kinds, agents, states), each distinct string once, as Excel writes
 * it. Text unique to its row (receipts, names) is written in its own cell instead: looking each
 * of a month's 120,000 up in a table cost more than it saved.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly xml: string[] = [];
  private uses = 0;

  indexOf(text: string): number {
    this.uses += 1;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.xml.length;
      this.index.set(text, at);
      this.xml.push(`<si>${textElement(text)}</si>`);
    }
    return at;
  }

  toXml(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.xml.length}">${this.xml.join('')}</sst>`;
  }
}

const CHUNK_BYTES = 1 << 20;

/** UTF-8 bytes appended in 1 MiB chunks: a month's sheet never exists as one long JavaScript string. */
class ByteSink {
  private readonly full: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  write(text: string): void {
    // Three bytes per UTF-16 unit is the most UTF-8 takes (a Devanagari letter is three).
    if (this.chunk.length - this.used < text.length * 3) {
      this.full.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, text.length * 3));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used);
  }

  chunks(): Buffer[] {
    return [...this.full, this.chunk.subarray(0, this.used)];
  }
}

function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface SheetOptions {
  columns: readonly Column[];
  /** The first row stays in view while scrolling and carries the filter buttons. */
  headerRow?: boolean;
  selected?: boolean;
}

/**
 * One worksheet's XML, written row by row as UTF-8: the exceljs object per cell cost most of a
 * month's export. Numbers are numbers (money in rupees under the rupee format, times as serial
 * days under the date format); text that begins like a formula is formatted as text.
 */
export class SheetXml {
  private readonly body = new ByteSink();
  private readonly letters: string[];
  private readonly styles: Array<CellStyle | undefined>;
  private readonly shared: boolean[];
  private rows = 0;
  private widest = 0;

  constructor(
    private readonly strings: SharedStrings,
    private readonly options: SheetOptions,
  ) {
    this.letters = options.columns.map((_, i) => columnLetters(i));
    this.styles = options.columns.map((column) => column.style);
    this.shared = options.columns.map((column) => column.repeats === true);
  }

  /** A row of cells from column A on; null leaves a cell empty, and `rowStyle` (bold) is for text cells that have no format of their own. */
  row(cells: readonly Cell[], rowStyle?: CellStyle): void {
    this.rows += 1;
    const r = this.rows;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i]!;
      const styled = cell !== null && typeof cell === 'object';
      const value = styled ? cell.value : cell;
      if (value === null || value === '') continue;
      const ref = `${this.letters[i] ?? columnLetters(i)}${r}`;
      if (typeof value === 'number') {
        const style = styled ? cell.style : this.styles[i];
        xml += `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
        continue;
      }
      const style = startsLikeFormula(value) ? CellStyle.text : styled ? cell.style : (rowStyle ?? this.styles[i]);
      const s = style ? ` s="${style}"` : '';
      xml += this.shared[i] ? `<c r="${ref}"${s} t="s"><v>${this.strings.indexOf(value)}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
    }
    this.widest = Math.max(this.widest, cells.length);
    this.body.write(`${xml}</row>`);
  }

  /** The worksheet part, its rows between the views and columns before and the filter after. */
  toXml(): Buffer[] {
    const { columns, headerRow, selected } = this.options;
    const lastColumn = columnLetters(Math.max(1, columns.length, this.widest) - 1);
    const pane = headerRow ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' : '';
    const cols = columns.map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${column.style ? ` style="${column.style}"` : ''}/>`);
    const head = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
      `<dimension ref="A1:${lastColumn}${Math.max(1, this.rows)}"/>`,
      `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>`,
      '<sheetFormatPr defaultRowHeight="15"/>',
      cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '',
      '<sheetData>',
    ];
    const tail = [
      '</sheetData>',
      headerRow ? `<autoFilter ref="${this.filterRange()}"/>` : '',
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      '</worksheet>',
    ];
    return [Buffer.from(head.join(''), 'utf8'), ...this.body.chunks(), Buffer.from(tail.join(''), 'utf8')];
  }

  /** The filtered block, A1 to the last column of the last row, for the sheet and the workbook's hidden name. */
  filterRange(absolute = false): string {
    const last = this.letters[this.options.columns.length - 1]!;
    const rows = Math.max(1, this.rows);
    return absolute ? `$A$1:$${last}$${rows}` : `A1:${last}${rows}`;
  }
}
