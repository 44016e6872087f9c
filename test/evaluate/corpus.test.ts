// Accuracy over the gold corpus (../shared/corpus, beside the repository): no field may fall below its committed
// baseline in test/evaluate/baseline.json (tolerance 0.001). After an improvement, raise the baseline with
// `npx tsx scripts/update-baseline.ts`. Values graded high must be right at least 99% of the time. Skipped, with
// the reason printed, where the corpus is not present.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { accuracyOf, baselinePath, corpusFolders, defaultCorpus } from '../../scripts/update-baseline.js';
import { evaluateFolder } from '../../src/cli/eval.js';

const tolerance = 0.001;
const baselines = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, Record<string, number>>;
const corpusPresent = existsSync(defaultCorpus);

describe('accuracy over the gold corpus', () => {
  if (!corpusPresent) {
    console.log(`corpus accuracy test skipped: ${defaultCorpus} does not exist (the gold corpus lives beside the repository)`);
    it.skip('no field falls below its baseline accuracy (corpus not present)', () => {});
    return;
  }

  it.each(corpusFolders.filter((folder) => existsSync(join(defaultCorpus, folder))))('no field falls below its baseline accuracy in %s', async (folder) => {
    const baseline = baselines[folder] ?? {};
    expect(Object.keys(baseline).length, `a baseline for ${folder}`).toBeGreaterThan(0);
    const { table } = await evaluateFolder(join(defaultCorpus, folder));
    const current = accuracyOf(table);
    // Calibration: a value graded high is right at least 99% of the time.
    const high = table.byGrade.find((grade) => grade.grade === 'high');
    expect(high?.accuracy ?? 1, `accuracy of values graded high in ${folder}`).toBeGreaterThanOrEqual(0.99);
    const dropped = Object.entries(baseline)
      .filter(([field, floor]) => (current[field] ?? 0) < floor - tolerance)
      .map(([field, floor]) => `${field}: ${current[field] ?? 'not scored'} < baseline ${floor}`);
    expect(dropped, 'fields below baseline').toEqual([]);
    const improved = Object.entries(current).filter(([field, value]) => value > (baseline[field] ?? 0) + tolerance);
    if (improved.length > 0) {
      console.log(`${folder}: above baseline (raise it with npx tsx scripts/update-baseline.ts): ${improved.map(([field, value]) => `${field} ${baseline[field] ?? 'new'} -> ${value}`).join(', ')}`);
    }
  });
});
