import { describe, expect, it } from 'vitest';
import { findUrls, foldSpaces, lines, paragraphs, parseNumber, trimSpanBy } from '../../../src/extract/values/text.js';

const show = (text: string, spans: { start: number; end: number }[]) => spans.map((span) => text.slice(span.start, span.end));

describe('foldSpaces', () => {
  it.each([
    ['a  b', 'a b'],
    [' a\n\tb ', 'a b'],
    ['', ''],
  ])('%j -> %j', (text, folded) => expect(foldSpaces(text)).toBe(folded));
});

describe('trimSpanBy', () => {
  it.each([
    ['  abc  ', /\s/, 'abc'],
    ['| abc |', /[\s|]/, 'abc'],
    ['    ', /\s/, ''],
  ] as const)('%j -> %j', (text, strip, trimmed) => {
    const span = trimSpanBy(text, { start: 0, end: text.length }, strip);
    expect(text.slice(span.start, span.end)).toBe(trimmed);
  });
});

describe('paragraphs and lines', () => {
  it.each([
    ['one\ntwo\n\nthree', ['one\ntwo', 'three']],
    ['\n\n  one  \n \n two', ['one', 'two']],
    ['', []],
  ] as const)('paragraphs of %j', (text, expected) => {
    expect(show(text, paragraphs(text, { start: 0, end: text.length }))).toEqual(expected);
  });

  it.each([
    ['one\n  two \n\nthree', ['one', 'two', 'three']],
    ['', []],
  ] as const)('lines of %j', (text, expected) => {
    expect(show(text, lines(text, { start: 0, end: text.length }))).toEqual(expected);
  });

  it('keeps the spans inside a sub-span', () => {
    const text = 'xx one\n\ntwo yy';
    expect(show(text, paragraphs(text, { start: 3, end: 11 }))).toEqual(['one', 'two']);
  });
});

describe('parseNumber', () => {
  it.each([
    ['8', 8],
    ['eight', 8],
    ['Eighteen', 18],
    ['a', 1],
    ['an', 1],
    ['1.5', 1.5],
    ['many', null],
    ['', null],
  ] as const)('%j -> %j', (word, value) => expect(parseNumber(word)).toBe(value));
});

describe('findUrls', () => {
  it.each([
    ['see https://a.example.org/x.', ['https://a.example.org/x']],
    ['(https://a.example.org/x)', ['https://a.example.org/x']],
    ['www.example.gov.uk/page, and http://b.example.org', ['www.example.gov.uk/page', 'http://b.example.org']],
    ['https://a.example.org/wiki/Item_(thing) end', ['https://a.example.org/wiki/Item_(thing)']],
    ['no links here', []],
  ] as const)('%j -> %j', (text, urls) => {
    const found = findUrls(text);
    expect(found.map((item) => item.url)).toEqual(urls);
    for (const item of found) expect(text.slice(item.span.start, item.span.end)).toBe(item.url);
  });
});
