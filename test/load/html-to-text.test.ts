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
