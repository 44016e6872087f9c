// Writes test/evaluate/baseline.json: per-field accuracy over the gold corpus (../shared/corpus by default, or
// the folder given), which test/evaluate/corpus.test.ts then holds as a floor. Run after an improvement:
//   npx tsx scripts/update-baseline.ts [folder]
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFolder } from '../src/cli/eval.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const baselinePath = join(repoRoot, 'test', 'evaluate', 'baseline.json');
export const defaultCorpus = resolve(repoRoot, '..', 'shared', 'corpus');

/** field -> accuracy (0..1, four decimals), in the evaluation's field order. */
export async function currentAccuracy(folder: string): Promise<Record<string, number>> {
  const { table } = await evaluateFolder(folder);
  return Object.fromEntries(table.fields.map((field) => [field.field, Math.round(field.accuracy * 10_000) / 10_000]));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = resolve(process.argv[2] ?? defaultCorpus);
  if (!existsSync(folder)) {
    process.stderr.write(`update-baseline: ${folder}: no such folder\n`);
    process.exit(2);
  }
  const accuracy = await currentAccuracy(folder);
  writeFileSync(baselinePath, `${JSON.stringify(accuracy, null, 2)}\n`);
  process.stdout.write(`wrote ${baselinePath} (${Object.keys(accuracy).length} fields from ${folder})\n`);
}
