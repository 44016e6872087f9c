import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/load/html-to-text.js';

describe('htmlToText tables', () => {
  it('keeps a row on one line with the cell paragraphs right after the label', () => {
    const html = '<table><tr><td><p>Label</p></td><td><p>First</p><p>Second</p></td></tr><tr><td><p>Next</p></td><td><p>Value</p></td></tr></table><p>After</p>';
    expect(htmlToText(html)).toBe('Label\tFirst\nSecond\nNext\tValue\n\nAfter');
  });
  it('makes a merged full-width row a block of its own', () => {
    const html = '<table><tr><td>Date</td><td>8 July</td></tr><tr><td colspan="2"><p>Narrative one.</p><p>Two.</p></td></tr></table>';
    expect(htmlToText(html)).toBe('Date\t8 July\n\nNarrative one.\nTwo.');
  });
  it('closes cells and rows whose end tags are left out', () => {
    expect(htmlToText('<table><tr><td>A<td>B<tr><td>C<td>D</table>')).toBe('A\tB\nC\tD');
  });
  it('keeps link targets inside cells', () => {
    expect(htmlToText('<table><tr><td>Link</td><td><a href="https://example.org/x">statement</a></td></tr></table>')).toBe('Link\tstatement (https://example.org/x)');
  });
});

// Pages as HTML5 lets them be written, and as a hostile page writes them: read with an HTML5 parser, as a browser
// reads them. Each failed with the regular-expression reader, most as "the file contains no text".
describe('htmlToText on pages HTML5 lets leave things out', () => {
  it.each([
    ['no </head>', '<!doctype html><html><head><title>Breach</title><meta charset="utf-8"><p>Name of producer\tOffice</p>', 'Name of producer Office'],
    ['no <head> or <body> at all', '<title>T</title><h2>Core information</h2><p>Office', 'Core information\n\nOffice'],
    ['an unclosed <footer> before the report', '<body><footer>Site links<main><h2>Report</h2><p>Text</p></main></body>', 'Site links\n\nReport\n\nText'],
    ['an unclosed <nav> before the report', '<body><nav><a href="/">Home</a><article><h2>Report</h2><p>Text', 'Home\n\nReport\n\nText'],
    ['a closed <nav> and <footer> around it', '<nav>Menu</nav><main><p>Report</p></main><footer>Cookies</footer>', 'Report'],
    ['paragraphs and items whose end tags are left out', '<p>One<p>Two<ul><li>A<li>B</ul>', 'One\n\nTwo\n\n- A\n\n- B'],
    ['a stray end tag and a comment', '<p>One</span><!-- note --> two</div></p>', 'One two'],
    ['entities, named and numeric', '<p>Si&acirc;n &amp; co &#8211; 9&#x2E;30am</p>', 'Siân & co – 9.30am'],
    ['a script whose text holds a closing tag', '<p>Before</p><script>var s = "</p><p>not shown";</script><p>After</p>', 'Before\n\nAfter'],
    ['CDATA outside foreign content (a bogus comment)', '<p>A<![CDATA[ hidden ]]>B</p>', 'AB'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('reads a page nested 100,000 elements deep without overflowing the stack', () => {
    const html = `${'<div>'.repeat(100_000)}<p>Deep report</p>${'</div>'.repeat(100_000)}`;
    expect(htmlToText(html)).toBe('Deep report');
  });
});
