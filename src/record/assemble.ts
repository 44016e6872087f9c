// Runs the extractors and refiners over a sectioned document and assembles a validated record.
import { ExtractContext, type SectionedDocument } from '../extract/context.js';
import type { ExtractedValues, Extractor, Refiner, RefinerState } from '../extract/types.js';
import { recordIdFor, recordSchema, SCHEMA_VERSION, type BreachRecord, type Diagnostic, type SourceFormat } from './schema.js';

export interface SourceInfo {
  path: string;
  sha256: string;
  format: SourceFormat | null;
  pages: number | null;
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
  const state: RefinerState = { evidence: {}, derived: new Set(), messages: [] };
  for (const extractor of extractors) {
    const result = extractor.extract(context, values, state.evidence);
    (values as Record<string, unknown>)[extractor.field] = result.value;
    Object.assign(state.evidence, result.evidence);
    for (const path of result.derived ?? []) state.derived.add(path);
    state.messages.push(...result.messages);
  }
  const complete = values as ExtractedValues;
  for (const refiner of refiners) refiner.refine(complete, state, context);
  return { values: complete, state };
}

/** A warning as a researcher reads it in the CSV: the field it concerns, then the sentence. */
export function warningText(message: Diagnostic): string {
  return message.field ? `${message.field}: ${message.reason}` : message.reason;
}

export function assembleRecord(source: SourceInfo, values: ExtractedValues, state: RefinerState, loaderMessages: Diagnostic[]): BreachRecord {
  const messages = [...loaderMessages, ...state.messages];
  const missingCore = coreFields.filter((field) => field.missing(values));
  const record: BreachRecord = {
    recordId: recordIdFor(source.sha256),
    schemaVersion: SCHEMA_VERSION,
    status: missingCore.length > 0 ? 'partial' : 'ok',
    error: null,
    source,
    ...values,
    evidence: state.evidence,
    derived: [...state.derived].sort(),
    warnings: messages.filter((message) => message.severity !== 'info').map(warningText),
    diagnostics: messages,
  };
  return recordSchema.parse(record);
}

/** The record of a file that could not be read: every field empty, the reason in `error`. */
export function failedRecord(source: SourceInfo, reason: string): BreachRecord {
  return recordSchema.parse({
    recordId: recordIdFor(source.sha256),
    schemaVersion: SCHEMA_VERSION,
    status: 'failed',
    error: reason,
    source,
    codeEdition: null,
    outputs: [],
    producer: { name: null, abbreviation: null },
    reporter: { name: null, role: null, email: null, phone: null },
    headOfProfession: { name: null },
    reportDate: null,
    occurrence: { start: null, end: null, text: null },
    practices: [],
    breachType: null,
    timing: { scheduled: null, actual: null, delayMinutes: null, earlyMinutes: null, exposureMinutes: null },
    previousBreaches: [],
    impact: null,
    correctiveActions: [],
    statementLinks: [],
    sections: { core: null, circumstances: null, impact: null, correctiveActions: null, links: null, other: null },
    evidence: {},
    derived: [],
    warnings: [reason],
    diagnostics: [{ code: 'file-failed', severity: 'error', field: null, reason, place: null }],
  } satisfies BreachRecord);
}
