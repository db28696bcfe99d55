import { xmlText, type SharedStrings, type SheetXml } from './sheetXml';
import { zipOf } from './zipArchive';

/**
 * Rupees with Indian grouping (₹1,23,45,678.00). Excel's number formats know only groups of
 * three, so the lakh and crore commas come from conditional sections, as Indian accountants do it.
 */
export const RUPEES_FORMAT = '[>=10000000]"₹"##\\,##\\,##\\,##0.00;[>=100000]"₹"##\\,##\\,##0.00;"₹"#,##0.00';
export const DATE_TIME_FORMAT = 'dd-mm-yyyy hh:mm:ss';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// cellXfs in CellStyle's order: plain, bold, rupees, date-time, whole number (built-in 1), text (built-in 49).
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="${xmlText(RUPEES_FORMAT)}"/><numFmt numFmtId="165" formatCode="${DATE_TIME_FORMAT}"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

export interface NamedSheet {
  name: string;
  sheet: SheetXml;
  /** A sheet with a header row gets its filter as Excel records it, a hidden name over the filtered block. */
  filtered?: boolean;
}

function workbookXml(sheets: readonly NamedSheet[]): string {
  const entries = sheets.map(({ name }, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const filters = sheets
    .map(({ name, sheet, filtered }, i) =>
      filtered ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText(name)}'!${sheet.filterRange(true)}</definedName>` : '',
    )
    .join('');
  return `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${entries}</sheets>${
    filters ? `<definedNames>${filters}</definedNames>` : ''
  }<calcPr calcId="0"/></workbook>`;
}

function workbookRels(sheets: readonly NamedSheet[]): string {
  const sheetRels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const n = sheets.length;
  return `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetRels}<Relationship Id="rId${n + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

function contentTypes(sheets: readonly NamedSheet[]): string {
  const ml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const sheetTypes = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ml}.worksheet+xml"/>`).join('');
  return `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ml}.sheet.main+xml"/>${sheetTypes}<Override PartName="/xl/styles.xml" ContentType="${ml}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${ml}.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
}

const ROOT_RELS = `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PACKAGE_RELATIONSHIPS}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${RELATIONSHIPS}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const APP = `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Rokad</Application></Properties>`;

function coreProperties(created: Date): string {
  const at = `${created.toISOString().slice(0, 19)}Z`;
  return `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Rokad</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`;
}

/** The .xlsx file: the sheets in tab order, the text they share, one set of formats, made by Rokad at `created`. */
export function xlsxPackageOf(sheets: readonly NamedSheet[], strings: SharedStrings, created: Date): Buffer {
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  return zipOf(
    [
      { name: '[Content_Types].xml', data: utf8(contentTypes(sheets)) },
      { name: '_rels/.rels', data: utf8(ROOT_RELS) },
      { name: 'docProps/core.xml', data: utf8(coreProperties(created)) },
      { name: 'docProps/app.xml', data: utf8(APP) },
      { name: 'xl/workbook.xml', data: utf8(workbookXml(sheets)) },
      { name: 'xl/_rels/workbook.xml.rels', data: utf8(workbookRels(sheets)) },
      { name: 'xl/styles.xml', data: utf8(STYLES) },
      ...sheets.map(({ sheet }, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.concat(sheet.toXml()) })),
      { name: 'xl/sharedStrings.xml', data: utf8(strings.toXml()) },
    ],
    new Date(created.getTime() + 330 * 60_000),
  );
}
