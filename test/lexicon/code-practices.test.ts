// The codebook's data: every code in canonical form, under an existing parent one level up, with a short title and
// a cited source; practice numbers without gaps; the practices held per principle and protocol, exactly as read
// (see the coverage note in code-practices.ts); the crosswalk from 2009 to 2018 codes the book holds; and every
// code the corpus's reports cite has a title.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { practiceTitle } from '../../src/codebook/codebook.js';
import { codeCrosswalk, codeEntries, codeSources, type CodeEntry } from '../../src/lexicon/code-practices.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const byCode = new Map(codeEntries.map((entry) => [entry.code, entry]));

const forms: Record<string, RegExp> = {
  '2018 pillar': /^[TQV]$/,
  '2018 principle': /^[TQV]\d$/,
  '2018 practice': /^[TQV]\d\.\d+$/,
  '2009 principle': /^P\d$/,
  '2009 protocol': /^Pr\d$/,
  '2009 practice': /^(?:P|Pr)\d\.\d+$/,
  'order order': /^PRA-ORDER$/,
};

const parentLevel: Record<CodeEntry['level'], CodeEntry['level'] | null> = {
  pillar: null,
  principle: 'pillar',
  protocol: null,
  practice: 'principle',
  order: null,
};

const practices = codeEntries.filter((entry) => entry.level === 'practice');
const practiceCounts = (edition: CodeEntry['edition']): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const entry of codeEntries.filter((candidate) => candidate.edition === edition)) {
    if (entry.level === 'principle' || entry.level === 'protocol') counts[entry.code] = 0;
  }
  for (const entry of practices.filter((candidate) => candidate.edition === edition)) {
    counts[entry.parent ?? ''] = (counts[entry.parent ?? ''] ?? 0) + 1;
  }
  return counts;
};

describe('codeEntries', () => {
  it('holds each code once', () => {
    expect(new Set(codeEntries.map((entry) => entry.code)).size).toBe(codeEntries.length);
  });

  it.each(codeEntries.map((entry) => [entry.code, entry] as const))(
    '%s is canonical, titled, sourced and under its parent',
    (_code, entry) => {
      expect(entry.code).toMatch(forms[`${entry.edition} ${entry.level}`] ?? /^$/);
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.title.length).toBeLessThanOrEqual(90);
      expect(codeSources.some((source) => source.id === entry.source)).toBe(true);
      const parent = entry.parent === null ? null : byCode.get(entry.parent);
      if (entry.edition === '2018') expect(parent?.level ?? null).toBe(parentLevel[entry.level]);
      else if (entry.level === 'practice') expect(['principle', 'protocol']).toContain(parent?.level);
      else expect(entry.parent).toBeNull();
      if (parent) expect(parent.edition).toBe(entry.edition);
    },
  );

  it('puts each practice under the principle or protocol its code names', () => {
    for (const entry of practices) expect(entry.parent, entry.code).toBe(entry.code.split('.')[0]);
  });

  it('numbers the practices of each principle from 1 without gaps', () => {
    const numbers = new Map<string, number[]>();
    for (const entry of codeEntries.filter((candidate) => candidate.level === 'practice')) {
      const [parent, number] = entry.code.split('.');
      numbers.set(parent ?? '', [...(numbers.get(parent ?? '') ?? []), Number(number)]);
    }
    expect(numbers.size).toBeGreaterThan(0);
    for (const [parent, list] of numbers) expect(list, parent).toEqual(list.map((_number, index) => index + 1));
  });

  it('cites every source over https, and cites each source somewhere', () => {
    const cited = new Set([...codeEntries.map((entry) => entry.source), ...codeCrosswalk.map((entry) => entry.source)]);
    for (const source of codeSources) {
      expect(source.url, source.id).toMatch(/^https:\/\//);
      expect(cited.has(source.id), source.id).toBe(true);
    }
    expect(new Set(codeSources.map((source) => source.id)).size).toBe(codeSources.length);
  });

  it('holds the 2018 practices read, per principle (none of V2, whose text was not found)', () => {
    expect(practiceCounts('2018')).toEqual({
      T1: 4, T2: 7, T3: 8, T4: 6, T5: 6, T6: 5,
      Q1: 7, Q2: 6, Q3: 5,
      V1: 6, V2: 0, V3: 5, V4: 7, V5: 6,
    });
  });

  it('holds no 2009 practice, none of their texts having been found', () => {
    expect(practiceCounts('2009')).toEqual({
      P1: 0, P2: 0, P3: 0, P4: 0, P5: 0, P6: 0, P7: 0, P8: 0,
      Pr1: 0, Pr2: 0, Pr3: 0,
    });
  });

  it('cites for each 2018 practice the page of its own principle (or the 2022 revision)', () => {
    for (const entry of practices.filter((candidate) => candidate.edition === '2018')) {
      const own = `code-2018-${(entry.parent ?? '').toLowerCase()}`;
      expect([own, 'code-2018-t3-2022'], entry.code).toContain(entry.source);
      expect(byCode.get(entry.parent ?? '')?.source, entry.code).toBe(own);
    }
  });

  it('gives each practice a short title of its own: 3 to 14 words, none repeated', () => {
    for (const entry of practices) {
      const words = entry.title.split(/\s+/).length;
      expect(words, entry.code).toBeGreaterThanOrEqual(3);
      expect(words, entry.code).toBeLessThanOrEqual(14);
    }
    expect(new Set(practices.map((entry) => entry.title)).size).toBe(practices.length);
  });

  it.each([
    ['T3', 'Orderly release'],
    ['V2', 'Accessibility'],
    ['Pr2', 'Release practices'],
    ['P5', 'Confidentiality'],
    ['Q1', 'Suitable data sources'],
  ])('names %s as the Code does: %s', (code, title) => {
    expect(byCode.get(code)?.title).toBe(title);
  });
});

describe('practiceTitle', () => {
  it.each([
    ['T3.6', byCode.get('T3.6')?.title],
    ['Pr2.4', 'Release practices, practice 4'],
    ['P8.3', 'Frankness and accessibility, practice 3'],
    ['T6.2', byCode.get('T6.2')?.title],
    ['V2.3', 'Accessibility, practice 3'],
    ['X9.1', null],
    ['PRA-ORDER', byCode.get('PRA-ORDER')?.title],
  ])('titles %s', (code, title) => {
    expect(practiceTitle(code)).toBe(title);
  });
});

describe('codeCrosswalk', () => {
  it('maps 2009 codes the book holds to 2018 codes it holds', () => {
    for (const entry of codeCrosswalk) {
      expect(byCode.get(entry.from)?.edition, entry.from).toBe('2009');
      expect(entry.to.length).toBeGreaterThan(0);
      for (const code of entry.to) expect(byCode.get(code)?.edition, code).toBe('2018');
      expect(codeSources.some((source) => source.id === entry.source)).toBe(true);
    }
  });

  it('covers every 2009 principle and protocol', () => {
    const from = new Set(codeCrosswalk.map((entry) => entry.from));
    for (const entry of codeEntries.filter((candidate) => candidate.edition === '2009' && candidate.level !== 'practice')) expect(from.has(entry.code), entry.code).toBe(true);
  });
});

const skipCorpus = !existsSync(corpus);
if (skipCorpus) console.log(`corpus codes not checked: ${corpus} is not there`);

describe.skipIf(skipCorpus)('the corpus', () => {
  it('cites only codes the codebook titles', () => {
    const codes = readdirSync(corpus)
      .filter((name) => name.endsWith('.gold.json'))
      .flatMap((name) => (JSON.parse(readFileSync(join(corpus, name), 'utf8')) as { practices?: (string | { code: string })[] }).practices ?? [])
      // Gold files list the codes, or items with a code.
      .map((item) => (typeof item === 'string' ? item : item.code));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(practiceTitle(code), code).not.toBeNull();
  });
});
