// The codes a breach report can cite, with a short title for each, so that a researcher can read "T3.4" or "Pr2"
// without the Code at hand. Pillars, principles and protocols carry the Code's own names. The Code's practices
// are sentences, not titles: each practice's title here is our short summary of its text, read from the source
// it cites (never the Code's sentence itself; read the source for the exact wording).
//
// Coverage, and what is missing: the 2018 Code's three pillars and fourteen principles, and every practice of T2
// (T2.1-T2.7 as read) and T3 (T3.1-T3.8), the principles breach reports cite by far the most. The practices of the
// other 2018 principles, T2's and T3's later practices, and the practices of the 2009 Code's principles and
// protocols (whose text was not at hand here) are not listed: a report citing one keeps its code, and its title
// names the practice's principle or protocol ("Release practices, practice 4"; see practiceTitle in codebook/).
export type CodeEdition = '2009' | '2018' | 'order';
export type CodeLevel = 'pillar' | 'principle' | 'protocol' | 'practice' | 'order';

export interface CodeSource {
  id: string;
  title: string;
  url: string;
}

export interface CodeEntry {
  /** Canonical, as in practices[].code: 'T3.6', 'T3', 'T', 'P8', 'Pr2', 'PRA-ORDER'. */
  code: string;
  edition: CodeEdition;
  level: CodeLevel;
  /** 'T3' for 'T3.6', 'T' for 'T3'; null for a pillar, a 2009 principle or protocol, and the Order. */
  parent: string | null;
  title: string;
  /** A CodeSource id. */
  source: string;
}

/**
 * A 2009 code and the 2018 codes that carry the same requirement. `by-subject` is ours, from reading both texts
 * (no official mapping between the editions was at hand); `published` would follow an official mapping.
 */
export interface CrosswalkEntry {
  from: string;
  to: readonly string[];
  basis: 'published' | 'by-subject';
  source: string;
}

export const codeSources: readonly CodeSource[] = [
  { id: 'code-2018', title: 'Code of Practice for Statistics: the Code (pillars and principles)', url: 'https://code.statisticsauthority.gov.uk/the-code/' },
  {
    id: 'code-2018-t2',
    title: 'Code of Practice for Statistics: T2 Independent decision making and leadership',
    url: 'https://www.statisticsauthority.gov.uk/code-of-practice/the-code/trustworthiness/t2-independent-decision-making-and-leadership/',
  },
  {
    id: 'code-2018-t3',
    title: 'Code of Practice for Statistics: T3 Orderly release',
    url: 'https://www.statisticsauthority.gov.uk/code-of-practice/the-code/trustworthiness/t3-orderly-release/',
  },
  {
    id: 'code-2018-t3-2022',
    title: 'OSR, release times review: the revised practices T3.1 and T3.6 (May 2022)',
    url: 'https://osr.statisticsauthority.gov.uk/publication/office-for-statistics-regulations-release-times-review-findings-and-outcomes-from-our-stakeholder-consultation/pages/3',
  },
  { id: 'code-2009', title: 'Code of Practice for Official Statistics, Edition 1.0 (January 2009)', url: 'https://uksa.statisticsauthority.gov.uk/publication/code-of-practice/' },
  { id: 'pra-order', title: 'Pre-release access to official statistics (the 2008 Order)', url: 'https://uksa.statisticsauthority.gov.uk/news/pre-release-access-to-official-statistics/' },
];

type Entry = [code: string, title: string, source?: string];

const pillar = ([code, title]: Entry): CodeEntry => ({ code, edition: '2018', level: 'pillar', parent: null, title, source: 'code-2018' });
const principle = ([code, title, source]: Entry): CodeEntry => ({ code, edition: '2018', level: 'principle', parent: code.charAt(0), title, source: source ?? 'code-2018' });
const practice = ([code, title, source]: Entry): CodeEntry => ({ code, edition: '2018', level: 'practice', parent: code.split('.')[0] ?? null, title, source: source ?? 'code-2018' });
const of2009 = (level: 'principle' | 'protocol') => ([code, title]: Entry): CodeEntry => ({ code, edition: '2009', level, parent: null, title, source: 'code-2009' });

export const codeEntries: readonly CodeEntry[] = [
  ...([
    ['T', 'Trustworthiness'],
    ['Q', 'Quality'],
    ['V', 'Value'],
  ] as Entry[]).map(pillar),
  ...([
    ['T1', 'Honesty and integrity'],
    ['T2', 'Independent decision making and leadership', 'code-2018-t2'],
    ['T3', 'Orderly release', 'code-2018-t3'],
    ['T4', 'Transparent processes and management'],
    ['T5', 'Professional capability'],
    ['T6', 'Data governance'],
    ['Q1', 'Suitable data sources'],
    ['Q2', 'Sound methods'],
    ['Q3', 'Assured quality'],
    ['V1', 'Relevance to users'],
    ['V2', 'Accessibility'],
    ['V3', 'Clarity and insight'],
    ['V4', 'Innovation and improvement'],
    ['V5', 'Efficiency and proportionality'],
  ] as Entry[]).map(principle),
  ...([
    ['T2.1', 'The Head of Profession alone decides methods, content and release timing', 'code-2018-t2'],
    ['T2.2', 'The Head of Profession champions the Code across the organisation', 'code-2018-t2'],
    ['T2.3', 'The Head of Profession is heard on every statistical matter', 'code-2018-t2'],
    ['T2.4', 'The Head of Profession fosters collaboration and harmonisation', 'code-2018-t2'],
    ['T2.5', 'The Head of Profession challenges misuse of statistics', 'code-2018-t2'],
    ['T2.6', 'The Head of Profession reports to the National or Chief Statistician', 'code-2018-t2'],
    ['T2.7', 'Report concerns about independence and wrongful release at once', 'code-2018-t2'],
    // T3.1 and T3.6 were revised in May 2022 (the time of release pre-announced as well as the date; times other
    // than 9.30am allowed where approved): the titles cover both wordings.
    ['T3.1', 'Pre-announce releases in a 12-month calendar, four weeks ahead', 'code-2018-t3-2022'],
    ['T3.2', 'Changes to release dates or times agreed by the Head of Profession and explained', 'code-2018-t3'],
    ['T3.3', 'Access before release limited to production and assurance; records kept', 'code-2018-t3'],
    ['T3.4', 'Pre-release access only for eligible recipients, under the rules; recorded', 'code-2018-t3'],
    ['T3.5', 'Release on a timely basis, as soon as the statistics are ready', 'code-2018-t3'],
    ['T3.6', 'Release to all users at the standard time (9.30am on a weekday)', 'code-2018-t3-2022'],
    ['T3.7', 'Name the lead statistician and how to contact them', 'code-2018-t3'],
    ['T3.8', 'Policy or ministerial statements kept separate from the statistics', 'code-2018-t3'],
  ] as Entry[]).map(practice),
  ...([
    ['P1', 'Meeting user needs'],
    ['P2', 'Impartiality and objectivity'],
    ['P3', 'Integrity'],
    ['P4', 'Sound methods and assured quality'],
    ['P5', 'Confidentiality'],
    ['P6', 'Proportionate burden'],
    ['P7', 'Resources'],
    ['P8', 'Frankness and accessibility'],
  ] as Entry[]).map(of2009('principle')),
  ...([
    ['Pr1', 'User engagement'],
    ['Pr2', 'Release practices'],
    ['Pr3', 'The use of administrative sources for statistical purposes'],
  ] as Entry[]).map(of2009('protocol')),
  { code: 'PRA-ORDER', edition: 'order', level: 'order', parent: null, title: 'Pre-release Access to Official Statistics Order (2008, and the devolved Orders)', source: 'pra-order' },
];

export const codeCrosswalk: readonly CrosswalkEntry[] = [
  { from: 'P1', to: ['V1'], basis: 'by-subject', source: 'code-2018' },
  { from: 'P2', to: ['T1', 'T3'], basis: 'by-subject', source: 'code-2018' },
  { from: 'P3', to: ['T1', 'T2'], basis: 'by-subject', source: 'code-2018' },
  { from: 'P4', to: ['Q2', 'Q3'], basis: 'by-subject', source: 'code-2018' },
  { from: 'P5', to: ['T6'], basis: 'by-subject', source: 'code-2018' },
  { from: 'P6', to: ['V5'], basis: 'by-subject', source: 'code-2018' },
  { from: 'P7', to: ['T4', 'T5'], basis: 'by-subject', source: 'code-2018' },
  { from: 'P8', to: ['V2', 'V3'], basis: 'by-subject', source: 'code-2018' },
  { from: 'Pr1', to: ['V1'], basis: 'by-subject', source: 'code-2018' },
  { from: 'Pr2', to: ['T3'], basis: 'by-subject', source: 'code-2018-t3' },
  { from: 'Pr3', to: ['Q1'], basis: 'by-subject', source: 'code-2018' },
];
