// The record contract of spec/record.md as one zod schema: the TypeScript types are inferred from it,
// schemas/record.schema.json is generated from it, and the CSV columns come from its paths.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { SCHEMA_VERSION } from './schema-version.js';

export { SCHEMA_VERSION };

export const sourceFormats = ['pdf', 'docx', 'doc', 'odt', 'txt', 'md', 'html'] as const;
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
export const confidenceGrades = ['high', 'medium', 'low'] as const;
export const eventKinds = ['scheduled', 'published', 'shared', 'commented', 'noticed', 'withdrawn', 'corrected'] as const;
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
const sectionExamples: Record<(typeof sectionNames)[number], string> = {
  core: 'Name of producer organisation: Office for National Statistics',
  circumstances: 'The release was scheduled for 9:30am but was published at 10:12am.',
  impact: 'Users had to wait 42 minutes for the figures.',
  correctiveActions: 'Release checklists now include a second check of the time.',
  links: 'https://www.ons.gov.uk/news/statementsandletters/latepublication',
  other: 'Timeline of the release attached.',
};

// Every field carries a meaning and an example: both go into the JSON Schema and into docs/fields.md.
const example = (value: unknown) => ({ examples: [value] });
const text = (meaning: string, sample: string) => z.string().nullable().describe(meaning).meta(example(sample));
const minutes = (meaning: string, sample: number) => z.number().int().nonnegative().nullable().describe(meaning).meta(example(sample));

export const evidenceSchema = z
  .object({
    start: z.number().int().nonnegative().describe('offset of the first character in the normalised text').meta(example(312)),
    end: z.number().int().nonnegative().describe('offset just past the last character (half-open)').meta(example(341)),
    page: z.number().int().positive().nullable().describe('page number (1-based) for paged formats, else null').meta(example(1)),
    quote: z.string().describe('exactly the normalised text between start and end').meta(example('Office for National Statistics')),
  })
  .describe('where a value came from');

export const diagnosticSchema = z
  .object({
    code: z.string().describe('stable machine-readable code, e.g. field-not-found').meta(example('field-not-found')),
    severity: z.enum(['error', 'warning', 'info']).describe('how serious the message is').meta(example('warning')),
    field: z.string().nullable().describe('the record field the message is about, if any').meta(example('reporter.name')),
    reason: z.string().describe('one sentence a researcher understands').meta(example('No person dealing with the report was found.')),
    place: evidenceSchema.nullable().describe('where in the text the message applies, if anywhere'),
    detail: z
      .string()
      .optional()
      .describe("what the reader library said, word for word, when the message comes from it (for debugging; not a sentence)")
      .meta(example('Invalid PDF structure.')),
  })
  .describe('a message about the extraction, with its position');

/**
 * The record id: the first 16 hex characters of the file's SHA-256, so the same bytes always get the same id.
 * A file that could not be read has no hash (sha256 is empty): its id is taken from the hash of its path instead,
 * so that it is still stable across runs and distinct from other unreadable files.
 */
export function recordIdFor(sha256: string, path: string): string {
  const source = sha256 !== '' ? sha256 : createHash('sha256').update(`unreadable:${path}`).digest('hex');
  return source.slice(0, 16);
}

export const recordSchema = z
  .object({
    recordId: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .describe(
        "stable id of the record: the first 16 hex characters of source.sha256, so the same file always gets the same id (two copies of one file share it); for a file that could not be read (empty sha256), taken from the hash of its path; it keys the companion CSV files",
      )
      .meta(example('3f2a9c41d07be815')),
    breachKey: text(
      'the breach this report is of, as "<producer>/<first output>/<date>": the canonical producer (else its name), the first output\'s title in lower case words joined by hyphens (at most 80 characters), and the day of occurrence (else of the report); copies of one report in other formats or re-issued share it; null when the producer, the output or both dates are missing',
      'ons/labour-market-overview-uk-june-2021/2021-06-15',
    ),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('version of the record contract').meta(example(SCHEMA_VERSION)),
    status: z
      .enum(recordStatuses)
      .describe(
        'ok: extracted; partial: extracted but core fields are missing; failed: the file could not be read; skipped: not a breach report, or a file type that is not read',
      )
      .meta(example('ok')),
    error: text('why the file failed or was skipped, when status is failed or skipped', 'encrypted PDF: a password is needed'),
    source: z
      .object({
        path: z
          .string()
          .describe('path as given to the pipeline (relative to the input folder in a batch)')
          .meta(example('2021/ons-late-release.pdf')),
        sha256: z
          .string()
          .describe('SHA-256 of the file bytes, hex')
          .meta(example('3f2a9c41d07be8150c6e0d9b2b8a4f7e51d3c0a9e8f7b6a5d4c3b2a190817263')),
        format: z.enum(sourceFormats).nullable().describe('detected from the content, not only the extension').meta(example('pdf')),
        pages: z.number().int().nonnegative().nullable().describe('number of pages for PDF, else null').meta(example(3)),
        url: z
          .string()
          .optional()
          .describe("a saved web page's own address (its canonical link or og:url), when the page names one")
          .meta(example('https://osr.statisticsauthority.gov.uk/breach-report/example')),
        title: z.string().optional().describe("a saved web page's title, when it has one").meta(example('Breach report: Fish Landings 2023')),
        published: z
          .string()
          .optional()
          .describe("the publication date a saved web page gives (article:published_time, Dublin Core, <time>), as written")
          .meta(example('2023-05-04T09:30:00Z')),
      })
      .describe('the file the record came from'),
    codeEdition: z
      .enum(codeEditions)
      .nullable()
      .describe('the Code the report is written against: 2009 or 2018')
      .meta(example('2018')),
    outputs: z
      .array(
        z
          .object({
            title: z.string().describe('the statistical output as named').meta(example('Labour market overview, UK: June 2021')),
            urls: z
              .array(z.string().describe('one link').meta(example('https://www.ons.gov.uk/releases/labourmarketjune2021')))
              .describe('links given for that output'),
          })
          .describe('one statistical output'),
      )
      .describe('each statistical output named as breached'),
    producer: z
      .object({
        name: text('producer organisation, without a trailing abbreviation in brackets', 'Office for National Statistics'),
        abbreviation: text('abbreviation of the producer, when the report gives one (e.g. HSCIC)', 'ONS'),
        canonical: text(
          'id of the producer in the table of UK statistics producers (src/lexicon/producers.ts), one for every spelling and abbreviation; null when the table does not know it',
          'ons',
        ),
      })
      .describe('the producer organisation'),
    reporter: z
      .object({
        name: text('person dealing with or submitting the report', 'Jane Doe'),
        role: text('their role as written, e.g. Head of Profession (HoP) for Statistics', 'Head of Profession for Statistics'),
        email: text('their e-mail address', 'jane.doe@example.gov.uk'),
        phone: text('their telephone number as written', '01632 960418'),
      })
      .describe('the person reporting the breach'),
    headOfProfession: z
      .object({
        name: text('Head of Profession / Lead Official / Senior Statistician, when named separately', 'John Smith'),
      })
      .describe('the Head of Profession for Statistics or Lead Official'),
    reportDate: isoDate.nullable().describe('date of the breach report').meta(example('2021-06-17')),
    occurrence: z
      .object({
        start: isoDate.nullable().describe('first day of the breach').meta(example('2021-06-15')),
        end: isoDate.nullable().describe('last day of the breach (same as start for a one-day breach)').meta(example('2021-06-15')),
        text: text('the date of occurrence as written', '15 June 2021'),
      })
      .describe('when the breach happened'),
    practices: z
      .array(
        z
          .object({
            code: z
              .string()
              .describe('canonical code: T3.6 / T3 (2018), Pr2.4 / Pr2 / P8.3 (2009), PRA-ORDER (pre-release access order)')
              .meta(example('T3.6')),
            text: z.string().describe('the wording as cited').meta(example('Practice T3.6')),
          })
          .describe('one principle or practice'),
      )
      .describe('each principle or practice cited as breached'),
    breachType: z.enum(breachTypes).nullable().describe('the primary kind of breach').meta(example('late_release')),
    timing: z
      .object({
        scheduled: isoDateTime.nullable().describe('the pre-announced release time').meta(example('2021-06-15T09:30')),
        actual: isoDateTime
          .nullable()
          .describe('when the statistics became available to the public (late) or went public (early)')
          .meta(example('2021-06-15T10:12')),
        delayMinutes: minutes('late releases: minutes from the scheduled time until public availability', 42),
        earlyMinutes: minutes('early releases: minutes ahead of the scheduled time (largest, for several outputs)', 1080),
        exposureMinutes: minutes('how long the statistics were wrongly available', 15),
      })
      .describe('release timing'),
    timeline: z
      .array(
        z
          .object({
            at: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/)
              .describe('when: YYYY-MM-DDTHH:MM, or YYYY-MM-DD for a statement dated without a time')
              .meta(example('2021-06-15T10:12')),
            kind: z
              .enum(eventKinds)
              .describe(
                'what happened then: scheduled (the pre-announced time), published (became public), shared (sent to particular people), commented, noticed, withdrawn, corrected',
              )
              .meta(example('published')),
            derived: z
              .boolean()
              .describe('placed by arithmetic ("10 minutes later", "24 hours before release") rather than written')
              .meta(example(false)),
            evidence: evidenceSchema,
          })
          .describe('one dated or timed statement'),
      )
      .describe('every dated or timed statement of the account, in time order; timing and breach type are read from it'),
    previousBreaches: z
      .array(z.string().describe('one mention, as written').meta(example('A similar breach occurred in March 2019.')))
      .describe('mentions of earlier similar breaches, as written'),
    impact: text("the impact section's text", 'Users had to wait 42 minutes for the figures.'),
    correctiveActions: z
      .array(
        z
          .object({
            text: z.string().describe('the action as written').meta(example('Release checklists now include a second check of the time.')),
            term: z
              .enum(actionTerms)
              .nullable()
              .describe("short or long term, from the report's own grouping")
              .meta(example('short')),
          })
          .describe('one corrective action'),
      )
      .describe('one entry per corrective action'),
    statementLinks: z
      .array(z.string().describe('one link').meta(example('https://www.ons.gov.uk/news/statementsandletters/latepublication')))
      .describe('links to published statements about the breach'),
    sections: z
      .object(
        Object.fromEntries(sectionNames.map((name) => [name, text(`text of the ${name} section`, sectionExamples[name])])) as {
          [K in (typeof sectionNames)[number]]: z.ZodNullable<z.ZodString>;
        },
      )
      .describe('the text of each canonical section'),
    evidence: z
      .record(z.string(), evidenceSchema)
      .describe('for each extracted field path (e.g. producer.name, practices[0]), where its value came from'),
    confidence: z
      .record(z.string(), z.enum(confidenceGrades).describe('the grade of the value at that path').meta(example('high')))
      .describe(
        'for each path in evidence (and each derived path), how far the value can be trusted: high (read from its own labelled cell), medium (read from the account, or worked out from stated values), low (inferred, e.g. from the practice cited, or read where the report contradicts itself); a warning about a value lowers its grade',
      )
      .meta(example({ 'producer.name': 'high', 'timing.actual': 'medium', 'practices[0]': 'high' })),
    derived: z
      .array(z.string().describe('one field path').meta(example('timing.delayMinutes')))
      .describe('field paths whose values were computed (e.g. minutes between two stated times) rather than stated'),
    corrections: z
      .array(
        z
          .object({
            field: z.string().describe('the field corrected, by path').meta(example('reportDate')),
            value: z
              .string()
              .describe('the value given, as written in corrections.csv (list items one a line; empty for "not stated")')
              .meta(example('2021-06-18')),
            previous: z.string().describe('the value extracted before, in the same form').meta(example('2021-06-17')),
            note: z.string().describe("the person's note: why, or where the value was read").meta(example('date on the cover letter')),
          })
          .describe('one correction'),
      )
      .describe(
        'corrections a person made on the review page, applied from corrections.csv (--corrections) over the extracted values: a corrected field has no evidence, its provenance is the correction and its note',
      ),
    checked: z.boolean().describe('a person marked the report checked on the review page (corrections.csv)').meta(example(false)),
    warnings: z
      .array(z.string().describe('one warning').meta(example('No report date was found.')))
      .describe('what could not be extracted or looked doubtful, in plain words'),
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
export type EventKind = (typeof eventKinds)[number];
export type ConfidenceGrade = (typeof confidenceGrades)[number];
export type TimelineEvent = BreachRecord['timeline'][number];

/** The JSON Schema of a record, generated from the zod schema (never edited by hand). */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    title: 'Breach record',
    ...z.toJSONSchema(recordSchema, { target: 'draft-2020-12' }),
  };
}
