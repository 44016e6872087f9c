// The CSV dialect every CSV file shares: RFC 4180 quoting, CRLF row ends, line breaks inside quoted cells kept,
// list items one per line inside their cell, formula-like cells neutralised, and an optional UTF-8 byte-order mark.
import { stringify } from 'csv-stringify/sync';

/**
 * List items inside one CSV cell are separated by a line break (LF). A value's own "; " or "," can then never be
 * taken for a separator, splitting needs no escape rule (pandas `str.split("\n")`, R `strsplit(x, "\n")`), and a
 * spreadsheet shows one item a line. An item's own line breaks (rare: names, codes, links and one-sentence actions)
 * are folded to a space, so every line break in a list cell is a separator; the companion files and JSON keep
 * each item exact.
 */
export const listSeparator = '\n';
/** How the separator is named in the data dictionary and README. */
export const listSeparatorName = 'a line break, one item a line';

const lineBreak = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/g;

/** One list item as it stands in a list cell: its own line breaks folded to a space. */
export function listItemText(item: string): string {
  return item.replace(lineBreak, ' ');
}

/** Excel reads a CSV file as UTF-8 only when it starts with this mark; other tools skip it. */
export const byteOrderMark = '\uFEFF';

export interface CsvTextOptions {
  /** Start with a UTF-8 byte-order mark, so that a double-click in Excel reads accents and dashes right. */
  bom?: boolean;
}

// A formula's first character, after any white space (spaces, no-break and other Unicode spaces, which spreadsheets
// skip), in its ASCII or full-width form (＝ ＋ － ＠, which some spreadsheets fold to ASCII); or a tab or carriage
// return at the very start.
const formulaStart = /^(?:[\s\u200b]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/u;

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe: Excel, LibreOffice and Google Sheets then
 * show it as text, and the value stays readable. The first character alone is not enough: a file name or producer
 * name can start with a space, a no-break space or a full-width ＝.
 */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** The text of one cell: empty for null, list items one a line, formulas neutralised. */
export function cellText(value: unknown): string {
  const joined = (item: unknown): string => {
    if (item === null || item === undefined) return '';
    if (Array.isArray(item)) return item.map((entry) => listItemText(joined(entry))).join(listSeparator);
    if (typeof item === 'object') return JSON.stringify(item);
    return String(item);
  };
  return neutraliseFormula(joined(value));
}

/** CSV lines for `rows` (no header, no mark): quoting is per cell, so lines made apart join into one file. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  // Quoting cells that hold "," or ";" as well as those RFC 4180 requires keeps a cell visibly one cell in any dialect.
  return stringify(
    rows.map((row) => [...row]),
    { quoted_match: /[\n\r",;]/, record_delimiter: '\r\n' },
  );
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[], options: CsvTextOptions = {}): string {
  const body = csvLines([header, ...rows]);
  return options.bom ? `${byteOrderMark}${body}` : body;
}
