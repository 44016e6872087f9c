import { describe, expect, it } from 'vitest';
import { statementLinksExtractor } from '../../src/extract/statement-links.js';
import { quoteOf, run } from '../helpers.js';

const cell = (value: string) => `1. Core Information\nName of producer organisation\tNorthshire Data Agency\nLink to published statement about the breach${value}\nDate of report\t3 May 2020`;

const rows: { name: string; text: string; links: string[]; quotes?: string[]; warns: boolean }[] = [
  {
    name: 'reads a URL in the 2018 cell',
    text: cell('\thttps://stats.example.org/news/breach-statement'),
    links: ['https://stats.example.org/news/breach-statement'],
    quotes: ['https://stats.example.org/news/breach-statement'],
    warns: false,
  },
  {
    name: 'reads a URL glued to its label and drops sentence punctuation after it',
    text: cell('See https://stats.example.org/statement.'),
    links: ['https://stats.example.org/statement'],
    quotes: ['https://stats.example.org/statement'],
    warns: false,
  },
  {
    name: 'prefixes a bare www address with http://',
    text: cell('\twww.example.gov.uk/breach'),
    links: ['http://www.example.gov.uk/breach'],
    quotes: ['www.example.gov.uk/breach'],
    warns: false,
  },
  {
    name: 'keeps a URL given twice once',
    text: cell('\thttps://stats.example.org/s1 and https://stats.example.org/s1/'),
    links: ['https://stats.example.org/s1'],
    quotes: ['https://stats.example.org/s1'],
    warns: false,
  },
  {
    name: 'reads the links section of a 2009 report',
    text: '4. Corrective actions taken\n\nNone.\n\n5. Links to published statements about the breach\n\nhttp://valley.example.gov.uk/notice\nhttp://valley.example.gov.uk/notice2',
    links: ['http://valley.example.gov.uk/notice', 'http://valley.example.gov.uk/notice2'],
    quotes: ['http://valley.example.gov.uk/notice', 'http://valley.example.gov.uk/notice2'],
    warns: false,
  },
  { name: 'gives no links and no warning for "N/A"', text: cell('\tN/A'), links: [], warns: false },
  { name: 'gives no links and no warning for an empty cell', text: cell(''), links: [], warns: false },
  { name: 'gives no links but warns for text without an address', text: cell('\tA notice was put on the release page.'), links: [], warns: true },
];

describe('statementLinksExtractor', () => {
  it.each(rows)('$name', (row) => {
    const result = run(statementLinksExtractor, row.text);
    expect(result.result.value).toEqual(row.links);
    (row.quotes ?? []).forEach((quote, index) => expect(quoteOf(result, `statementLinks[${index}]`)).toBe(quote));
    expect(result.result.messages.some((message) => message.code === 'field-not-found')).toBe(row.warns);
  });
});
