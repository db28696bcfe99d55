import { startsLikeFormula } from './formulaCells';

/**
 * The workbook's cell formats, by their index in styles.xml's cellXfs (xlsxPackage.ts lists them
 * in this order). TEXT is Excel's "@": what a formula-like string gets, so it stays text.
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

/** Every sheet's text, each distinct string once, as Excel writes them: a month repeats names and states thousands of times. */
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
      // Leading or trailing blanks (the tab of a hostile name among them) are kept only when said so.
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      this.xml.push(`<si><t${space}>${xmlText(text)}</t></si>`);
    }
    return at;
  }

  toXml(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.xml.length}">${this.xml.join('')}</sst>`;
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
 * One worksheet's XML, built row by row as plain strings: the exceljs object per cell cost most
 * of a month's export. Numbers are numbers (money in rupees under the rupee format, times as
 * serial days under the date format); text goes to the shared strings, and text that begins like
 * a formula is formatted as text.
 */
export class SheetXml {
  private readonly rows: string[] = [];
  private readonly letters: string[];
  private readonly styles: Array<CellStyle | undefined>;
  private widest = 0;

  constructor(
    private readonly strings: SharedStrings,
    private readonly options: SheetOptions,
  ) {
    this.letters = options.columns.map((_, i) => columnLetters(i));
    this.styles = options.columns.map((column) => column.style);
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** A row of cells from column A on; null leaves a cell empty, and `rowStyle` (bold) is for text cells that have no format of their own. */
  row(cells: readonly Cell[], rowStyle?: CellStyle): void {
    const r = this.rows.length + 1;
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
      } else {
        const style = startsLikeFormula(value) ? CellStyle.text : styled ? cell.style : (rowStyle ?? this.styles[i]);
        xml += `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${this.strings.indexOf(value)}</v></c>`;
      }
    }
    this.widest = Math.max(this.widest, cells.length);
    this.rows.push(`${xml}</row>`);
  }

  toXml(): string {
    const { columns, headerRow, selected } = this.options;
    const lastColumn = columnLetters(Math.max(1, columns.length, this.widest) - 1);
    const pane = headerRow ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' : '';
    const cols = columns.map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${column.style ? ` style="${column.style}"` : ''}/>`);
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
      `<dimension ref="A1:${lastColumn}${Math.max(1, this.rows.length)}"/>`,
      `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>`,
      '<sheetFormatPr defaultRowHeight="15"/>',
      cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '',
      `<sheetData>${this.rows.join('')}</sheetData>`,
      headerRow ? `<autoFilter ref="${this.filterRange()}"/>` : '',
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      '</worksheet>',
    ].join('');
  }

  /** The filtered block, A1 to the last column of the last row, for the sheet and the workbook's hidden name. */
  filterRange(absolute = false): string {
    const last = this.letters[this.options.columns.length - 1]!;
    const rows = Math.max(1, this.rows.length);
    return absolute ? `$A$1:$${last}$${rows}` : `A1:${last}${rows}`;
  }
}
