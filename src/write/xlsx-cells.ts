// How a value becomes a typed spreadsheet cell: ISO dates and date-times become real dates, whole numbers numbers,
// true/false booleans, lists one item a line, and everything else text. Text is written as a string cell, which a
// spreadsheet never runs as a formula, so unlike the CSV files no apostrophe is put in front of "=..." here.
import { listItemText, listSeparator } from './csv-text.js';
import type { DictionaryColumn } from './data-dictionary.js';

export type CellKind = 'text' | 'list' | 'date' | 'integer' | 'boolean';
export type SheetCell = string | number | boolean | Date | null;

/** Excel's limit on the characters of one cell; a longer section text is cut, with a note saying where it all is. */
export const maxCellCharacters = 32_767;
const cutNote = ' … [cut here: the whole text is in records.jsonl]';

/** The kind of cell a column holds, from the type the data dictionary gives it. */
export function cellKindOf(column: Pick<DictionaryColumn, 'type'>): CellKind {
  const type = column.type;
  if (type.startsWith('date')) return 'date';
  if (type.startsWith('whole number')) return 'integer';
  if (type === 'boolean') return 'boolean';
  if (type.startsWith('list of')) return 'list';
  return 'text';
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * A date as the spreadsheet stores it. Times are UK local time as the report wrote them; the cell shows exactly
 * those figures, so the date is made in UTC (the spreadsheet's serial has no zone).
 */
export function isoToDate(value: string): Date | null {
  const match = isoDate.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0));
  // "2021-02-30" would roll over into March: such a value stays text.
  return date.getUTCDate() === day ? date : null;
}

export function hasTime(value: string): boolean {
  return value.includes('T');
}

// Characters XML 1.0 cannot hold (exceljs drops the C0 controls itself; not lone surrogates or U+FFFE/U+FFFF).
const notInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text a cell can hold: characters XML refuses are dropped and a text past Excel's limit is cut. */
export function cellString(text: string): string {
  const clean = text.replace(notInXml, '');
  if (clean.length <= maxCellCharacters) return clean;
  let cut = maxCellCharacters - cutNote.length;
  // Never between the two halves of a surrogate pair.
  if (/[\ud800-\udbff]/.test(clean.charAt(cut - 1))) cut -= 1;
  return `${clean.slice(0, cut)}${cutNote}`;
}

function plainText(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => listItemText(plainText(item))).join(listSeparator);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The cell for `value` in a column of `kind`; a value that does not fit its kind is kept as text. */
export function typedCell(value: unknown, kind: CellKind): SheetCell {
  if (value === null || value === undefined) return null;
  if (kind === 'date' && typeof value === 'string') return isoToDate(value) ?? cellString(value);
  if (kind === 'integer' && typeof value === 'number' && Number.isInteger(value)) return value;
  if (kind === 'boolean' && typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value;
  // An empty text is an empty cell, as in the CSV files (a list of outputs with no links gives one).
  const text = cellString(plainText(value));
  return text === '' ? null : text;
}

/** The number format a date cell is shown with: with the time when the value had one. */
export function dateFormatOf(value: unknown): string | null {
  if (typeof value !== 'string' || isoToDate(value) === null) return null;
  return hasTime(value) ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd';
}
