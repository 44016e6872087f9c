// What a batch of records says at a glance: counts by year, producer and breach type, the median and largest
// delay, and how often each field was filled. Pure: records in, numbers out.
import { producerById } from '../lexicon/producers.js';
import { breachTypes, recordStatuses, type BreachRecord, type BreachType, type RecordStatus } from '../record/schema.js';

export const unknownKey = 'unknown';

export interface Count {
  key: string;
  count: number;
}

export interface YearByType {
  year: string;
  counts: Record<BreachType | typeof unknownKey, number>;
}

export interface FillRate {
  /** Dotted path of the field, e.g. producer.name. */
  field: string;
  filled: number;
  /** Reports it could have been filled in (every report that was read). */
  of: number;
}

export interface LargestDelay {
  minutes: number;
  recordId: string;
  sourcePath: string;
}

export interface RecordsSummary {
  reports: number;
  byStatus: Record<RecordStatus, number>;
  /** Year of the breach (occurrence.start), else of the report; reports that failed are left out. */
  byYear: Count[];
  /** By the canonical producer (its name in the producer table), else the producer's name as written. */
  byProducer: Count[];
  byBreachType: Count[];
  byYearAndType: YearByType[];
  delay: { reports: number; medianMinutes: number | null; largest: LargestDelay | null };
  fillRates: FillRate[];
}

/** The fields researchers study; record bookkeeping (ids, source, sections, evidence) is left out. */
export const summarisedFields = [
  'codeEdition',
  'outputs',
  'producer.name',
  'producer.abbreviation',
  'producer.canonical',
  'reporter.name',
  'reporter.role',
  'reporter.email',
  'reporter.phone',
  'headOfProfession.name',
  'reportDate',
  'occurrence.start',
  'occurrence.end',
  'occurrence.text',
  'practices',
  'breachType',
  'timing.scheduled',
  'timing.actual',
  'timing.delayMinutes',
  'timing.earlyMinutes',
  'timing.exposureMinutes',
  'previousBreaches',
  'impact',
  'correctiveActions',
  'statementLinks',
] as const;

export function valueAtPath(record: BreachRecord, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

/** A value counts as found when it is not null, not an empty list and not blank text. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/**
 * The producer a record is counted under: the table's name for a known producer, so that "DfE" and "Dept for
 * Education" count once, else the name as the report writes it.
 */
export function producerKey(record: BreachRecord): string {
  const known = record.producer.canonical === null ? undefined : producerById(record.producer.canonical);
  return known?.name ?? record.producer.name ?? unknownKey;
}

export function yearOf(record: BreachRecord): string {
  return (record.occurrence.start ?? record.reportDate)?.slice(0, 4) ?? unknownKey;
}

function countBy(records: readonly BreachRecord[], keyOf: (record: BreachRecord) => string): Count[] {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(keyOf(record), (counts.get(keyOf(record)) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

// Unknown always last, so that the known values read in their natural order.
const unknownLast = (a: Count, b: Count) => Number(a.key === unknownKey) - Number(b.key === unknownKey);
const byKey = (a: Count, b: Count) => unknownLast(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const byCountThenKey = (a: Count, b: Count) => unknownLast(a, b) || b.count - a.count || (a.key < b.key ? -1 : 1);

export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function emptyTypeCounts(): YearByType['counts'] {
  return Object.fromEntries([...breachTypes, unknownKey].map((type) => [type, 0])) as YearByType['counts'];
}

export function summariseRecords(records: readonly BreachRecord[]): RecordsSummary {
  // Failed and skipped files give no breach to count.
  const read = records.filter((record) => record.status !== 'failed' && record.status !== 'skipped');
  const byStatus = Object.fromEntries(recordStatuses.map((status) => [status, records.filter((record) => record.status === status).length])) as Record<RecordStatus, number>;
  const byYear = countBy(read, yearOf).sort(byKey);
  const byYearAndType = byYear.map(({ key }) => {
    const counts = emptyTypeCounts();
    for (const record of read) if (yearOf(record) === key) counts[record.breachType ?? unknownKey] += 1;
    return { year: key, counts };
  });
  const delays = read.flatMap((record) => (record.timing.delayMinutes === null ? [] : [{ minutes: record.timing.delayMinutes, record }]));
  const longest = delays.reduce<(typeof delays)[number] | null>((best, entry) => (!best || entry.minutes > best.minutes ? entry : best), null);
  return {
    reports: records.length,
    byStatus,
    byYear,
    byProducer: countBy(read, producerKey).sort(byCountThenKey),
    byBreachType: countBy(read, (record) => record.breachType ?? unknownKey).sort(byCountThenKey),
    byYearAndType,
    delay: {
      reports: delays.length,
      medianMinutes: median(delays.map((entry) => entry.minutes)),
      largest: longest ? { minutes: longest.minutes, recordId: longest.record.recordId, sourcePath: longest.record.source.path } : null,
    },
    fillRates: summarisedFields.map((field) => ({ field, filled: read.filter((record) => isFilled(valueAtPath(record, field))).length, of: read.length })),
  };
}
