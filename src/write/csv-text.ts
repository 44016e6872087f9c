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

/**
 * Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe: Excel, LibreOffice and Google Sheets then show it as text, and the value stays readable.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
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
