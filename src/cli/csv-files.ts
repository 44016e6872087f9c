// Writes records.csv and its long-format companions (outputs.csv, practices.csv, corrective_actions.csv, timeline.csv) into the
// output folder, each atomically.
import { join } from 'node:path';
import type { BreachRecord } from '../record/schema.js';
import { recordsToCompanionCsvs } from '../write/companions.js';
import { recordsToCsv, type CsvTextOptions } from '../write/csv.js';
import { writeFileAtomic } from '../write/atomic.js';

/** Writes the CSV files and returns their paths, records.csv first. */
export async function writeCsvFiles(outDir: string, records: readonly BreachRecord[], options: CsvTextOptions): Promise<string[]> {
  const files: [string, string][] = [['records.csv', recordsToCsv(records, options)], ...Object.entries(recordsToCompanionCsvs(records, options))];
  for (const [name, text] of files) await writeFileAtomic(join(outDir, name), text);
  return files.map(([name]) => join(outDir, name));
}
