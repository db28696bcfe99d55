/**
 * Excel and LibreOffice read a cell that begins with one of these as a formula (tab and carriage
 * return too, and the full-width forms some keyboards type), so a consumer's name or a void's
 * reason could run in the supervisor's spreadsheet.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A plain signed number (the CSV's rupees column, -140.52) is read as that number and nothing else. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * A CSV text field as a spreadsheet must read it: one that begins like a formula is quoted and
 * led by an apostrophe (OWASP's rule), which Excel and LibreOffice take as "text" and hide.
 */
export function csvText(text: string): string {
  return startsLikeFormula(text) ? `"'${text.replace(/"/g, '""')}"` : text;
}
