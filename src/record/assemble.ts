// Runs the extractors and refiners over a sectioned document and assembles a validated record.
import { ExtractContext, type SectionedDocument } from '../extract/context.js';
import type { ExtractedValues, Extractor, Refiner, RefinerState } from '../extract/types.js';
import { gradeConfidence } from './confidence.js';
import { recordIdFor, recordSchema, SCHEMA_VERSION, type BreachRecord, type Diagnostic, type SourceFormat } from './schema.js';
import { breachKeyOf } from './breach-key.js';

export interface SourceInfo {
  path: string;
  sha256: string;
  format: SourceFormat | null;
  pages: number | null;
  url?: string;
  title?: string;
  published?: string;
}

// Without these a record cannot be used to study breaches; a record missing any is 'partial'.
const coreFields: readonly { path: string; missing: (values: ExtractedValues) => boolean }[] = [
  { path: 'producer.name', missing: (values) => values.producer.name === null },
  { path: 'outputs', missing: (values) => values.outputs.length === 0 },
  { path: 'occurrence.start', missing: (values) => values.occurrence.start === null },
];

export function runExtractors(doc: SectionedDocument, extractors: readonly Extractor[], refiners: readonly Refiner[]) {
  const context = new ExtractContext(doc);
  const values: Partial<ExtractedValues> = {};
  const state: RefinerState = { evidence: {}, derived: new Set(), confidence: {}, messages: [] };
  for (const extractor of extractors) {
    const result = extractor.extract(context, values, state.evidence);
    (values as Record<string, unknown>)[extractor.field] = result.value;
    Object.assign(state.evidence, result.evidence);
    for (const path of result.derived ?? []) state.derived.add(path);
    Object.assign(state.confidence, result.confidence);
    state.messages.push(...result.messages);
  }
  const complete = values as ExtractedValues;
  for (const refiner of refiners) refiner.refine(complete, state, context);
  state.confidence = gradeConfidence(context, state);
  return { values: complete, state };
}

/** A warning as a researcher reads it in the CSV: the field it concerns, then the sentence. */
export function warningText(message: Diagnostic): string {
  return message.field ? `${message.field}: ${message.reason}` : message.reason;
}

// A document with none of the things every breach report states (a template, a canonical section, a producer,
// an output, a date of occurrence, a cited practice, a kind of breach) is some other document: it is skipped,
// not counted as a partial report.
const notAReportReason = 'not a breach report: no Code template, report section, producer, statistics, breach date, practice or kind of breach found';

function looksLikeReport(values: ExtractedValues): boolean {
  return (
    values.codeEdition !== null ||
    Object.values(values.sections).some((section) => section !== null) ||
    coreFields.some((field) => !field.missing(values)) ||
    values.practices.length > 0 ||
    values.breachType !== null
  );
}

export function assembleRecord(source: SourceInfo, values: ExtractedValues, state: RefinerState, loaderMessages: Diagnostic[]): BreachRecord {
  const isReport = looksLikeReport(values);
  const messages: Diagnostic[] = [
    ...(isReport ? [] : [{ code: 'not-a-report', severity: 'warning', field: null, reason: notAReportReason, place: null } satisfies Diagnostic]),
    ...loaderMessages,
    ...state.messages,
  ];
  const missingCore = coreFields.filter((field) => field.missing(values));
  const record: BreachRecord = {
    recordId: recordIdFor(source.sha256, source.path),
    breachKey: isReport ? breachKeyOf(values) : null,
    schemaVersion: SCHEMA_VERSION,
    status: !isReport ? 'skipped' : missingCore.length > 0 ? 'partial' : 'ok',
    error: isReport ? null : notAReportReason,
    source,
    ...values,
    evidence: state.evidence,
    confidence: state.confidence,
    derived: [...state.derived].sort(),
    corrections: [],
    checked: false,
    warnings: messages.filter((message) => message.severity !== 'info').map(warningText),
    diagnostics: messages,
  };
  return recordSchema.parse(record);
}

/**
 * The record of a file that could not be read (failed) or is of a type that is not read (skipped): every field
 * empty, the reason in `error`.
 */
/** A record for a file that gave none: `reason` is a sentence a person acts on, `detail` what the reader said. */
export function failedRecord(source: SourceInfo, reason: string, status: 'failed' | 'skipped' = 'failed', detail: string | null = null): BreachRecord {
  return recordSchema.parse({
    recordId: recordIdFor(source.sha256, source.path),
    breachKey: null,
    schemaVersion: SCHEMA_VERSION,
    status,
    error: reason,
    source,
    codeEdition: null,
    outputs: [],
    producer: { name: null, abbreviation: null, canonical: null },
    reporter: { name: null, role: null, email: null, phone: null },
    headOfProfession: { name: null },
    reportDate: null,
    occurrence: { start: null, end: null, text: null },
    practices: [],
    breachType: null,
    timing: { scheduled: null, actual: null, delayMinutes: null, earlyMinutes: null, exposureMinutes: null },
    timeline: [],
    previousBreaches: [],
    impact: null,
    correctiveActions: [],
    statementLinks: [],
    sections: { core: null, circumstances: null, impact: null, correctiveActions: null, links: null, other: null },
    evidence: {},
    confidence: {},
    derived: [],
    corrections: [],
    checked: false,
    warnings: [reason],
    diagnostics: [
      {
        code: status === 'failed' ? 'file-failed' : 'file-skipped',
        severity: status === 'failed' ? 'error' : 'warning',
        field: null,
        reason,
        place: null,
        ...(detail === null ? {} : { detail }),
      },
    ],
  } satisfies BreachRecord);
}
