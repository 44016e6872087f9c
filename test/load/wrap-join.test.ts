import { describe, expect, it } from 'vitest';
import { collectWordEvidence, joinWrapped } from '../../src/load/wrap-join.js';

const none = collectWordEvidence('');

describe('joinWrapped', () => {
  it('joins ordinary wrapped lines with one space', () => {
    expect(joinWrapped('the release was', 'withdrawn', none)).toBe('the release was withdrawn');
  });
  it('removes a hyphenation hyphen', () => {
    expect(joinWrapped('the stati-', 'stician on duty', none)).toBe('the statistician on duty');
  });
  it('keeps a hyphen the document writes elsewhere, or after a compound prefix', () => {
    expect(joinWrapped('a follow-', 'up visit', collectWordEvidence('the follow-up visit'))).toBe('a follow-up visit');
    expect(joinWrapped('the pre-', 'announced time', none)).toBe('the pre-announced time');
  });
  it('removes the hyphen when the document writes the word solid', () => {
    expect(joinWrapped('the pre-', 'release list', collectWordEvidence('prerelease access'))).toBe('the prerelease list');
  });
  it('continues a URL broken after a separator without a space', () => {
    expect(joinWrapped('see https://example.org/data-and-', 'information/tables', none)).toBe('see https://example.org/data-and-information/tables');
    expect(joinWrapped('at https://example.org/releases/', 'july-2021', none)).toBe('at https://example.org/releases/july-2021');
    expect(joinWrapped('name@agency-', 'office.example', none)).toBe('name@agency-office.example');
  });
  it('does not glue a sentence that ends with an address to the next sentence', () => {
    expect(joinWrapped('see www.example.org.', 'Then', none)).toBe('see www.example.org. Then');
  });
  it('drops a soft hyphen', () => {
    expect(joinWrapped('publi\u00ad', 'cation', none)).toBe('publication');
  });
});
