// Writes test/evaluate/baseline.json: per-field accuracy over the gold corpus (../shared/corpus) and its real
// PDF and DOCX renderings, which test/evaluate/corpus.test.ts then holds as floors. Run after an improvement:
//   npx tsx scripts/update-baseline.ts
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFolder } from '../src/cli/eval.js';
import type { AccuracyTable } from '../src/evaluate/score.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const baselinePath = join(repoRoot, 'test', 'evaluate', 'baseline.json');
export const defaultCorpus = resolve(repoRoot, '..', 'shared', 'corpus');
/** Folders scored, relative to the corpus: the texts, and the same reports as real PDF and DOCX files. */
export const corpusFolders = ['.', 'rendered/pdf', 'rendered/docx'] as const;

/** field -> accuracy (0..1, four decimals), in the evaluation's field order. */
export async function currentAccuracy(folder: string): Promise<Record<string, number>> {
  return accuracyOf((await evaluateFolder(folder)).table);
}

export function accuracyOf(table: AccuracyTable): Record<string, number> {
  return Object.fromEntries(table.fields.map((field) => [field.field, Math.round(field.accuracy * 10_000) / 10_000]));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(defaultCorpus)) {
    process.stderr.write(`update-baseline: ${defaultCorpus}: no such folder\n`);
    process.exit(2);
  }
  const baseline: Record<string, Record<string, number>> = {};
  for (const folder of corpusFolders) {
    const path = join(defaultCorpus, folder);
    if (existsSync(path)) baseline[folder] = await currentAccuracy(path);
  }
  writeFileSync(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
  process.stdout.write(`wrote ${baselinePath} (${Object.keys(baseline).join(', ')} under ${defaultCorpus})\n`);
}
