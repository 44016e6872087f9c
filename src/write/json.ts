// JSON and JSON Lines strings from records (no file I/O here).
import type { BreachRecord } from '../record/schema.js';

export function recordToJsonLine(record: BreachRecord): string {
  return `${JSON.stringify(record)}\n`;
}

export function recordsToJson(records: readonly BreachRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
