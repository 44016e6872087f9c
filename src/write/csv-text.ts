// The CSV dialect every CSV file shares: RFC 4180 quoting, CRLF row ends, line breaks inside quoted cells kept,
// lists joined with "; ", formula-like cells neutralised, and an optional UTF-8 byte-order mark.
import { stringify } from 'csv-stringify/sync';

export const listSeparator = '; ';

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

/** The text of one cell: empty for null, lists joined with "; ", formulas neutralised. */
export function cellText(value: unknown): string {
  const joined = (item: unknown): string => {
    if (item === null || item === undefined) return '';
    if (Array.isArray(item)) return item.map(joined).join(listSeparator);
    if (typeof item === 'object') return JSON.stringify(item);
    return String(item);
  };
  return neutraliseFormula(joined(value));
}

/** CSV lines for `rows` (no header, no mark): quoting is per cell, so lines made apart join into one file. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  // Quoting cells that hold the separator as well as those RFC 4180 requires keeps "; "-joined lists visibly one cell.
  return stringify(
    rows.map((row) => [...row]),
    { quoted_match: /[\n\r",;]/, record_delimiter: '\r\n' },
  );
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[], options: CsvTextOptions = {}): string {
  const body = csvLines([header, ...rows]);
  return options.bom ? `${byteOrderMark}${body}` : body;
}
