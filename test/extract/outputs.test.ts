import { describe, expect, it } from 'vitest';
import { codeEditionExtractor } from '../../src/extract/code-edition.js';
import { outputsExtractor } from '../../src/extract/outputs.js';
import type { Output } from '../../src/record/schema.js';
import { quoteOf, run } from '../helpers.js';

const cell = (value: string) => `1. Core Information\nTitle and link to statistical output${value}\nName of producer organisation\tNorthshire Data Agency`;

const rows: { name: string; text: string; outputs: Output[]; quotes?: string[] }[] = [
  {
    name: 'reads a title glued to its label',
    text: cell('Quarterly Widget Sales'),
    outputs: [{ title: 'Quarterly Widget Sales', urls: [] }],
    quotes: ['Quarterly Widget Sales'],
  },
  {
    name: 'reads a title with the link that follows it',
    text: cell('\tQuarterly Widget Sales: https://stats.example.org/widgets'),
    outputs: [{ title: 'Quarterly Widget Sales', urls: ['https://stats.example.org/widgets'] }],
    quotes: ['Quarterly Widget Sales'],
  },
  // Several titles, one a line.
  {
    name: 'reads two titles on their own lines, each ending with the period it covers',
    text: cell('\nCanal Traffic, England, 2019-20\nLock Repairs Survey, England, 2019-20'),
    outputs: [
      { title: 'Canal Traffic, England, 2019-20', urls: [] },
      { title: 'Lock Repairs Survey, England, 2019-20', urls: [] },
    ],
    quotes: ['Canal Traffic, England, 2019-20', 'Lock Repairs Survey, England, 2019-20'],
  },
  {
    name: 'reads a definition-list cell (": Title" lines) as one title a line',
    text: cell('\n: Harbour Counts, June 2021\n: Ferry Passengers Monthly'),
    outputs: [
      { title: 'Harbour Counts, June 2021', urls: [] },
      { title: 'Ferry Passengers Monthly', urls: [] },
    ],
  },
  {
    name: 'reads a bulleted cell as one title a line',
    text: cell('\n• Harbour Counts\n• Ferry Passengers Q3 2021'),
    outputs: [
      { title: 'Harbour Counts', urls: [] },
      { title: 'Ferry Passengers Q3 2021', urls: [] },
    ],
  },
  {
    name: 'joins a title wrapped over two lines',
    text: cell('\nMonthly Harbour Counts for England\nand Wales: June 2021'),
    outputs: [{ title: 'Monthly Harbour Counts for England and Wales: June 2021', urls: [] }],
  },
  {
    name: 'reads two titles each with its own link',
    text: cell('\tWidget Sales https://stats.example.org/a\n\nGadget Sales https://stats.example.org/b'),
    outputs: [
      { title: 'Widget Sales', urls: ['https://stats.example.org/a'] },
      { title: 'Gadget Sales', urls: ['https://stats.example.org/b'] },
    ],
    quotes: ['Widget Sales', 'Gadget Sales'],
  },
  // A title wrapped in quote marks as a whole, in three quoting styles and layouts.
  {
    name: 'drops curly quotes around a whole title, mixed marks included, and keeps inner quotes',
    text: cell('\t“Measuring ‘first to last’ journeys"'),
    outputs: [{ title: 'Measuring ‘first to last’ journeys', urls: [] }],
  },
  {
    name: 'drops straight quotes around a title glued to its label',
    text: cell('"Annual Canal Traffic, 2019"'),
    outputs: [{ title: 'Annual Canal Traffic, 2019', urls: [] }],
  },
  {
    name: 'drops single curly quotes around a title that a link follows',
    text: cell('\t‘Rural Bus Use’ https://stats.example.org/bus'),
    outputs: [{ title: 'Rural Bus Use', urls: ['https://stats.example.org/bus'] }],
  },
  {
    name: 'keeps the quotes of two quoted names in one title',
    text: cell('\t“Tides” and “Currents”'),
    outputs: [{ title: '“Tides” and “Currents”', urls: [] }],
  },
  {
    name: 'keeps a quote that only opens the title',
    text: cell('\t“Smart” Meter Installations'),
    outputs: [{ title: '“Smart” Meter Installations', urls: [] }],
  },
  { name: 'gives no outputs when the cell is empty and the next line is the next label', text: cell(''), outputs: [] },
];

describe('outputsExtractor', () => {
  it.each(rows)('$name', (row) => {
    const result = run(outputsExtractor, row.text);
    expect(result.result.value).toEqual(row.outputs);
    (row.quotes ?? []).forEach((quote, index) => expect(quoteOf(result, `outputs[${index}]`)).toBe(quote));
  });
});

describe('codeEditionExtractor', () => {
  it.each([
    { name: 'reads a 2018 report from its "Core Information" heading', text: '1. Core Information\nName of producer organisation\tX', edition: '2018', quote: 'Core Information' },
    { name: 'reads a 2009 report from its "Background information" heading', text: '1. Background information\n\nName of Producer Organisation\n\nX', edition: '2009', quote: 'Background information' },
    { name: 'reads a 2018 report from its practice codes alone', text: 'The breach concerned T3.6 of the Code.', edition: '2018', quote: 'T3.6' },
    { name: 'gives null when nothing tells the editions apart', text: 'A short note with no template.', edition: null, quote: undefined },
  ] as const)('$name', (row) => {
    const result = run(codeEditionExtractor, row.text);
    expect(result.result.value).toBe(row.edition);
    expect(quoteOf(result, 'codeEdition')).toBe(row.quote);
  });
});
