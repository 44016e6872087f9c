// The record contract of spec/record.md as one zod schema: the TypeScript types are inferred from it,
// schemas/record.schema.json is generated from it, and the CSV columns come from its paths.
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

export const sourceFormats = ['pdf', 'docx', 'txt', 'md', 'html'] as const;
export const codeEditions = ['2009', '2018'] as const;
export const breachTypes = [
  'late_release',
  'early_release',
  'pre_release_access',
  'unauthorised_access',
  'premature_comment',
  'release_arrangements',
  'other',
] as const;
export const actionTerms = ['short', 'long'] as const;
export const recordStatuses = ['ok', 'partial', 'failed', 'skipped'] as const;
export const sectionNames = ['core', 'circumstances', 'impact', 'correctiveActions', 'links', 'other'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('ISO 8601 calendar date, YYYY-MM-DD');
const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  .describe('ISO 8601 local date and time, YYYY-MM-DDTHH:MM (UK local time as written)');
const text = (meaning: string) => z.string().nullable().describe(meaning);
const minutes = (meaning: string) => z.number().int().nonnegative().nullable().describe(meaning);

export const evidenceSchema = z
  .object({
    start: z.number().int().nonnegative().describe('offset of the first character in the normalised text'),
    end: z.number().int().nonnegative().describe('offset just past the last character (half-open)'),
    page: z.number().int().positive().nullable().describe('page number (1-based) for paged formats, else null'),
    quote: z.string().describe('exactly the normalised text between start and end'),
  })
  .describe('where a value came from');

export const diagnosticSchema = z
  .object({
    code: z.string().describe('stable machine-readable code, e.g. field-not-found'),
    severity: z.enum(['error', 'warning', 'info']).describe('how serious the message is'),
    field: z.string().nullable().describe('the record field the message is about, if any'),
    reason: z.string().describe('one sentence a researcher understands'),
    place: evidenceSchema.nullable().describe('where in the text the message applies, if anywhere'),
  })
  .describe('a message about the extraction, with its position');

export const recordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('version of the record contract'),
    status: z
      .enum(recordStatuses)
      .describe(
        'ok: extracted; partial: extracted but core fields are missing; failed: the file could not be read; skipped: not a breach report, or a file type that is not read',
      ),
    error: text('why the file failed or was skipped, when status is failed or skipped'),
    source: z
      .object({
        path: z.string().describe('path as given to the pipeline (relative to the input folder in a batch)'),
        sha256: z.string().describe('SHA-256 of the file bytes, hex'),
        format: z.enum(sourceFormats).nullable().describe('detected from the content, not only the extension'),
        pages: z.number().int().nonnegative().nullable().describe('number of pages for PDF, else null'),
      })
      .describe('the file the record came from'),
    codeEdition: z.enum(codeEditions).nullable().describe('the Code the report is written against: 2009 or 2018'),
    outputs: z
      .array(
        z.object({
          title: z.string().describe('the statistical output as named'),
          urls: z.array(z.string()).describe('links given for that output'),
        }),
      )
      .describe('each statistical output named as breached'),
    producer: z
      .object({
        name: text('producer organisation, without a trailing abbreviation in brackets'),
        abbreviation: text('abbreviation of the producer, when the report gives one (e.g. HSCIC)'),
      })
      .describe('the producer organisation'),
    reporter: z
      .object({
        name: text('person dealing with or submitting the report'),
        role: text('their role as written, e.g. Head of Profession (HoP) for Statistics'),
        email: text('their e-mail address'),
        phone: text('their telephone number as written'),
      })
      .describe('the person reporting the breach'),
    headOfProfession: z
      .object({
        name: text('Head of Profession / Lead Official / Senior Statistician, when named separately'),
      })
      .describe('the Head of Profession for Statistics or Lead Official'),
    reportDate: isoDate.nullable().describe('date of the breach report'),
    occurrence: z
      .object({
        start: isoDate.nullable().describe('first day of the breach'),
        end: isoDate.nullable().describe('last day of the breach (same as start for a one-day breach)'),
        text: text('the date of occurrence as written'),
      })
      .describe('when the breach happened'),
    practices: z
      .array(
        z.object({
          code: z
            .string()
            .describe('canonical code: T3.6 / T3 (2018), Pr2.4 / Pr2 / P8.3 (2009), PRA-ORDER (pre-release access order)'),
          text: z.string().describe('the wording as cited'),
        }),
      )
      .describe('each principle or practice cited as breached'),
    breachType: z.enum(breachTypes).nullable().describe('the primary kind of breach'),
    timing: z
      .object({
        scheduled: isoDateTime.nullable().describe('the pre-announced release time'),
        actual: isoDateTime
          .nullable()
          .describe('when the statistics became available to the public (late) or went public (early)'),
        delayMinutes: minutes('late releases: minutes from the scheduled time until public availability'),
        earlyMinutes: minutes('early releases: minutes ahead of the scheduled time (largest, for several outputs)'),
        exposureMinutes: minutes('how long the statistics were wrongly available'),
      })
      .describe('release timing'),
    previousBreaches: z.array(z.string()).describe('mentions of earlier similar breaches, as written'),
    impact: text("the impact section's text"),
    correctiveActions: z
      .array(
        z.object({
          text: z.string().describe('the action as written'),
          term: z.enum(actionTerms).nullable().describe("short or long term, from the report's own grouping"),
        }),
      )
      .describe('one entry per corrective action'),
    statementLinks: z.array(z.string()).describe('links to published statements about the breach'),
    sections: z
      .object(Object.fromEntries(sectionNames.map((name) => [name, text(`text of the ${name} section`)])) as {
        [K in (typeof sectionNames)[number]]: z.ZodNullable<z.ZodString>;
      })
      .describe('the text of each canonical section'),
    evidence: z
      .record(z.string(), evidenceSchema)
      .describe('for each extracted field path (e.g. producer.name, practices[0]), where its value came from'),
    derived: z
      .array(z.string())
      .describe('field paths whose values were computed (e.g. minutes between two stated times) rather than stated'),
    warnings: z.array(z.string()).describe('what could not be extracted or looked doubtful, in plain words'),
    diagnostics: z.array(diagnosticSchema).describe('the same messages with codes, fields and positions'),
  })
  .describe('one breach report, extracted');

export type BreachRecord = z.infer<typeof recordSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type SourceFormat = (typeof sourceFormats)[number];
export type CodeEdition = (typeof codeEditions)[number];
export type BreachType = (typeof breachTypes)[number];
export type ActionTerm = (typeof actionTerms)[number];
export type RecordStatus = (typeof recordStatuses)[number];
export type SectionName = (typeof sectionNames)[number];
export type Practice = BreachRecord['practices'][number];
export type Output = BreachRecord['outputs'][number];
export type CorrectiveAction = BreachRecord['correctiveActions'][number];

/** The JSON Schema of a record, generated from the zod schema (never edited by hand). */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    title: 'Breach record',
    ...z.toJSONSchema(recordSchema, { target: 'draft-2020-12' }),
  };
}
