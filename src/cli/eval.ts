// `breach-extract eval <folder>`: runs the pipeline on every <id>.<ext> that has <id>.gold.json beside it and
// prints per-field accuracy with the scoring rules of spec/record.md.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractFile } from '../api.js';
import { CliError, describeErrno, exitCodes } from './exit-codes.js';
import { scoreRecord, summarise, type AccuracyTable, type FieldScore, type Gold } from '../evaluate/score.js';

const documentExtensions = ['txt', 'md', 'html', 'pdf', 'docx'] as const;

export interface EvalResult {
  table: AccuracyTable;
  misses: { id: string; field: string; score: number; expected: unknown; actual: unknown }[];
  /** Gold files with no report of the same id beside them (not scored). */
  unmatched: string[];
}

/** A gold file, read and checked: one that cannot be read is no input (66), one that is not an object bad data (65). */
async function readGold(path: string): Promise<Gold> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new CliError(`${path}: the gold file cannot be read (${describeErrno(error)})`, exitCodes.noInput);
  });
  let gold: unknown;
  try {
    gold = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path}: the gold file is not JSON (${error instanceof Error ? error.message : String(error)})`, exitCodes.dataError);
  }
  if (!gold || typeof gold !== 'object' || Array.isArray(gold)) throw new CliError(`${path}: the gold file is not a JSON object of fields`, exitCodes.dataError);
  return gold as Gold;
}

export async function evaluateFolder(folder: string): Promise<EvalResult> {
  const names = (await readdir(folder)).sort();
  const perDocument: FieldScore[][] = [];
  const misses: EvalResult['misses'] = [];
  const unmatched: string[] = [];
  for (const name of names) {
    const match = /^(.*)\.gold\.json$/.exec(name);
    if (!match?.[1]) continue;
    const id = match[1];
    const document = documentExtensions.map((extension) => `${id}.${extension}`).find((candidate) => names.includes(candidate));
    if (!document) {
      unmatched.push(join(folder, name));
      continue;
    }
    const gold = await readGold(join(folder, name));
    const record = await extractFile(join(folder, document), { sourcePath: document });
    const scores = scoreRecord(record, gold);
    perDocument.push(scores);
    for (const score of scores) if (score.score < 1) misses.push({ id, ...score });
  }
  return { table: summarise(perDocument), misses, unmatched };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatTable(result: EvalResult, verbose: boolean): string {
  const { table } = result;
  const width = Math.max(...table.fields.map((field) => field.field.length), 'field'.length);
  const lines = [`${'field'.padEnd(width)}  scored  accuracy`];
  for (const field of table.fields) lines.push(`${field.field.padEnd(width)}  ${String(field.scored).padStart(6)}  ${percent(field.accuracy).padStart(8)}`);
  lines.push(`${'overall'.padEnd(width)}  ${String(table.fields.reduce((sum, field) => sum + field.scored, 0)).padStart(6)}  ${percent(table.overall).padStart(8)}`);
  lines.push(`documents: ${table.documents}`);
  // Calibration: values graded high should be right at least 99% of the time.
  lines.push('', `${'confidence'.padEnd(width)}  scored  accuracy`);
  for (const grade of table.byGrade) lines.push(`${grade.grade.padEnd(width)}  ${String(grade.scored).padStart(6)}  ${percent(grade.accuracy).padStart(8)}`);
  if (verbose && result.misses.length > 0) {
    lines.push('', 'misses:');
    for (const miss of result.misses) lines.push(`  ${miss.id}  ${miss.field}  expected ${JSON.stringify(miss.expected)}  got ${JSON.stringify(miss.actual)}`);
  }
  return lines.join('\n');
}
