import { describe, expect, it } from 'vitest';
import { producerExtractor } from '../../src/extract/producer.js';
import { quoteOf, run } from '../helpers.js';

interface Row {
  name: string;
  text: string;
  producer: { name: string | null; abbreviation: string | null; canonical?: string | null };
  quotes?: Record<string, string>;
  warning?: string;
}

const rows: Row[] = [
  {
    name: 'reads a value glued to its 2018 table label',
    text: '1. Core Information\nName of producer organisationAcme Statistics Office\nName and contact details of person dealing with this reportJane Doe',
    producer: { name: 'Acme Statistics Office', abbreviation: null },
    quotes: { 'producer.name': 'Acme Statistics Office' },
  },
  {
    name: 'reads a value after a tab in a 2018 table row',
    text: '1. Core Information\nTitle and link to statistical output\tWidget Counts 2020\nName of producer organisation\tNorthshire Data Agency\nDate of report\t3 May 2020',
    producer: { name: 'Northshire Data Agency', abbreviation: null },
    quotes: { 'producer.name': 'Northshire Data Agency' },
  },
  {
    name: 'reads a value stacked under its 2009 label',
    text: '1. Background information\n\nName of Producer Organisation\n\nBorsetshire Office for Figures\n\nName of Statistical Output\n\nMonthly Parish Counts',
    producer: { name: 'Borsetshire Office for Figures', abbreviation: null },
    quotes: { 'producer.name': 'Borsetshire Office for Figures' },
  },
  {
    name: 'splits off a bracketed abbreviation',
    text: '1. Core Information\nName of producer organisation\tNorthshire Data Agency (NDA)\nDate of report\t3 May 2020',
    producer: { name: 'Northshire Data Agency', abbreviation: 'NDA' },
    quotes: { 'producer.name': 'Northshire Data Agency', 'producer.abbreviation': 'NDA' },
  },
  {
    name: 'splits off a leading abbreviation followed by a dash',
    text: '1. Core Information\nName of producer organisation\tWSB - Wessex Statistics Board\nDate of report\t3 May 2020',
    producer: { name: 'Wessex Statistics Board', abbreviation: 'WSB' },
    quotes: { 'producer.name': 'Wessex Statistics Board', 'producer.abbreviation': 'WSB' },
  },
  // Mixed-case abbreviations in brackets, in tab, glued and stacked layouts.
  {
    name: 'splits off a one-capital bracketed abbreviation that spells the name',
    text: '1. Core Information\nName of producer organisation\tDepartment for Moors and Fens (Demof)\nDate of report\t3 May 2020',
    producer: { name: 'Department for Moors and Fens', abbreviation: 'Demof' },
    quotes: { 'producer.name': 'Department for Moors and Fens', 'producer.abbreviation': 'Demof' },
  },
  {
    name: 'splits off a bracketed abbreviation with a lowercase letter inside, glued to its label',
    text: '1. Core Information\nName of producer organisationOffice for Harbours (OfH)\nDate of report\t3 May 2020',
    producer: { name: 'Office for Harbours', abbreviation: 'OfH' },
    quotes: { 'producer.abbreviation': 'OfH' },
  },
  {
    name: 'splits off a mixed-case abbreviation under a stacked 2009 label',
    text: '1. Background information\n\nName of Producer Organisation\n\nMinistry of Canals (MoC)\n\nName of Statistical Output\n\nLock Counts',
    producer: { name: 'Ministry of Canals', abbreviation: 'MoC' },
    quotes: { 'producer.abbreviation': 'MoC' },
  },
  {
    name: 'keeps a bracketed place name that does not spell the name',
    text: '1. Core Information\nName of producer organisation\tOffice for Rivers (England)\nDate of report\t3 May 2020',
    producer: { name: 'Office for Rivers (England)', abbreviation: null },
  },
  // A label word cut mid-word leaves its tail before the value.
  {
    name: 'drops the tail of a cut label word before the value',
    text: '1. Core Information\nName of producer organ isation Fenland Statistics Unit\nDate of report\t3 May 2020',
    producer: { name: 'Fenland Statistics Unit', abbreviation: null },
    quotes: { 'producer.name': 'Fenland Statistics Unit' },
  },
  {
    name: 'drops a label tail left alone on the line before a stacked value',
    text: '1. Background information\n\nName of Producer Organ-\nisation\nBorsetshire Office for Figures\n\nName of Statistical Output\n\nParish Counts',
    producer: { name: 'Borsetshire Office for Figures', abbreviation: null },
  },
  {
    name: 'drops a label tail split by a tab',
    text: '1. Core Information\nName of producer organisa\ttion\tWessex Data Office\nDate of report\t3 May 2020',
    producer: { name: 'Wessex Data Office', abbreviation: null },
  },
  {
    name: 'keeps a bracketed word that is not an abbreviation of the name as part of the name',
    text: '1. Core Information\nName of producer organisation\tOffice for Rural Counts (XYZQ)\nDate of report\t3 May 2020',
    producer: { name: 'Office for Rural Counts (XYZQ)', abbreviation: null },
    quotes: { 'producer.name': 'Office for Rural Counts (XYZQ)' },
  },
  {
    name: 'reads a producer from a markdown pipe table row',
    text: '## 1. Core Information\n\n| Information needed | Response |\n|---|---|\n| Name of producer organisation | Fenland Statistics Unit |\n| Date of report | 3 May 2020 |',
    producer: { name: 'Fenland Statistics Unit', abbreviation: null },
    quotes: { 'producer.name': 'Fenland Statistics Unit' },
  },
  {
    name: 'skips a "| Response |" header remnant between the label and its value',
    text: '1. Core Information\nName of producer organisation\n| Response |\nFenland Statistics Unit\nDate of report\t3 May 2020',
    producer: { name: 'Fenland Statistics Unit', abbreviation: null },
    quotes: { 'producer.name': 'Fenland Statistics Unit' },
  },
  {
    name: 'keeps joint producers as one name and warns',
    text: '1. Core Information\nName of producer organisation\tNorthshire Data Agency (NDA) and Wessex Statistics Board (WSB)\nDate of report\t3 May 2020',
    producer: { name: 'Northshire Data Agency (NDA) and Wessex Statistics Board', abbreviation: 'WSB' },
    warning: 'ambiguous-value',
  },
  {
    name: 'gives null when the producer cell is empty and the next line is the next label',
    text: '1. Core Information\nName of producer organisation\nName and contact details of person dealing with this report\tJane Doe\nDate of report\t3 May 2020',
    producer: { name: null, abbreviation: null },
    warning: 'field-not-found',
  },
  {
    name: 'gives null when the report has no producer label',
    text: '1. Core Information\nTitle and link to statistical output\tWidget Counts 2020\nDate of report\t3 May 2020',
    producer: { name: null, abbreviation: null },
    warning: 'field-not-found',
  },
  // No producer cell: the producer is the subject of the Authority's cover note before the report.
  {
    name: 'reads the producer from the cover note "... (ABC) has reported to the UK Statistics Authority"',
    text: 'Monthly Canal Counts\n\nThe Waterways Statistics Office (WSO) has reported to the UK Statistics Authority a breach of the Code of Practice.\n\n1. Circumstances of breach\nThe bulletin went out early.',
    producer: { name: 'The Waterways Statistics Office', abbreviation: 'WSO' },
    quotes: { 'producer.name': 'The Waterways Statistics Office', 'producer.abbreviation': 'WSO' },
  },
  {
    name: 'reads the producer from the cover note "... has notified the Statistics Authority of a breach"',
    text: 'Fenland Data Unit has notified the Statistics Authority of a breach of the Pre-release Access Order.\n\n1. Circumstances of breach\nAn e-mail went to the wrong list.',
    producer: { name: 'Fenland Data Unit', abbreviation: null },
  },
  {
    name: 'reads the producer after an opening clause ("On 4 May, the Borsetshire Office for Figures has informed ...")',
    text: 'On 4 May 2021, the Borsetshire Office for Figures has informed the UK Statistics Authority of a breach.\n\n1. Circumstances of breach\nThe tables were late.',
    producer: { name: 'Borsetshire Office for Figures', abbreviation: null },
  },
  {
    name: 'keeps the producer cell when there is one, whatever the cover note says',
    text: 'Someone Else has reported to the UK Statistics Authority a breach.\n\n1. Core Information\nName of producer organisation\tNorthshire Data Agency\nDate of report\t3 May 2020',
    producer: { name: 'Northshire Data Agency', abbreviation: null },
  },
  // A flattened table runs the contact cell onto the producer.
  {
    name: 'ends the producer before a glued name and e-mail address',
    text: '1. Core Information\nName of producer organisation\tWestmoor Data Office Jane Doe jane.doe@westmoor.example\nDate of report\t3 May 2020',
    producer: { name: 'Westmoor Data Office', abbreviation: null },
    quotes: { 'producer.name': 'Westmoor Data Office' },
  },
  {
    name: 'ends the producer before a glued name and telephone number, keeping its abbreviation',
    text: '| Name of producer organisation | Department for Canals (DfC) Tomasz Birchall 0161 496 0732 |\n| Date of report | 3 May 2020 |',
    producer: { name: 'Department for Canals', abbreviation: 'DfC' },
  },
  {
    name: 'ends the producer before a glued address with no name',
    text: '1. Core Information\nName of producer organisation\nFenland Statistics Unit, stats@fenland.example\nDate of report\t3 May 2020',
    producer: { name: 'Fenland Statistics Unit', abbreviation: null },
  },
  {
    name: 'keeps a producer whose last words are capitalised when no contact follows',
    text: '1. Core Information\nName of producer organisation\tPublic Health Scotland\nDate of report\t3 May 2020',
    producer: { name: 'Public Health Scotland', abbreviation: null, canonical: 'public-health-scotland' },
  },
];

describe('producerExtractor', () => {
  it.each(rows)('$name', (row) => {
    const result = run(producerExtractor, row.text);
    expect(result.result.value).toEqual({ canonical: null, ...row.producer });
    for (const [path, quote] of Object.entries(row.quotes ?? {})) expect(quoteOf(result, path)).toBe(quote);
    if (row.producer.name === null) expect(result.result.evidence['producer.name']).toBeUndefined();
    // A producer the table does not know is warned of, so the table can be extended.
    const unknownWarned = result.result.messages.some((message) => message.code === 'producer-unknown');
    expect(unknownWarned).toBe(row.producer.name !== null && !row.producer.canonical);
    if (row.warning) expect(result.result.messages.map((message) => message.code)).toContain(row.warning);
  });
});
