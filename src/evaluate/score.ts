// Scores a record against a gold annotation with the rules at the end of spec/record.md: names compare
// case-insensitively with white space folded and "&"/"and" alike; dates and codes exactly; minutes within 1;
// practices and statement links as sets; outputs and corrective actions item by item, a gold item being
// found when an extracted item starts with the same words.
import { gradeOfValue } from '../record/confidence.js';
import { confidenceGrades, type BreachRecord, type ConfidenceGrade } from '../record/schema.js';

export type Gold = Record<string, unknown>;

export interface FieldScore {
  field: string;
  /** 0..1 (lists score the share of items matched). */
  score: number;
  expected: unknown;
  actual: unknown;
  /** The record's confidence in the value (the weakest of a list's items); 'none' when nothing was extracted. */
  grade: ConfidenceGrade | 'none';
}

type Kind = 'name' | 'exact' | 'minutes' | 'set' | 'url-set' | 'items';

// Every scored path and how it compares; paths absent from a gold file are not scored.
export const scoredFields: readonly { path: string; kind: Kind }[] = [
  { path: 'codeEdition', kind: 'exact' },
  { path: 'outputs', kind: 'items' },
  { path: 'producer.name', kind: 'name' },
  { path: 'producer.abbreviation', kind: 'name' },
  { path: 'reporter.name', kind: 'name' },
  { path: 'reporter.role', kind: 'name' },
  { path: 'reporter.email', kind: 'name' },
  { path: 'reporter.phone', kind: 'name' },
  { path: 'headOfProfession.name', kind: 'name' },
  { path: 'reportDate', kind: 'exact' },
  { path: 'occurrence.start', kind: 'exact' },
  { path: 'occurrence.end', kind: 'exact' },
  { path: 'practices', kind: 'set' },
  { path: 'breachType', kind: 'exact' },
  { path: 'timing.scheduled', kind: 'exact' },
  { path: 'timing.actual', kind: 'exact' },
  { path: 'timing.delayMinutes', kind: 'minutes' },
  { path: 'timing.earlyMinutes', kind: 'minutes' },
  { path: 'timing.exposureMinutes', kind: 'minutes' },
  { path: 'previousBreaches', kind: 'items' },
  { path: 'correctiveActions', kind: 'items' },
  { path: 'statementLinks', kind: 'url-set' },
];

function lookup(object: unknown, path: string): { found: boolean; value: unknown } {
  let current: unknown = object;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !(key in current)) return { found: false, value: undefined };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

export function foldName(value: string): string {
  return value
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

// Which key of a record's list item the gold strings stand for.
const itemKeys: Record<string, string> = { outputs: 'title', practices: 'code', correctiveActions: 'text' };

/** A record's list items as plain strings (output titles, action texts, practice codes). */
function itemStrings(path: string, value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) => {
    if (item && typeof item === 'object') return String((item as Record<string, unknown>)[itemKeys[path] ?? ''] ?? '');
    return String(item);
  });
}

function startsWithSameWords(extracted: string, gold: string): boolean {
  const a = foldName(extracted);
  const b = foldName(gold);
  return a.startsWith(b) || (a.length > 0 && b.startsWith(a) && a.split(' ').length >= Math.min(6, b.split(' ').length));
}

function compare(kind: Kind, path: string, expected: unknown, actual: unknown): number {
  switch (kind) {
    case 'exact':
      return expected === actual ? 1 : 0;
    case 'name':
      if (expected === null || actual === null || actual === undefined) return expected === (actual ?? null) ? 1 : 0;
      return foldName(String(expected)) === foldName(String(actual)) ? 1 : 0;
    case 'minutes':
      if (expected === null || actual === null || actual === undefined) return expected === (actual ?? null) ? 1 : 0;
      return Math.abs(Number(expected) - Number(actual)) <= 1 ? 1 : 0;
    case 'set': {
      const a = new Set(itemStrings(path, actual));
      const b = new Set(itemStrings(path, expected));
      return a.size === b.size && [...b].every((item) => a.has(item)) ? 1 : 0;
    }
    case 'url-set': {
      const trim = (url: string) => url.replace(/\/+$/, '');
      const a = new Set(itemStrings(path, actual).map(trim));
      const b = new Set(itemStrings(path, expected).map(trim));
      return a.size === b.size && [...b].every((item) => a.has(item)) ? 1 : 0;
    }
    case 'items': {
      const gold = itemStrings(path, expected);
      const got = itemStrings(path, actual);
      if (gold.length === 0 && got.length === 0) return 1;
      const used = new Set<number>();
      let matched = 0;
      for (const item of gold) {
        const index = got.findIndex((candidate, at) => !used.has(at) && startsWithSameWords(candidate, item));
        if (index !== -1) {
          used.add(index);
          matched += 1;
        }
      }
      return matched / Math.max(gold.length, got.length);
    }
  }
}

export function scoreRecord(record: BreachRecord, gold: Gold): FieldScore[] {
  const scores: FieldScore[] = [];
  for (const { path, kind } of scoredFields) {
    const expected = lookup(gold, path);
    if (!expected.found) continue;
    const actual = lookup(record, path).value;
    const grade = gradeOfValue(record, path) ?? 'none';
    scores.push({ field: path, score: compare(kind, path, expected.value, actual), expected: expected.value, actual, grade });
  }
  return scores;
}

export interface AccuracyTable {
  documents: number;
  fields: { field: string; scored: number; accuracy: number }[];
  overall: number;
  /** Accuracy of the values of each confidence grade ('none': fields left empty), so the grades can be checked. */
  byGrade: { grade: ConfidenceGrade | 'none'; scored: number; accuracy: number }[];
}

export function summarise(perDocument: FieldScore[][]): AccuracyTable {
  const byField = new Map<string, number[]>();
  for (const scores of perDocument) for (const score of scores) byField.set(score.field, [...(byField.get(score.field) ?? []), score.score]);
  const fields = scoredFields
    .filter(({ path }) => byField.has(path))
    .map(({ path }) => {
      const values = byField.get(path) ?? [];
      return { field: path, scored: values.length, accuracy: values.reduce((a, b) => a + b, 0) / values.length };
    });
  const all = perDocument.flat().map((score) => score.score);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const byGrade = [...confidenceGrades, 'none' as const]
    .map((grade) => ({ grade, values: perDocument.flat().filter((score) => score.grade === grade).map((score) => score.score) }))
    .filter((entry) => entry.values.length > 0)
    .map(({ grade, values }) => ({ grade, scored: values.length, accuracy: mean(values) }));
  return { documents: perDocument.length, fields, overall: mean(all), byGrade };
}
