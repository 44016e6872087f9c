// The codes a breach report can cite, with a short title for each, so that a researcher can read "T3.4" or "Pr2"
// without the Code at hand. Pillars, principles and protocols carry the Code's own names. The Code's practices
// are sentences, not titles: each practice's title here is our short summary of its text, read from the source
// it cites (never the Code's sentence itself; read the source for the exact wording).
//
// Coverage, and what is missing. The 2018 Code (Edition 2.0, with the May 2022 revision of T3.1 and T3.6): its
// three pillars, fourteen principles, and the practices of thirteen principles, each read on that principle's page
// of the Code's website and citing it: T1.1-T1.4, T2.1-T2.7, T3.1-T3.8, T4.1-T4.6, T5.1-T5.6, T6.1-T6.5,
// Q1.1-Q1.7, Q2.1-Q2.6, Q3.1-Q3.5, V1.1-V1.6, V3.1-V3.5, V4.1-V4.7 and V5.1-V5.6 (82 practices). Missing: every
// practice of V2 (Accessibility), whose page, and the V2 part of the Code's full text, were not in any stored copy
// searched. The stored copies of the T2, T3 and V1 pages end inside T2.7, T3.8 and V1.6: those titles summarise the
// part read, and whether a further practice follows (T2.8, T3.9, V1.7) was not confirmed (OSR's summary of the
// changes for Code 3.0 says quality management moved out of T2, which T2.1-T2.7 do not cover, so a T2.8 is
// likely). The other pages run on past their last practice (Q3's to a section break), so their counts are complete.
// The 2009 Code: its eight principles and three protocols, but none of its 74 practices. The stored copies of the
// Code (docslib) and of "Examples of practices consistent with the Code" (cupdf, studylib, docsbay; it says Protocol
// 1 summarises other parts of the Code) hold only their opening pages (foreword, introduction), not the practice
// tables, and no other stored page gave a practice's text; Protocol 2's practice 4 (09:30 release) and practice 8
// (accidental and wrongful release) are quoted only in breach reports, which are not a source for the Code. A
// report citing a missing practice keeps its code, and its title names the practice's principle or protocol
// ("Release practices, practice 4"; see practiceTitle in codebook/).
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
  /**
   * 'T3' for 'T3.6', 'T' for 'T3', 'P3' for 'P3.2', 'Pr2' for 'Pr2.8'; null for a pillar, a 2009 principle or
   * protocol, and the Order.
   */
  parent: string | null;
  title: string;
  /** A CodeSource id. */
  source: string;
}

/**
 * A 2009 code and the 2018 codes that carry the same requirement. `by-subject` is ours, from reading both texts;
 * `published` would follow an official mapping. None was found: OSR's published comparison ("Code of Practice for
 * Statistics 3.0: what has changed") maps Code 2.1 to Code 3.0, not 2009 to 2018, so every entry is by subject.
 */
export interface CrosswalkEntry {
  from: string;
  to: readonly string[];
  basis: 'published' | 'by-subject';
  source: string;
}

const page2018 = (id: string, name: string, url: string): CodeSource => ({
  id,
  title: `Code of Practice for Statistics: ${name}`,
  url,
});
const site2018 = 'https://www.statisticsauthority.gov.uk/code-of-practice/the-code';

export const codeSources: readonly CodeSource[] = [
  {
    id: 'code-2018',
    title: 'Code of Practice for Statistics: the Code (pillars and principles)',
    url: 'https://code.statisticsauthority.gov.uk/the-code/',
  },
  page2018('code-2018-t1', 'T1 Honesty and integrity', `${site2018}/trustworthiness/t1-honesty-and-integrity/`),
  page2018(
    'code-2018-t2',
    'T2 Independent decision making and leadership',
    `${site2018}/trustworthiness/t2-independent-decision-making-and-leadership/`,
  ),
  page2018('code-2018-t3', 'T3 Orderly release', `${site2018}/trustworthiness/t3-orderly-release/`),
  {
    id: 'code-2018-t3-2022',
    title: 'OSR, release times review: the revised practices T3.1 and T3.6 (May 2022)',
    url: 'https://osr.statisticsauthority.gov.uk/publication/office-for-statistics-regulations-release-times-review-findings-and-outcomes-from-our-stakeholder-consultation/pages/3',
  },
  page2018(
    'code-2018-t4',
    'T4 Transparent processes and management',
    `${site2018}/trustworthiness/t4-transparent-processes-and-management/`,
  ),
  page2018('code-2018-t5', 'T5 Professional capability', `${site2018}/trustworthiness/t5-professional-capability/`),
  page2018('code-2018-t6', 'T6 Data governance', `${site2018}/trustworthiness/t6-data-governance/`),
  page2018('code-2018-q1', 'Q1 Suitable data sources', `${site2018}/quality/q1-suitable-data-sources/`),
  page2018('code-2018-q2', 'Q2 Sound methods', `${site2018}/quality/q2-sound-methods/`),
  page2018(
    'code-2018-q3',
    'Q3 Assured quality',
    'https://code.statisticsauthority.gov.uk/the-code/quality/q3-assured-quality/',
  ),
  page2018('code-2018-v1', 'V1 Relevance to users', `${site2018}/value/v1-relevance-to-users/`),
  page2018('code-2018-v3', 'V3 Clarity and insight', `${site2018}/value/v3-clarity-and-insight/`),
  page2018('code-2018-v4', 'V4 Innovation and improvement', `${site2018}/value/v4-innovation-and-improvement/`),
  page2018('code-2018-v5', 'V5 Efficiency and proportionality', `${site2018}/value/v5-efficiency-and-proportionality/`),
  {
    id: 'code-2009',
    title: 'Code of Practice for Official Statistics, Edition 1.0 (January 2009)',
    url: 'https://uksa.statisticsauthority.gov.uk/publication/code-of-practice/',
  },
  {
    id: 'pra-order',
    title: 'Pre-release access to official statistics (the 2008 Order)',
    url: 'https://uksa.statisticsauthority.gov.uk/news/pre-release-access-to-official-statistics/',
  },
];

type Entry = [code: string, title: string, source?: string];

/** The principle or protocol a practice belongs to: 'T3' for 'T3.6', 'Pr2' for 'Pr2.8'. */
const principleOf = (code: string): string => code.split('.')[0] ?? code;
/** 2009 codes start P1-P8 or Pr1-Pr3; every other practice code is a 2018 one. */
const editionOf = (code: string): '2009' | '2018' => (/^(?:P|Pr)\d/.test(code) ? '2009' : '2018');

const pillar = ([code, title]: Entry): CodeEntry => ({
  code,
  edition: '2018',
  level: 'pillar',
  parent: null,
  title,
  source: 'code-2018',
});
const principle = ([code, title, source]: Entry): CodeEntry => ({
  code,
  edition: '2018',
  level: 'principle',
  parent: code.charAt(0),
  title,
  source: source ?? 'code-2018',
});
/** A practice of either edition, under its principle or protocol; by default it cites its principle's page. */
const practice = ([code, title, source]: Entry): CodeEntry => ({
  code,
  edition: editionOf(code),
  level: 'practice',
  parent: principleOf(code),
  title,
  source: source ?? (editionOf(code) === '2009' ? 'code-2009' : `code-2018-${principleOf(code).toLowerCase()}`),
});
const of2009 =
  (level: 'principle' | 'protocol') =>
  ([code, title]: Entry): CodeEntry => ({ code, edition: '2009', level, parent: null, title, source: 'code-2009' });

export const codeEntries: readonly CodeEntry[] = [
  ...(
    [
      ['T', 'Trustworthiness'],
      ['Q', 'Quality'],
      ['V', 'Value'],
    ] as Entry[]
  ).map(pillar),
  ...(
    [
      ['T1', 'Honesty and integrity', 'code-2018-t1'],
      ['T2', 'Independent decision making and leadership', 'code-2018-t2'],
      ['T3', 'Orderly release', 'code-2018-t3'],
      ['T4', 'Transparent processes and management', 'code-2018-t4'],
      ['T5', 'Professional capability', 'code-2018-t5'],
      ['T6', 'Data governance', 'code-2018-t6'],
      ['Q1', 'Suitable data sources', 'code-2018-q1'],
      ['Q2', 'Sound methods', 'code-2018-q2'],
      ['Q3', 'Assured quality', 'code-2018-q3'],
      ['V1', 'Relevance to users', 'code-2018-v1'],
      ['V2', 'Accessibility'],
      ['V3', 'Clarity and insight', 'code-2018-v3'],
      ['V4', 'Innovation and improvement', 'code-2018-v4'],
      ['V5', 'Efficiency and proportionality', 'code-2018-v5'],
    ] as Entry[]
  ).map(principle),
  // The 2018 practices, in the Code's order; each cites its principle's page unless marked otherwise.
  ...(
    [
      ['T1.1', 'Everyone handles statistics honestly, by the standards of public life'],
      ['T1.2', 'Ethical, public-good use of data; free of political or commercial conflicts'],
      ['T1.3', 'Do or say nothing that casts doubt on the statistics’ independence'],
      ['T1.4', 'Present statistics and explanations impartially and objectively'],
      ['T2.1', 'The Head of Profession alone decides methods, content and release timing'],
      ['T2.2', 'The Head of Profession champions the Code across the organisation'],
      ['T2.3', 'The Head of Profession is heard on every statistical matter'],
      ['T2.4', 'The Head of Profession fosters collaboration and harmonisation'],
      ['T2.5', 'The Head of Profession challenges misuse of statistics'],
      ['T2.6', 'The Head of Profession reports to the National or Chief Statistician'],
      // The stored page ends inside T2.7; the title covers the part read.
      ['T2.7', 'Report concerns about independence and wrongful release at once'],
      // T3.1 and T3.6 were revised in May 2022 (the time of release pre-announced as well as the date; times other
      // than 9.30am allowed where approved): the titles cover both wordings.
      ['T3.1', 'Pre-announce releases in a 12-month calendar, four weeks ahead', 'code-2018-t3-2022'],
      ['T3.2', 'Changes to release dates or times agreed by the Head of Profession and explained'],
      ['T3.3', 'Access before release limited to production and assurance; records kept'],
      ['T3.4', 'Pre-release access only for eligible recipients, under the rules; recorded'],
      ['T3.5', 'Release on a timely basis, as soon as the statistics are ready'],
      ['T3.6', 'Release to all users at the standard time (9.30am on a weekday)', 'code-2018-t3-2022'],
      ['T3.7', 'Name the lead statistician and how to contact them'],
      // The stored page ends inside T3.8; the title covers the part read.
      ['T3.8', 'Policy or ministerial statements kept separate from the statistics'],
      ['T4.1', 'Be open about how the organisation engages users and the public'],
      ['T4.2', 'Keep and review a work programme; report progress; users help set priorities'],
      ['T4.3', 'Enough people, money and technology to serve the public good'],
      ['T4.4', 'Use resources well; share them and collaborate for coherent statistics'],
      ['T4.5', 'State the commitment to quality, and how quality is managed'],
      ['T4.6', 'Independent audit and review of processes; be open about improvements needed'],
      ['T5.1', 'Staff show sound judgement and act professionally and collaboratively'],
      ['T5.2', 'Clearly defined roles and responsibilities, with guidance'],
      ['T5.3', 'Recruit skilled staff against a professional competency framework'],
      ['T5.4', 'Train all production staff in secure data handling and quality management'],
      ['T5.5', 'Give staff time and resources to develop their skills'],
      ['T5.6', 'Staff seek statistical advice from the Head of Profession'],
      ['T6.1', 'Meet legal duties on collecting, sharing, linking and releasing data; data ethics'],
      ['T6.2', 'Respect data subjects’ rights; tell providers how their data are used and kept safe'],
      ['T6.3', 'Best-practice, secure management of data and data services'],
      ['T6.4', 'Be open about protecting personal data; disclosure control; rules for researcher access'],
      ['T6.5', 'Review data management and sharing arrangements regularly'],
      ['Q1.1', 'Base statistics on sources fit for their uses, with suitable concepts'],
      ['Q1.2', 'Build good working relationships with those who collect and supply data'],
      ['Q1.3', 'Tell data suppliers clearly what data are needed, when, and why'],
      ['Q1.4', 'Source data coherent, consistent over time and comparable across areas'],
      ['Q1.5', 'Explain the sources used and report their bias and uncertainty'],
      ['Q1.6', 'Find and tackle the causes of source limitations; be open about their impact'],
      ['Q1.7', 'Assess how changes to a source affect the statistics; explain breaks'],
      ['Q2.1', 'Methods grounded in good practice, science or professional consensus'],
      ['Q2.2', 'Use recognised standards and classifications; harmonise; explain departures'],
      ['Q2.3', 'Explain the methods and why they were chosen, in proportion to their complexity'],
      ['Q2.4', 'Identify and explain the limitations of methods, with their likely scale'],
      ['Q2.5', 'Give notice of method changes; keep series consistent, with back series'],
      ['Q2.6', 'Work with topic and methods experts and producers of related statistics'],
      ['Q3.1', 'Quality that meets user needs; explain strengths and limitations for each use'],
      ['Q3.2', 'Proportionate quality assurance, openly described; quality risks kept low'],
      ['Q3.3', 'Monitor and report quality; validate against other sources; explain uncertainty'],
      ['Q3.4', 'Explain revisions and corrections: their scale, nature, cause and impact'],
      ['Q3.5', 'Review data and methods regularly; be open about issues and decisions'],
      ['V1.1', 'Keep up to date on how the statistics are and could be used'],
      ['V1.2', 'Raise awareness of the statistics and help users find what they need'],
      ['V1.3', 'Review user satisfaction with the statistics routinely'],
      ['V1.4', 'Engage the public in varied, proportionate ways; keep an open dialogue'],
      ['V1.5', 'Act on user views where practicable; explain which needs can be met'],
      // The stored page ends inside V1.6; the title covers the part read.
      ['V1.6', 'Review from time to time whether to keep, stop, change or add statistics'],
      ['V3.1', 'Present statistics and explanations clearly, for all types of user'],
      ['V3.2', 'Describe the main messages without misleading; use suitable charts and tables'],
      ['V3.3', 'Give helpful comparisons; point to related sources and explain comparability'],
      ['V3.4', 'Advise on appropriate use; the lead statistician is visible and approachable'],
      ['V3.5', 'Collaborate with experts and other producers on a coherent account of the topic'],
      ['V4.1', 'Follow developments that could improve the statistics; be open about development'],
      ['V4.2', 'Consider releasing new statistics first as experimental statistics'],
      ['V4.3', 'Involve users in developing and testing innovations'],
      ['V4.4', 'Collaborate with other producers, in the UK and abroad, on development'],
      ['V4.5', 'Follow method and quality developments; weigh their value and impact'],
      ['V4.6', 'Improve presentation and insight for different types of user'],
      ['V4.7', 'Consider new, innovative ways of engaging users and stakeholders'],
      ['V5.1', 'Share, link and reuse data where feasible, applying recognised standards'],
      ['V5.2', 'Publish supplementary analyses for reuse; consider releasing data often requested'],
      ['V5.3', 'Check whether existing data will do before starting a new collection'],
      ['V5.4', 'Prefer voluntary participation to statutory powers in data collection'],
      ['V5.5', 'Be open about monitoring and reducing burden on data providers; keep it proportionate'],
      ['V5.6', 'Weigh the burden of new data requirements against the statistics’ public value'],
    ] as Entry[]
  ).map(practice),
  ...(
    [
      ['P1', 'Meeting user needs'],
      ['P2', 'Impartiality and objectivity'],
      ['P3', 'Integrity'],
      ['P4', 'Sound methods and assured quality'],
      ['P5', 'Confidentiality'],
      ['P6', 'Proportionate burden'],
      ['P7', 'Resources'],
      ['P8', 'Frankness and accessibility'],
    ] as Entry[]
  ).map(of2009('principle')),
  ...(
    [
      ['Pr1', 'User engagement'],
      ['Pr2', 'Release practices'],
      ['Pr3', 'The use of administrative sources for statistical purposes'],
    ] as Entry[]
  ).map(of2009('protocol')),
  // No 2009 practice is listed (see the header): an entry such as ['Pr2.4', '...'] mapped with `practice` would get
  // edition '2009', parent 'Pr2' and source 'code-2009'.
  {
    code: 'PRA-ORDER',
    edition: 'order',
    level: 'order',
    parent: null,
    title: 'Pre-release Access to Official Statistics Order (2008, and the devolved Orders)',
    source: 'pra-order',
  },
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
