import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, isGlob } from '../../src/batch/glob.js';

describe('glob patterns', () => {
  it.each([
    ['reports/**/*.pdf', 'reports/2021/a.pdf', true],
    ['reports/**/*.pdf', 'reports/a.pdf', true],
    ['reports/**/*.pdf', 'reports/a.docx', false],
    ['reports/*.pdf', 'reports/2021/a.pdf', false],
    ['reports/20??-*.txt', 'reports/2021-late.txt', true],
    ['reports/{a,b}/*.txt', 'reports/b/x.txt', true],
    ['reports/{a,b}/*.txt', 'reports/c/x.txt', false],
    ['reports/[ab]*.md', 'reports/b1.md', true],
    ['reports/[!ab]*.md', 'reports/b1.md', false],
    ['reports/a+b (1).txt*', 'reports/a+b (1).txt', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  it.each([
    ['reports/**/*.pdf', 'reports'],
    ['*.txt', '.'],
    ['/data/in/*.pdf', '/data/in'],
    ['a/b/c?.txt', 'a/b'],
  ])('walks %s from %s', (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });

  it('tells patterns from plain paths', () => {
    expect(isGlob('reports/*.pdf')).toBe(true);
    expect(isGlob('reports/late release (2021).pdf')).toBe(false);
  });
});
