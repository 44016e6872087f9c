import { describe, expect, it } from 'vitest';
import { headOfProfessionExtractor } from '../../src/extract/head-of-profession.js';
import { reporterExtractor } from '../../src/extract/reporter.js';
import { quoteOf, run } from '../helpers.js';

const core = '1. Core Information\n';
const after = '\nDate of report\t3 May 2020';

interface Row {
  name: string;
  text: string;
  reporter: { name: string | null; role: string | null; email: string | null; phone: string | null };
  quotes?: Record<string, string>;
  warning?: string;
}

const none = { name: null, role: null, email: null, phone: null };

const rows: Row[] = [
  {
    name: 'reads a name glued to its 2018 table label',
    text: `${core}Name and contact details of person dealing with this reportJane Doe${after}`,
    reporter: { ...none, name: 'Jane Doe' },
    quotes: { 'reporter.name': 'Jane Doe' },
  },
  {
    name: 'reads a name followed by a role after a comma',
    text: `${core}Name and contact details of person dealing with this report\tPeter Quill, Head of Profession for Statistics${after}`,
    reporter: { ...none, name: 'Peter Quill', role: 'Head of Profession for Statistics' },
    quotes: { 'reporter.name': 'Peter Quill', 'reporter.role': 'Head of Profession for Statistics' },
  },
  {
    name: 'reads the e-mail and phone number after the name',
    text: `${core}Name and contact details of person dealing with this report\tAmara Bello\n01632 960 123\namara.bello@northshire.example.gov.uk${after}`,
    reporter: { name: 'Amara Bello', role: null, email: 'amara.bello@northshire.example.gov.uk', phone: '01632 960 123' },
    quotes: { 'reporter.name': 'Amara Bello', 'reporter.email': 'amara.bello@northshire.example.gov.uk', 'reporter.phone': '01632 960 123' },
  },
  {
    name: 'stops the name before an address on the same line',
    text: `${core}Name and contact details of person dealing with this report\tOwen Parry, Statistician, 1 Harbour Road, Newport${after}`,
    reporter: { ...none, name: 'Owen Parry', role: 'Statistician' },
    quotes: { 'reporter.name': 'Owen Parry' },
  },
  {
    name: 'skips an honorific before the name',
    text: `${core}Name and contact details of person dealing with this report\tDr Ingrid Holm${after}`,
    reporter: { ...none, name: 'Ingrid Holm' },
    quotes: { 'reporter.name': 'Ingrid Holm' },
  },
  {
    name: 'reads the 2009 stacked contact cell with the report date at its end',
    text: '1. Background information\n\nName and contact details of person submitting this report, and date of report\n\nGwen Tudor, Head of Profession\nValley Statistics Office\n01632 960 555\n12 May 2011\n\n2. Circumstances of breach',
    reporter: { name: 'Gwen Tudor', role: 'Head of Profession', email: null, phone: '01632 960 555' },
    quotes: { 'reporter.name': 'Gwen Tudor', 'reporter.role': 'Head of Profession' },
  },
  // A name closed by a full stop before the role ("Name. Role, date") in the stacked, tab and pipe layouts.
  {
    name: 'ends a name at a full stop before a stacked 2009 role and date',
    text: '1. Background information\n\nName and contact details of person submitting this report, and date of report\n\nOskar Lind. Statistical Head of Profession, 4 March 2010\n\n2. Circumstances of breach',
    reporter: { ...none, name: 'Oskar Lind' },
    quotes: { 'reporter.name': 'Oskar Lind' },
  },
  {
    name: 'ends a name at a full stop in a tab cell',
    text: `${core}Name and contact details of person dealing with this report\tMira Kaur. Senior Statistician${after}`,
    reporter: { ...none, name: 'Mira Kaur' },
    quotes: { 'reporter.name': 'Mira Kaur' },
  },
  {
    name: 'ends a name at a full stop in a pipe row',
    text: '| Information needed | Response |\n|---|---|\n| Name and contact details of person dealing with this report | Tobias Reed. |\n| Date of report | 3 May 2020 |',
    reporter: { ...none, name: 'Tobias Reed' },
    quotes: { 'reporter.name': 'Tobias Reed' },
  },
  // A cell holding only a name, of the shapes names take.
  {
    name: 'reads a name with lowercase surname particles glued to its label',
    text: `${core}Name and contact details of person dealing with this reportAna de la Cruz${after}`,
    reporter: { ...none, name: 'Ana de la Cruz' },
    quotes: { 'reporter.name': 'Ana de la Cruz' },
  },
  {
    name: 'reads a name with accented capitals under a stacked label',
    text: '1. Background information\n\nName and contact details of person submitting this report\n\nÉamonn Ó Dúill\n\n2. Circumstances of breach',
    reporter: { ...none, name: 'Éamonn Ó Dúill' },
    quotes: { 'reporter.name': 'Éamonn Ó Dúill' },
  },
  {
    name: 'stops a name before an organisation that follows without a comma',
    text: `${core}Name and contact details of person dealing with this report\tCarys Pugh Welsh Government${after}`,
    reporter: { ...none, name: 'Carys Pugh' },
    quotes: { 'reporter.name': 'Carys Pugh' },
  },
  {
    name: 'does not take a trailing particle into the name',
    text: `${core}Name and contact details of person dealing with this report\tJan Visser van${after}`,
    reporter: { ...none, name: 'Jan Visser' },
    quotes: { 'reporter.name': 'Jan Visser' },
  },
  // An e-mail address glued by the converter to the word before or after it.
  {
    name: 'splits a mailbox address off the role word it is glued to',
    text: `${core}Name and contact details of person dealing with this report\tLeo Grant, Head of Analysis Unitstats@northshire.example.gov.uk${after}`,
    reporter: { ...none, name: 'Leo Grant', role: 'Head of Analysis Unit', email: 'stats@northshire.example.gov.uk' },
    quotes: { 'reporter.role': 'Head of Analysis Unit', 'reporter.email': 'stats@northshire.example.gov.uk' },
  },
  {
    name: 'splits a personal address off the surname it is glued to',
    text: `${core}Name and contact details of person dealing with this report\tRavi Menonravi.menon@wessex.example.gov.uk${after}`,
    reporter: { ...none, name: 'Ravi Menon', email: 'ravi.menon@wessex.example.gov.uk' },
    quotes: { 'reporter.name': 'Ravi Menon', 'reporter.email': 'ravi.menon@wessex.example.gov.uk' },
  },
  {
    name: 'splits an address beginning with the initial and surname off the name in a pipe row',
    text: '| Information needed | Response |\n|---|---|\n| Name and contact details of person dealing with this report | Freya Olsenf.olsen@fen.example.org |\n| Date of report | 3 May 2020 |',
    reporter: { ...none, name: 'Freya Olsen', email: 'f.olsen@fen.example.org' },
    quotes: { 'reporter.name': 'Freya Olsen', 'reporter.email': 'f.olsen@fen.example.org' },
  },
  {
    name: 'ends an address where the role glued after it begins',
    text: `${core}Name and contact details of person dealing with this report\tIvy Chen ivy.chen@moor.example.gov.ukSenior Statistician${after}`,
    reporter: { ...none, name: 'Ivy Chen', email: 'ivy.chen@moor.example.gov.uk' },
    quotes: { 'reporter.email': 'ivy.chen@moor.example.gov.uk' },
  },
  {
    name: 'leaves a capitalised address that glues nothing as it is',
    text: `${core}Name and contact details of person dealing with this report\tOmar Haddad Omar.haddad@dale.example.gov.uk${after}`,
    reporter: { ...none, name: 'Omar Haddad', email: 'Omar.haddad@dale.example.gov.uk' },
    quotes: { 'reporter.email': 'Omar.haddad@dale.example.gov.uk' },
  },
  // A job title on the line under the name is the role, not a second person.
  {
    name: 'reads a stacked job title that ends in a role word as the role ("Regional Accounts Dissemination Manager")',
    text: `${core}Name and contact details of person dealing with this report\tHarpreet Kaur Sandhu\nRegional Accounts Dissemination Manager\nh.sandhu@ores.example${after}`,
    reporter: { ...none, name: 'Harpreet Kaur Sandhu', role: 'Regional Accounts Dissemination Manager', email: 'h.sandhu@ores.example' },
  },
  {
    name: 'reads a stacked job title "Senior Statistical Officer" under the name as the role',
    text: `${core}Name and contact details of person dealing with this report\tJane Doe\nSenior Statistical Officer${after}`,
    reporter: { ...none, name: 'Jane Doe', role: 'Senior Statistical Officer' },
  },
  {
    name: 'reads a stacked job title "Harbour Data Team Leader" under the name as the role',
    text: `${core}Name and contact details of person dealing with this report\tOmar Haddad\nHarbour Data Team Leader${after}`,
    reporter: { ...none, name: 'Omar Haddad', role: 'Harbour Data Team Leader' },
  },
  {
    name: 'gives no name and warns when several people are named on their own lines',
    text: `${core}Name and contact details of person dealing with this report\tJane Doe\nJohn Smith${after}`,
    reporter: { ...none },
    warning: 'ambiguous-value',
  },
  {
    name: 'gives no name and warns when two people are named on one line',
    text: `${core}Name and contact details of person dealing with this report\tJane Doe and John Smith${after}`,
    reporter: { ...none },
    warning: 'ambiguous-value',
  },
  {
    name: 'gives no name when the cell starts with an organisation rather than a person',
    text: `${core}Name and contact details of person dealing with this report\tStatistics Team, Northshire Data Agency${after}`,
    reporter: { ...none },
    warning: 'field-not-found',
  },
  {
    name: 'gives null when the reporter cell is empty and the next line is the next label',
    text: `${core}Name and contact details of person dealing with this report\nDate of report\t3 May 2020`,
    reporter: { ...none },
    warning: 'field-not-found',
  },
];

describe('reporterExtractor', () => {
  it.each(rows)('$name', (row) => {
    const result = run(reporterExtractor, row.text);
    expect(result.result.value).toEqual(row.reporter);
    for (const [path, quote] of Object.entries(row.quotes ?? {})) expect(quoteOf(result, path)).toBe(quote);
    if (row.reporter.name === null) expect(result.result.evidence['reporter.name']).toBeUndefined();
    if (row.warning) expect(result.result.messages.map((message) => message.code)).toContain(row.warning);
  });
});

const hopRows: { name: string; text: string; hop: string | null; quote?: string }[] = [
  {
    name: 'reads the name under a truncated "Head of / Profession for Statistics or Lead" label',
    text: `${core}Name and contact details of Head of\nProfession for Statistics or Lead\nJane Doe${after}`,
    hop: 'Jane Doe',
    quote: 'Jane Doe',
  },
  {
    name: 'reads the name glued to the Head of Profession label',
    text: `${core}Name and contact details of Head of ProfessionLeila Haddad, Chief Statistician${after}`,
    hop: 'Leila Haddad',
    quote: 'Leila Haddad',
  },
  {
    name: 'reads a Senior Statistician named in a tab cell',
    text: `${core}Name and contact details of Senior Statistician\tTomasz Nowak\ntomasz.nowak@example.gov.uk${after}`,
    hop: 'Tomasz Nowak',
    quote: 'Tomasz Nowak',
  },
  {
    name: 'reads the name from a markdown pipe row',
    text: '## 1. Core Information\n\n| Information needed | Response |\n|---|---|\n| Name and contact details of Head of Profession for Statistics | Rhys Morgan |\n| Date of report | 3 May 2020 |',
    hop: 'Rhys Morgan',
    quote: 'Rhys Morgan',
  },
  {
    name: 'gives null when the Head of Profession cell is empty',
    text: `${core}Name and contact details of Head of Profession for Statistics\nDate of report\t3 May 2020`,
    hop: null,
  },
  {
    name: 'gives null when the report names no Head of Profession separately',
    text: `${core}Name and contact details of person dealing with this report\tJane Doe${after}`,
    hop: null,
  },
];

describe('headOfProfessionExtractor', () => {
  it.each(hopRows)('$name', (row) => {
    const result = run(headOfProfessionExtractor, row.text);
    expect(result.result.value).toEqual({ name: row.hop });
    if (row.quote) expect(quoteOf(result, 'headOfProfession.name')).toBe(row.quote);
    else expect(result.result.evidence['headOfProfession.name']).toBeUndefined();
  });
});

// Irish and Welsh names: accents written as combining marks (as some PDFs and Macs give them), the Irish prefixes
// before a surname that starts with a lowercase h ("Ó hUiginn"), and the Welsh "ap", "ab" and "ferch".
const gaelicAndWelsh: { written: string; name: string }[] = [
  { written: 'Seán Ó Súilleabháin'.normalize('NFD'), name: 'Seán Ó Súilleabháin'.normalize('NFD') },
  { written: 'Tomás Ó hUiginn', name: 'Tomás Ó hUiginn' },
  { written: 'Eilís Ní hAodha, Head of Profession for Statistics', name: 'Eilís Ní hAodha' },
  { written: 'Siân ap Dafydd sian.apdafydd@example.gov.wales', name: 'Siân ap Dafydd' },
  { written: 'Dafydd ab Owain, Statistician', name: 'Dafydd ab Owain' },
  { written: 'Gwenllïan ferch Rhys', name: 'Gwenllïan ferch Rhys' },
];

describe('Irish and Welsh names', () => {
  it.each(gaelicAndWelsh)('reads $written as the reporter and the Head of Profession', ({ written, name }) => {
    const text = `${core}Name and contact details of person dealing with this report\t${written}\nName and contact details of Head of Profession for Statistics\t${written}${after}`;
    const reporter = run(reporterExtractor, text);
    expect(reporter.result.value.name).toBe(name);
    expect(quoteOf(reporter, 'reporter.name')).toBe(name);
    expect(reporter.result.messages).toEqual([]);
    const hop = run(headOfProfessionExtractor, text);
    expect(hop.result.value).toEqual({ name });
    expect(quoteOf(hop, 'headOfProfession.name')).toBe(name);
  });
});

describe('a Head of Profession cell whose name is not read', () => {
  it('gives a warning, as the reporter cell does', () => {
    const result = run(headOfProfessionExtractor, `${core}Name and contact details of Head of Profession for Statistics\tthe statistics team${after}`);
    expect(result.result.value).toEqual({ name: null });
    expect(result.result.messages.map((message) => [message.code, message.field])).toEqual([['field-not-found', 'headOfProfession.name']]);
  });

  it.each(['N/A', 'Not applicable', 'As above'])('gives none for a cell that says there is none: %s', (cell) => {
    const result = run(headOfProfessionExtractor, `${core}Name and contact details of Head of Profession for Statistics\t${cell}${after}`);
    expect(result.result).toMatchObject({ value: { name: null }, messages: [] });
  });
});
