// How far each value can be trusted, from how it was found (as Docling grades its pages): a value read from its
// own labelled cell of the report's form is `high`; one read from the account, or worked out from stated values,
// is `medium`; one inferred (the breach type from the practice cited, the schedule from the Code's standard time)
// or read where the report contradicts itself is `low`. Extractors and refiners may say how they found a value
// (a hint); a warning about the value lowers its grade by one step, and so does reading it from an OCR page. `npm run eval` prints the accuracy of each
// grade, so the grades stay calibrated against the gold corpus.
import type { ExtractContext } from '../extract/context.js';
import type { RefinerState } from '../extract/types.js';
import type { Span } from '../document.js';
import { narrativeLabels } from '../lexicon/labels.js';
import { confidenceGrades, type BreachRecord, type ConfidenceGrade } from './schema.js';

const lower: Record<ConfidenceGrade, ConfidenceGrade> = { high: 'medium', medium: 'low', low: 'low' };

/** The lower of two grades. */
export function weaker(a: ConfidenceGrade, b: ConfidenceGrade): ConfidenceGrade {
  return confidenceGrades.indexOf(a) > confidenceGrades.indexOf(b) ? a : b;
}

// A cell of the form's short fields (producer, dates, practices, contacts); the account's own cells
// (circumstances, impact) hold narrative, read with cues like any other.
function insideLabelledCell(context: ExtractContext, span: Span): boolean {
  return context.doc.fields.some(
    (field) => !narrativeLabels.has(field.key) && field.value.start <= span.start && span.end <= field.value.end && field.value.end > field.value.start,
  );
}

function readByOcr(context: ExtractContext, span: Span): boolean {
  return context.doc.pages.some((page) => page.ocr === true && page.start < span.end && span.start < page.end);
}

// The field a list item's path belongs to: practices[2] -> practices.
const fieldOf = (path: string) => path.replace(/\[\d+\]$/, '');

/** A grade for every path that has evidence or was derived. */
export function gradeConfidence(context: ExtractContext, state: RefinerState): Record<string, ConfidenceGrade> {
  const grades: Record<string, ConfidenceGrade> = {};
  const paths = new Set([...Object.keys(state.evidence), ...state.derived]);
  for (const path of [...paths].sort()) {
    const evidence = state.evidence[path];
    let grade: ConfidenceGrade = state.confidence[path] ?? (evidence && insideLabelledCell(context, evidence) ? 'high' : 'medium');
    if (state.derived.has(path)) grade = weaker(grade, 'medium');
    const doubted = state.messages.some((message) => message.severity !== 'info' && (message.field === path || message.field === fieldOf(path)));
    if (doubted) grade = lower[grade];
    // OCR misreads letters and digits that still look right to the extractor, so its values are trusted less.
    if (evidence && readByOcr(context, evidence)) grade = lower[grade];
    grades[path] = grade;
  }
  return grades;
}

/**
 * The grade of a record's value at `path`: a list takes the weakest of its items' grades; an empty value has
 * none (null), and a value none of whose parts has a grade counts as low.
 */
export function gradeOfValue(record: BreachRecord, path: string): ConfidenceGrade | null {
  let value: unknown = record;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  const grades = Array.isArray(value) ? value.map((_item, index) => record.confidence[`${path}[${index}]`]) : [record.confidence[path]];
  return grades.reduce<ConfidenceGrade>((weakest, grade) => weaker(weakest, grade ?? 'low'), 'high');
}
