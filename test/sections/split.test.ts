import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NormalisedDocument } from '../../src/document.js';
import { normaliseDocument } from '../../src/normalise/normalise.js';
import { detectEdition } from '../../src/sections/edition.js';
import { splitSections, type Sectioned } from '../../src/sections/split.js';

const docOf = (text: string): NormalisedDocument => normaliseDocument({ pages: [text], pageCount: null });

function cells(text: string): { doc: NormalisedDocument; split: Sectioned; value: (key: string) => string | undefined } {
  const doc = docOf(text);
  const split = splitSections(doc);
  return { doc, split, value: (key) => split.fields.filter((field) => field.key === key).map((field) => doc.text.slice(field.value.start, field.value.end))[0] };
}

// An empty preamble (a report that opens with its first heading) is dropped, so it is left out here.
const sectionNames = (text: string) => splitSections(docOf(text)).sections.map((section) => section.name).filter((name) => name !== 'preamble');

describe('splitSections: sections', () => {
  it.each([
    {
      name: 'splits the numbered 2018 headings',
      text: '1. Core Information\nx\n2. Circumstances of breach\ny\n3. Impact of the breach\nz\n4. Corrective actions (taken or planned)\nw',
      sections: ['core', 'circumstances', 'impact', 'correctiveActions'],
    },
    {
      name: 'splits the 2009 headings including links and other material',
      text: 'BREACH REPORT\n1. Background information\nx\n2. Circumstances of breach\ny\n3. Reactions and impact\nz\n4. Corrective actions taken\nw\n5. Links to published statements\nv\n6. Any other relevant supporting material\nu',
      sections: ['core', 'circumstances', 'impact', 'correctiveActions', 'links', 'other'],
    },
    {
      name: 'reads headings in any case and with a "Section" prefix',
      text: 'SECTION 1: CORE INFORMATION\nx\nsection 2 circumstances of the breach\ny',
      sections: ['core', 'circumstances'],
    },
    {
      name: 'does not read a sentence that repeats a heading\'s words as a heading',
      text: '1. Core Information\nx\nImpact of the breach was small and the team acted quickly to fix it.\n',
      sections: ['core'],
    },
    {
      name: 'infers the core and circumstances sections of a web copy without headings',
      text: 'Breach report\n\nName of producer organisation\tAcme Statistics Office\nDate of report\t3 May 2020\nNature of breach\tLate release.',
      sections: ['core', 'circumstances'],
    },
  ])('$name', ({ text, sections }) => {
    expect(sectionNames(text)).toEqual(sections);
  });

  it('starts a section body where a label run into its heading begins', () => {
    const { doc, split } = cells('1. Core InformationName of producer organisationAcme Statistics Office');
    const core = split.sections.find((section) => section.name === 'core');
    expect(core && core.heading && doc.text.slice(core.heading.start, core.heading.end)).toBe('1. Core Information');
    expect(core && doc.text.slice(core.start, core.end)).toBe('Name of producer organisationAcme Statistics Office');
  });
});

describe('splitSections: numbered headings in other styles', () => {
  it.each([
    ['SECTION 4 – CORRECTIVE ACTIONS (TAKEN OR PLANNED)', 'correctiveActions'],
    ['1 | CORE INFORMATION', 'core'],
    ['3 - Impact of the breach', 'impact'],
  ])('reads %j as a heading', (heading, name) => {
    expect(sectionNames(`Intro line\n\n${heading}\nSome text here.`)).toContain(name);
  });
});

describe('splitSections: label and value cells', () => {
  it.each([
    { name: 'reads a value glued to its 2018 label', text: '1. Core Information\nName of producer organisationAcme Statistics Office\nDate of report\t3 May 2020', key: 'producer', value: 'Acme Statistics Office' },
    { name: 'reads a value after a tab', text: '1. Core Information\nName of producer organisation\tAcme Statistics Office\nDate of report\t3 May 2020', key: 'producer', value: 'Acme Statistics Office' },
    { name: 'reads a value stacked under its 2009 label', text: '1. Background information\n\nName of Producer Organisation\n\nBorsetshire Office for Figures\n\nName of Statistical Output\n\nParish Counts', key: 'producer', value: 'Borsetshire Office for Figures' },
    { name: 'reads a label that wraps onto the next line', text: '1. Core Information\nName and contact details of person dealing\nwith this report\tJane Doe\nDate of report\t3 May 2020', key: 'reporter', value: 'Jane Doe' },
    { name: 'reads the value under a truncated Head of Profession label', text: '1. Core Information\nName and contact details of Head of\nProfession for Statistics or Lead\nJane Doe\nDate of report\t3 May 2020', key: 'headOfProfession', value: 'Jane Doe' },
    { name: 'keeps a bracketed guidance note with its label', text: '1. Core Information\nDate of report (dd/mm/yyyy)\t3 May 2020\nName of producer organisation\tAcme', key: 'reportDate', value: '3 May 2020' },
    { name: 'reads a markdown pipe row', text: '| Information needed | Response |\n|---|---|\n| Name of producer organisation | Acme Statistics Office |\n| Date of report | 3 May 2020 |', key: 'producer', value: 'Acme Statistics Office' },
    { name: 'leaves an empty cell empty when the next line is the next label', text: '1. Core Information\nName of producer organisation\nDate of report\t3 May 2020', key: 'producer', value: '' },
    { name: 'leaves a cell of only "|" empty', text: '1. Core Information\n| Name of producer organisation | |\n| Date of report | 3 May 2020 |', key: 'producer', value: '' },
    { name: 'skips a "| Response |" line between a label and its value', text: '1. Core Information\nName of producer organisation\n| Response |\nAcme Statistics Office\nDate of report\t3 May 2020', key: 'producer', value: 'Acme Statistics Office' },
    { name: 'does not take "| Response |" remnants as a value', text: '| Information needed | Response |\n---|---|\n| Date of report | 3 May 2020 |', key: 'reportDate', value: '3 May 2020' },
    { name: 'ends the last table cell of a section at the first blank line', text: '2. Circumstances of breach\nDate of occurrence of breach\t3 May 2020\n\nSome narrative about what happened.', key: 'occurrenceDate', value: '3 May 2020' },
    // A one-value cell that ends its section, in a stacked layout, is followed by the account after a blank line.
    { name: 'ends a stacked date cell at the blank line before the account', text: '2. Circumstances of breach\nRelevant principle(s) and practice(s)\nT3.4\n\nDate of occurrence of breach\nMarch 2020\n\nOn Friday the team found that the access controls were wrong.', key: 'occurrenceDate', value: 'March 2020' },
    { name: 'ends a stacked date cell at the blank line before an HTML paragraph', text: '2. Circumstances of breach\nRelevant principle(s) and practice(s)\nT3.4\nDate of occurrence of breach\n4 May 2021\n\n<p>The bulletin went live early.</p>', key: 'occurrenceDate', value: '4 May 2021' },
    { name: 'ends a stacked producer cell that ends its section at the blank line', text: '1. Background information\nName of statistical output\nParish Counts\nName of producer organisation\nBorsetshire Office for Figures\n\nThis report was written after the release.', key: 'producer', value: 'Borsetshire Office for Figures' },
    // A guidance label in a table row ends at the tab before the answer.
    { name: 'ends the account guidance at the tab before the answer', text: '2. Circumstances of breach\nGive an account of what happened including roles of persons involved, dates, times etc\tThe page went live at 16:45.\n\n3. Impact of the breach\nNone.', key: 'account', value: '' },
    // What stands between a label and its value is no part of the value.
    { name: 'reads a value after an em-dash', text: '1 | CORE INFORMATION\nName of producer organisation — Westmoor Data Office\nDate of breach report — 3 May 2020', key: 'producer', value: 'Westmoor Data Office' },
    { name: 'reads a value after a dotted leader', text: 'CORE INFORMATION\nName of producer organisation ........ Westmoor Data Office\nDate of breach report ....... 3 May 2020', key: 'producer', value: 'Westmoor Data Office' },
    { name: 'reads a value after " - " and drops a dash left at its end', text: '1. Core Information\nName of producer organisation - Westmoor Data Office -\nDate of breach report - 3 May 2020', key: 'producer', value: 'Westmoor Data Office' },
    // A flattened table runs the next row's label on after a value, on the same line.
    { name: 'ends a value where the next row\'s label runs on after a space', text: '1. Background information\nName of Producer Organisation\nFenland Statistics Unit Name and contact details of person submitting this report\nNoor Aziz, 3 May 2010', key: 'producer', value: 'Fenland Statistics Unit' },
    { name: 'reads the value of a label that runs on after a space', text: '1. Background information\nName of Producer Organisation\nFenland Statistics Unit Name and contact details of person submitting this report\nNoor Aziz, 3 May 2010', key: 'reporter', value: 'Noor Aziz, 3 May 2010' },
    { name: 'ends a value where the next label is glued to it', text: '1. Core Information\nName of producer organisation\tWessex Data OfficeDate of breach report\t4 June 2021', key: 'producer', value: 'Wessex Data Office' },
    { name: 'reads a date cell whose label is glued after a tab value', text: '1. Core Information\nName of producer organisation\tWessex Data OfficeDate of breach report\t4 June 2021', key: 'reportDate', value: '4 June 2021' },
    { name: 'ends an output title where the producer label runs on in a one-line row', text: '1. Core Information\nTitle and link to statistical output Monthly Harbour Counts Name of producer organisation Port Statistics Board', key: 'output', value: 'Monthly Harbour Counts' },
    { name: 'does not end a narrative at a capitalised label phrase inside it', text: '2. Circumstances of breach\nNature of breach\tThe tables were late. Reasons for breach were many.\nDate of occurrence of breach\t3 May 2020', key: 'nature', value: 'The tables were late. Reasons for breach were many.' },
    { name: 'does not read a label word in the middle of a sentence as a label', text: '1. Core Information\nWe checked the name of producer organisation records.\nDate of report\t3 May 2020', key: 'producer', value: undefined },
  ])('$name', ({ text, key, value }) => {
    expect(cells(text).value(key)).toBe(value);
  });

  it.each([
    { text: 'Name of producer organisation\tAcme\nDate of report\t3 May 2020', layout: 'table' },
    { text: 'Name of Producer Organisation\n\nAcme\n\nDate of report\n\n3 May 2020', layout: 'stacked' },
  ] as const)('reads the layout of $layout reports', ({ text, layout }) => {
    expect(cells(text).split.layout).toBe(layout);
  });
});

describe('detectEdition', () => {
  it.each([
    ['1. Core Information\nInformation needed\tResponse', '2018'],
    ['1. Background information\n3. Reactions and impact', '2009'],
    ['REPORT OF A BREACH OF THE CODE OF PRACTICE FOR STATISTICS\nPrinciple T3 Practice T3.4', '2018'],
    ['BREACH OF THE CODE OF PRACTICE FOR OFFICIAL STATISTICS\nProtocol 2 Practice 4', '2009'],
    ['A note.', null],
  ] as const)('%j -> %s', (text, edition) => {
    expect(detectEdition({ text }).value).toBe(edition);
  });
});

// Template-like texts: labels, headings, values and separators in random order, then mutated.
const piece = fc.constantFrom(
  '1. Core Information', '2. Circumstances of breach', '3. Impact of the breach', '4. Corrective actions (taken or planned)', '5. Links to published statements',
  '1. Background information', '3. Reactions and impact', 'Information needed | Response', '| Information needed | Response |', '---|---|',
  'Name of producer organisation', 'Name of Producer Organisation', 'Title and link to statistical output', 'Name and contact details of person dealing with this report',
  'Name and contact details of Head of\nProfession for Statistics or Lead', 'Date of report', 'Relevant principle(s) and practice(s)', 'Date of occurrence of breach',
  'Nature of breach', 'Reasons for breach', 'Give an account of what happened', 'Provide details of the impact', 'Describe the short-term actions',
  'Acme Statistics Office', 'Jane Doe', '3 May 2020', 'T3.6', 'Protocol 2 Practice 4', '(dd/mm/yyyy)', '(', ')', '|', '\t', '\n', '\n\n', ' ',
);
const template = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
const mutated = fc
  .tuple(template, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 4 })), { maxLength: 6 }))
  .map(([text, edits]) => edits.reduce((out, [at, remove, insert]) => {
    const index = out.length === 0 ? 0 : at % out.length;
    return out.slice(0, index) + insert + out.slice(index + remove);
  }, text));

function checkSpans(doc: NormalisedDocument, split: Sectioned): void {
  const length = doc.text.length;
  let previous = -1;
  for (const section of split.sections) {
    expect(section.start).toBeGreaterThanOrEqual(0);
    expect(section.end).toBeLessThanOrEqual(length);
    expect(section.start).toBeLessThanOrEqual(section.end);
    expect(section.start).toBeGreaterThanOrEqual(previous);
    previous = section.start;
    if (section.heading) {
      expect(section.heading.start).toBeLessThanOrEqual(section.heading.end);
      expect(section.heading.end).toBeLessThanOrEqual(section.start);
    }
  }
  let previousLabel = -1;
  for (const field of split.fields) {
    expect(field.label.start).toBeGreaterThanOrEqual(0);
    expect(field.label.start).toBeLessThan(field.label.end);
    expect(field.label.start).toBeGreaterThan(previousLabel);
    expect(field.label.end).toBeLessThanOrEqual(field.value.start);
    expect(field.value.start).toBeLessThanOrEqual(field.value.end);
    expect(field.value.end).toBeLessThanOrEqual(length);
    previousLabel = field.label.start;
  }
}

describe('splitter properties', () => {
  it('never throws on arbitrary strings and keeps every span in range and ordered', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 })), (text) => {
        const doc = docOf(text);
        checkSpans(doc, splitSections(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on template-like and mutated texts and keeps every span in range and ordered', () => {
    fc.assert(
      fc.property(fc.oneof(template, mutated), (text) => {
        const doc = docOf(text);
        checkSpans(doc, splitSections(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('finds a label at every line that starts with a whole label', () => {
    fc.assert(
      fc.property(fc.constantFrom('Name of producer organisation', 'Date of report', 'Nature of breach', 'Date of occurrence of breach'), fc.constantFrom('\t', '\n', ''), fc.constantFrom('Acme Office', 'Jane Doe'), (label, separator, value) => {
        const doc = docOf(`1. Core Information\n${label}${separator}${value}`);
        const fields = splitSections(doc).fields;
        expect(fields).toHaveLength(1);
        const field = fields[0];
        expect(field && doc.text.slice(field.label.start, field.label.end)).toBe(label);
        expect(field && doc.text.slice(field.value.start, field.value.end)).toBe(value);
      }),
      { numRuns: 50 },
    );
  });
});

describe('splitSections: preamble', () => {
  it('keeps the text before the first heading as the preamble', () => {
    const doc = docOf('BREACH REPORT\n1. Core Information\nx');
    const preamble = splitSections(doc).sections.find((section) => section.name === 'preamble');
    expect(preamble && doc.text.slice(preamble.start, preamble.end)).toBe('BREACH REPORT\n');
  });
});
