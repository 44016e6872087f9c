import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocumentWithText } from '../src/pipeline.js';

const encode = (text: string) => new TextEncoder().encode(text);

// Invented content only: every name, producer and output below is made up.
const producers = ['Acme Statistics Office', 'Northshire Data Agency (NDA)', 'WSB - Wessex Statistics Board', 'Fenland Statistics Unit'];
const people = ['Jane Doe', 'Dr Ingrid Holm, Head of Profession', 'Amara Bello\n01632 960 123\namara.bello@example.gov.uk', 'Statistics Team'];
const outputs = ['Quarterly Widget Sales https://stats.example.org/widgets', 'Gadget Counts', 'Parish Population Estimates: www.example.gov.uk/parish'];
const dates = ['11/3/2020', '25.04.2018', '7th August 2020', '5 th March', '9 July 2021 at 9.30am', 'January 2019 to 9 March 2020', ''];
const practices = ['T3.6', 'Principle T3 – Orderly Release Practice T3.4', 'Protocol 2 - Release practices Practice 4', '(Principle T3, Practices T3.3, T3.4, T3.6)', 'Pre-release Access to Official Statistics Order 2008', ''];
const accounts = [
  'The bulletin was due to be published at 09:30 on 14 May 2020. It was finally published at 11:45.',
  'The table was accidentally published 2 days ahead of schedule and was live for less than 15 minutes.',
  'An analyst sent the draft to a colleague who was not on the pre-release access list.',
  'A fault caused a delay of 135 minutes. A similar breach happened previously in 2018.',
  '',
];
const actions = ['- Add a second check.\n- Replace the scheduler.', 'Short term:\n1. Retrain staff.\n\nLonger-Term\n2. Buy a new tool.', 'The following actions are agreed:\nReview permissions.', ''];
const links = ['https://stats.example.org/statement', 'N/A', 'A notice on the release page.', ''];

const cellSeparator = fc.constantFrom('\t', '\n', '', ' | ', '\n\n');

const report2018 = fc
  .record({
    producer: fc.constantFrom(...producers),
    person: fc.constantFrom(...people),
    hop: fc.constantFrom(...people),
    output: fc.constantFrom(...outputs),
    reportDate: fc.constantFrom(...dates),
    occurrence: fc.constantFrom(...dates),
    practice: fc.constantFrom(...practices),
    account: fc.constantFrom(...accounts),
    impact: fc.constantFrom('Users were confused for a morning.', ''),
    actions: fc.constantFrom(...actions),
    link: fc.constantFrom(...links),
    sep: cellSeparator,
  })
  .map((r) =>
    [
      'REPORT OF A BREACH OF THE CODE OF PRACTICE FOR STATISTICS',
      '1. Core Information',
      `Information needed${r.sep}Response`,
      `Title and link to statistical output${r.sep}${r.output}`,
      `Name of producer organisation${r.sep}${r.producer}`,
      `Name and contact details of person dealing with this report${r.sep}${r.person}`,
      `Name and contact details of Head of\nProfession for Statistics or Lead${r.sep}${r.hop}`,
      `Link to published statement about the breach${r.sep}${r.link}`,
      `Date of report${r.sep}${r.reportDate}`,
      '2. Circumstances of breach',
      `Relevant principle(s) and practice(s)${r.sep}${r.practice}`,
      `Date of occurrence of breach${r.sep}${r.occurrence}`,
      `Nature of breach${r.sep}${r.account}`,
      '3. Impact of the breach',
      r.impact,
      '4. Corrective actions (taken or planned) to prevent the breach recurring',
      r.actions,
    ].join('\n'),
  );

const report2009 = fc
  .record({
    producer: fc.constantFrom(...producers),
    person: fc.constantFrom(...people),
    output: fc.constantFrom(...outputs),
    occurrence: fc.constantFrom(...dates),
    practice: fc.constantFrom(...practices),
    account: fc.constantFrom(...accounts),
    actions: fc.constantFrom(...actions),
    link: fc.constantFrom(...links),
  })
  .map((r) =>
    [
      'BREACH OF THE CODE OF PRACTICE FOR OFFICIAL STATISTICS',
      '1. Background information',
      'Name of Producer Organisation', '', r.producer, '',
      'Name of Statistical Output', '', r.output, '',
      'Name and contact details of person submitting this report, and date of report', '', `${r.person}\n12 May 2011`, '',
      '2. Circumstances of breach',
      'Relevant Principle/Protocol and Practice', '', r.practice, '',
      'Date of occurrence', '', r.occurrence, '',
      'Nature of breach', '', r.account, '',
      '3. Reactions and impact', '', 'Minor.', '',
      '4. Corrective actions taken', '', r.actions, '',
      '5. Links to published statements', '', r.link,
    ].join('\n'),
  );

// Converter noise: markdown, inline tags, bullets, odd spaces, and random edits.
const noisy = fc
  .tuple(fc.oneof(report2018, report2009), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.constantFrom('', '## ', '**', '|', '<p>', '<u>', '&amp;', '•', '\u00a0', '\r\n', '-\n', '\t', 'x')), { maxLength: 5 }))
  .map(([text, edits]) => edits.reduce((out, [at, remove, insert]) => {
    const index = at % (out.length + 1);
    return out.slice(0, index) + insert + out.slice(index + remove);
  }, text));

async function checkEvidence(text: string): Promise<void> {
  const { record, document } = await extractDocumentWithText(encode(text), { fileName: 'report.txt' });
  expect(record.status).not.toBe('failed');
  expect(document).not.toBeNull();
  const normalised = document?.text ?? '';
  for (const [path, evidence] of Object.entries(record.evidence)) {
    expect(evidence.start, path).toBeGreaterThanOrEqual(0);
    expect(evidence.start, path).toBeLessThan(evidence.end);
    expect(evidence.end, path).toBeLessThanOrEqual(normalised.length);
    expect(evidence.quote, path).toBe(normalised.slice(evidence.start, evidence.end));
  }
  for (const diagnostic of record.diagnostics) {
    if (diagnostic.place) expect(diagnostic.place.quote).toBe(normalised.slice(diagnostic.place.start, diagnostic.place.end));
  }
  for (const path of record.derived) expect(path).toMatch(/^[a-zA-Z]+(?:\.[a-zA-Z]+|\[\d+\])*$/);
}

describe('extractDocument evidence properties', () => {
  it('quotes exactly the normalised text for every evidence span of template-like reports', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(report2018, report2009), checkEvidence), { numRuns: 100 });
  });

  it('quotes exactly the normalised text for every evidence span of noisy, edited reports', async () => {
    await fc.assert(fc.asyncProperty(noisy, checkEvidence), { numRuns: 100 });
  });
});

describe('extractDocument end to end on an invented 2018 report', () => {
  it('reads the core fields and marks derived minutes', async () => {
    const text = [
      '1. Core Information',
      'Title and link to statistical output\tQuarterly Widget Sales https://stats.example.org/widgets',
      'Name of producer organisation\tNorthshire Data Agency (NDA)',
      'Name and contact details of person dealing with this report\tJane Doe, Head of Profession for Statistics',
      'Date of report\t20 May 2020',
      '2. Circumstances of breach',
      'Relevant principle(s) and practice(s)\tT3.6',
      'Date of occurrence of breach\t14 May 2020',
      'Nature of breach\tThis was a delayed release. The bulletin was due to be published at 09:30 on 14 May 2020. It was finally published at 11:45 on 14 May 2020.',
      '3. Impact of the breach',
      'Users waited.',
    ].join('\n');
    const { record, document } = await extractDocumentWithText(encode(text), { fileName: 'invented.txt' });
    expect(record.codeEdition).toBe('2018');
    expect(record.producer).toEqual({ name: 'Northshire Data Agency', abbreviation: 'NDA', canonical: null });
    expect(record.reporter.name).toBe('Jane Doe');
    expect(record.reportDate).toBe('2020-05-20');
    expect(record.occurrence).toMatchObject({ start: '2020-05-14', end: '2020-05-14' });
    expect(record.practices.map((practice) => practice.code)).toEqual(['T3.6']);
    expect(record.breachType).toBe('late_release');
    expect(record.timing).toMatchObject({ scheduled: '2020-05-14T09:30', actual: '2020-05-14T11:45', delayMinutes: 135 });
    expect(record.derived).toContain('timing.delayMinutes');
    expect(record.evidence['producer.name']?.quote).toBe('Northshire Data Agency');
    expect(document?.text.slice(record.evidence['reportDate']?.start, record.evidence['reportDate']?.end)).toBe('20 May 2020');
  });
});

describe('a file that cannot be read', () => {
  const bad = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'bad', name));

  it.each([
    ['truncated.pdf', 'the PDF is damaged or cut short, and cannot be read'],
    ['truncated.docx', 'the Word document is damaged or cut short (its zip archive cannot be read)'],
  ])('%s fails with a sentence, and what the reader said is kept as the detail', async (name, reason) => {
    const { record } = await extractDocumentWithText(new Uint8Array(bad(name)), { fileName: name });
    expect(record.error).toBe(reason);
    const [failure] = record.diagnostics;
    expect(failure).toMatchObject({ code: 'file-failed', reason });
    expect(failure?.detail).toMatch(/\S/);
    expect(failure?.detail).not.toMatch(/[\t\n]/);
  });
});

describe('a saved web page written as HTML5 allows', () => {
  it('gives the same fields with no </head> and its navigation left open', async () => {
    const page = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reports', '2018-web-page-pre-release-access.html'), 'utf8');
    const loose = page.replace('</head>', '').replace('</ul></nav>', '</ul>').replace(/<\/(p|td|th|tr|li)>/g, '');
    expect(loose).not.toContain('</head>');
    const fields = (record: Awaited<ReturnType<typeof extractDocumentWithText>>['record']) => ({
      status: record.status,
      producer: record.producer,
      outputs: record.outputs.map((output) => output.title),
      reporter: record.reporter,
      reportDate: record.reportDate,
      occurrence: record.occurrence.start,
      breachType: record.breachType,
      practices: record.practices.map((practice) => practice.code),
    });
    const strict = await extractDocumentWithText(new TextEncoder().encode(page), { fileName: 'page.html' });
    const relaxed = await extractDocumentWithText(new TextEncoder().encode(loose), { fileName: 'page.html' });
    expect(strict.record.status).toBe('ok');
    expect(fields(relaxed.record)).toEqual(fields(strict.record));
  });
});
