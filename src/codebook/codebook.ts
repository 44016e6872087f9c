// The codebook: what each code in the outputs means. One source for docs/fields.md, the xlsx workbook's codebook
// sheets, the practices.csv `title` column and the review page: the breach types, the record statuses, every
// practice of the 2009 Code, its protocols and the 2018 Code with a short title and the page it comes from, and
// the crosswalk between the editions.
import { codeCrosswalk, codeEntries, codeSources, type CodeEntry } from '../lexicon/code-practices.js';
import { breachTypeDefinitions, statusDefinitions } from './definitions.js';

export interface CodebookRow {
  /** Which list the code belongs to. */
  list: 'status' | 'breach type' | 'practice';
  code: string;
  title: string;
  /** For practices: '2009', '2018' or 'order'. */
  edition: string | null;
  /** For practices: pillar, principle, protocol, practice or order. */
  level: string | null;
  parent: string | null;
  /** Where the title was read (a practice's Code page); null for our own definitions. */
  source: string | null;
}

export interface CrosswalkRow {
  from: string;
  fromTitle: string;
  to: string[];
  toTitles: string[];
  basis: string;
  source: string;
}

const entryByCode = new Map<string, CodeEntry>(codeEntries.map((entry) => [entry.code, entry]));
const sourceById = new Map(codeSources.map((source) => [source.id, source]));

function sourceUrl(id: string): string {
  const source = sourceById.get(id);
  if (!source) throw new Error(`codebook: no source ${id}`);
  return source.url;
}

/**
 * The title of a code in canonical form. A practice the codebook does not list is named by its principle or
 * protocol ("Pr2.4": "Release practices, practice 4"); null for a code of neither.
 */
export function practiceTitle(code: string): string | null {
  const entry = entryByCode.get(code);
  if (entry) return entry.title;
  const practice = /^((?:Pr|P|[TQV])\d+)\.(\d+)$/.exec(code);
  const parent = practice?.[1] ? entryByCode.get(practice[1]) : undefined;
  return parent && practice ? `${parent.title}, practice ${practice[2]}` : null;
}

/** Every code with its title and source, statuses first, then breach types, then practices in the Code's order. */
export function codebookRows(): CodebookRow[] {
  const plain = (list: CodebookRow['list'], definitions: Record<string, string>): CodebookRow[] =>
    Object.entries(definitions).map(([code, title]) => ({ list, code, title, edition: null, level: null, parent: null, source: null }));
  return [
    ...plain('status', statusDefinitions),
    ...plain('breach type', breachTypeDefinitions),
    ...codeEntries.map((entry) => ({
      list: 'practice' as const,
      code: entry.code,
      title: entry.title,
      edition: entry.edition,
      level: entry.level,
      parent: entry.parent,
      source: sourceUrl(entry.source),
    })),
  ];
}

/** The 2009 codes and the 2018 codes that cover the same requirement. */
export function crosswalkRows(): CrosswalkRow[] {
  return codeCrosswalk.map((entry) => ({
    from: entry.from,
    fromTitle: practiceTitle(entry.from) ?? '',
    to: [...entry.to],
    toTitles: entry.to.map((code) => practiceTitle(code) ?? ''),
    basis: entry.basis,
    source: sourceUrl(entry.source),
  }));
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The codebook as the Markdown section of docs/fields.md. */
export function codebookMarkdown(): string {
  const rows = codebookRows();
  const definitionTable = (list: CodebookRow['list']) => [
    '| code | meaning |',
    '|---|---|',
    ...rows.filter((row) => row.list === list).map((row) => `| \`${row.code}\` | ${markdownCell(row.title)} |`),
  ];
  const practices = rows.filter((row) => row.list === 'practice');
  const editionName: Record<string, string> = {
    '2018': 'The Code of Practice for Statistics (2018)',
    '2009': 'The Code of Practice for Official Statistics (2009) and its protocols',
    order: 'The Pre-release Access Orders',
  };
  const parts = [
    '## Codebook',
    '',
    'What the codes in the outputs mean. The same lists are the `codebook` and `crosswalk` sheets of records.xlsx',
    'and the codebook of the review page (all made from `src/codebook/`).',
    '',
    '### status',
    '',
    ...definitionTable('status'),
    '',
    '### breach_type',
    '',
    ...definitionTable('breach type'),
    '',
    '### practices_code',
    '',
    'Each code a report can cite, in the canonical form of `practices[].code`. The Code\'s practices are sentences,',
    'not titles: the titles of practices are our short summaries of the Code\'s text (pillars, principles and',
    'protocols carry the Code\'s own names); read the source for the exact wording.',
  ];
  for (const edition of ['2018', '2009', 'order']) {
    const ofEdition = practices.filter((row) => row.edition === edition);
    if (ofEdition.length === 0) continue;
    parts.push('', `#### ${editionName[edition] ?? edition}`, '', '| code | title | level | source |', '|---|---|---|---|');
    for (const row of ofEdition) parts.push(`| \`${row.code}\` | ${markdownCell(row.title)} | ${row.level ?? ''} | ${row.source ?? ''} |`);
  }
  parts.push(
    '',
    '### Crosswalk: 2009 to 2018',
    '',
    'Where a 2009 code\'s requirement is carried by 2018 codes. `published` follows an official mapping; `by-subject`',
    'is ours, from reading both texts.',
    '',
    '| 2009 | title | 2018 | titles | basis |',
    '|---|---|---|---|---|',
  );
  for (const row of crosswalkRows()) {
    parts.push(`| \`${row.from}\` | ${markdownCell(row.fromTitle)} | ${row.to.map((code) => `\`${code}\``).join(', ')} | ${markdownCell(row.toTitles.join('; '))} | ${row.basis} |`);
  }
  return parts.join('\n');
}
