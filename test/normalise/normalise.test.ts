import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dehyphenate,
  foldGlyphs,
  foldWhitespace,
  normaliseBullets,
  normaliseDocument,
  normalisePageText,
  readMarkdown,
  stripInlineMarkup,
  unifyLineBreaks,
} from '../../src/normalise/normalise.js';
import { decodeEntities } from '../../src/normalise/entities.js';
import { removePageFurniture } from '../../src/normalise/furniture.js';

describe('normalise steps', () => {
  it.each([
    ['a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
    ['a\fb', 'a\n\nb'],
  ])('unifyLineBreaks %j -> %j', (input, output) => expect(unifyLineBreaks(input)).toBe(output));

  it.each([
    ['ofﬁce', 'office'],
    ['a\u00a0b', 'a b'],
    ['pub\u00adlication', 'publication'],
    ['non\u2011stop', 'non-stop'],
  ])('foldGlyphs %j -> %j', (input, output) => expect(foldGlyphs(input)).toBe(output));

  it.each([
    ['<p>One</p><p>Two</p>', '\n\nOne\n\n\n\nTwo\n\n'],
    ['a<br>b', 'a\nb'],
    ['<u>Name</u> of <i>producer</i>', 'Name of producer'],
    ['10<sup>th</sup> May', '10th May'],
    ['fewer than <5 minutes', 'fewer than <5 minutes'],
    ['Smith &amp; Sons &#8211; &lt;b&gt;', 'Smith & Sons – <b>'],
    ['a<!-- note -->b', 'ab'],
    ['<td>Label</td><td>Value</td>', '\tLabel\t\tValue\t'],
  ])('stripInlineMarkup %j -> %j', (input, output) => expect(stripInlineMarkup(input)).toBe(output));

  it.each([
    ['## 1. Core Information', '1. Core Information'],
    ['**Nature of breach**', 'Nature of breach'],
    ['| Name of producer organisation | Acme Statistics Office |', 'Name of producer organisation\tAcme Statistics Office\n'],
    ['---|---|', ''],
    ['| --- | :---: |', ''],
    ['| Response |', 'Response\n'],
    ['|', '\n'],
    ['a - b | c', 'a - b\tc'],
    ['plain text', 'plain text'],
  ])('readMarkdown %j -> %j', (input, output) => expect(readMarkdown(input)).toBe(output));

  it.each([
    ['• item', '- item'],
    ['  ▪ item', '  - item'],
    ['\uf0b7\titem', '- item'],
    ['* item', '- item'],
    ['*not* a bullet', '*not* a bullet'],
  ])('normaliseBullets %j -> %j', (input, output) => expect(normaliseBullets(input)).toBe(output));

  it.each([
    ['publi-\ncation', 'publication'],
    ['publi-\n  cation', 'publication'],
    ['publi- \ncation', 'publication'],
    ['2019-\n20', '2019-\n20'],
    ['Pre-\nRelease', 'Pre-\nRelease'],
  ])('dehyphenate %j -> %j', (input, output) => expect(dehyphenate(input)).toBe(output));

  it.each([
    ['a   b', 'a b'],
    ['a \t b', 'a\tb'],
    ['a  \nb', 'a\nb'],
    ['a\n   b', 'a\nb'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['\n\n a \n\n', 'a'],
  ])('foldWhitespace %j -> %j', (input, output) => expect(foldWhitespace(input)).toBe(output));

  it.each([
    ['&amp;', '&'],
    ['&#163;5', '£5'],
    ['&#x2013;', '–'],
    ['&unknown;', '&unknown;'],
    ['&#0;', '&#0;'],
  ])('decodeEntities %j -> %j', (input, output) => expect(decodeEntities(input)).toBe(output));
});

describe('normalisePageText', () => {
  it('turns a markdown table report into tab-separated cells with cell ends as blank lines', () => {
    const input = '## 1. Core Information\n\n| Information needed | Response |\n|---|---|\n| Name of producer organisation | Acme Statistics Office |\n| Date of report | 3 May 2020 |';
    expect(normalisePageText(input)).toBe('1. Core Information\n\nInformation needed\tResponse\n\nName of producer organisation\tAcme Statistics Office\n\nDate of report\t3 May 2020');
  });
});

describe('removePageFurniture', () => {
  it('drops "Page n of m" lines and running headers that repeat on most pages', () => {
    const pages = ['Northshire breach report\nFirst page body\nPage 1 of 3', 'Northshire breach report\nSecond page body\nPage 2 of 3', 'Northshire breach report\nThird page body\nPage 3 of 3'];
    expect(removePageFurniture(pages)).toEqual(['First page body', 'Second page body', 'Third page body']);
  });

  it('keeps a lone number on a single page that may be content', () => {
    expect(removePageFurniture(['Count\n42'])).toEqual(['Count\n42']);
  });
});

describe('normaliseDocument', () => {
  it('joins pages with a blank line and records each page span', () => {
    const doc = normaliseDocument({ pages: ['First  page', '<p>Second</p> page'], pageCount: 2 });
    expect(doc.text).toBe('First page\n\nSecond\n\npage');
    expect(doc.pages).toEqual([
      { number: 1, start: 0, end: 10 },
      { number: 2, start: 12, end: 24 },
    ]);
    expect(doc.paged).toBe(true);
  });

  it('marks a non-paged source', () => {
    expect(normaliseDocument({ pages: ['text'], pageCount: null }).paged).toBe(false);
  });
});

// Text that looks like converter output: template words, markup, bullets, tables, odd spaces and line breaks.
const fragment = fc.constantFrom(
  'Name of producer organisation', 'Acme Statistics Office', '1. Core Information', '## ', '**', '|', ' | ', '---|---|', '\t', '\n', '\n\n', '\r\n', '\f',
  '<p>', '</p>', '<br>', '<u>', '&amp;', '&#8211;', '•', '\uf0b7', '- ', '* ', 'publi-\ncation', '  ', '\u00a0', 'ﬁ', '\u00ad', 'Page 2 of 3', '3', 'T3.6', '09:30', 'é', '😀',
);
const templateLike = fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(templateLike, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

describe('normaliser properties', () => {
  it('never throws and keeps page spans in range, ordered and matching the page texts', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), fc.boolean(), (pages, paged) => {
        const doc = normaliseDocument({ pages, pageCount: paged ? pages.length : null });
        expect(doc.pages).toHaveLength(pages.length);
        let previousEnd = 0;
        doc.pages.forEach((page, index) => {
          expect(page.number).toBe(index + 1);
          expect(page.start).toBeGreaterThanOrEqual(previousEnd);
          expect(page.end).toBeGreaterThanOrEqual(page.start);
          expect(page.end).toBeLessThanOrEqual(doc.text.length);
          previousEnd = page.end;
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives text with no carriage returns, no runs of three line breaks and no edge white space', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = normalisePageText(text);
        expect(out).not.toMatch(/\r|\n{3,}|^\s|\s$/);
        expect(out).not.toMatch(/ {2,}/);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent on text without markup-like characters', () => {
    const plain = fc.array(fc.constantFrom('Acme', 'Office', 'release', 'T3.6', '09:30', ' ', '  ', '\n', '\n\n', '\t', ',', '.', '\u00a0', 'ﬁ', '•', '- '), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(plain, (text) => {
        const once = normalisePageText(text);
        expect(normalisePageText(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every letter and digit of text without markup, in order', () => {
    const words = fc.array(fc.constantFrom('Acme', 'Office', 'on', '3', 'May', '2020', ' ', '\n', '\t', '  '), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(words, (text) => {
        const letters = (value: string) => value.replace(/[^A-Za-z0-9]/g, '');
        expect(letters(normalisePageText(text))).toBe(letters(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('page joins', () => {
  it('keeps a sentence that runs over a page break in one paragraph', () => {
    const doc = normaliseDocument({ pages: ['The tables were uploaded to the', 'website at 10:15 that morning.'], pageCount: 2 });
    expect(doc.text).toBe('The tables were uploaded to the\nwebsite at 10:15 that morning.');
    expect(doc.pages.map((page) => doc.text.slice(page.start, page.end))).toEqual(['The tables were uploaded to the', 'website at 10:15 that morning.']);
  });

  it('separates pages by a blank line where a paragraph ends at the break', () => {
    const doc = normaliseDocument({ pages: ['The tables were uploaded late.', 'Users were told at 10:30.'], pageCount: 2 });
    expect(doc.text).toBe('The tables were uploaded late.\n\nUsers were told at 10:30.');
  });
});
