// allMatches gives what matchAll gives, in the same order, and leaves the pattern as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../src/matches.js';
import { breachCues } from '../src/lexicon/breach-cues.js';
import { eventPatterns } from '../src/lexicon/events.js';

const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => ({ index: match.index, text: [...match], groups: match.groups }));

const patterns: RegExp[] = [
  /\b(?:published|released)\s+(\w+)/gi,
  // Empty matches, which must move on by one character, or by a whole code point in a Unicode pattern.
  /x*/g,
  /(?:)/gu,
  /\p{L}*/gu,
  /(?<day>\d{1,2}) (?<month>[A-Z][a-z]+)/g,
  /^\s*$/gm,
  ...Object.values(eventPatterns),
  ...breachCues.map((cue) => cue.pattern),
];

describe('allMatches', () => {
  it.each(patterns.map((pattern) => [String(pattern).slice(0, 60), pattern] as const))('matches as matchAll does: %s', (_, pattern) => {
    const text = 'On 3 May the tables were published early 😀 and released late.\n\nThe file was uploaded at 09:30, removed within two minutes.';
    expect(shape(allMatches(pattern, text))).toEqual(shape(text.matchAll(pattern)));
  });

  it('matches as matchAll does on any text, for any lastIndex, and leaves lastIndex as it was', () => {
    const words = fc.constantFrom('published', 'released ', 'early', ' ', '\n', '😀', 'x', '09:30', 'at', '.', 'was made available to');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.nat(40), fc.constantFrom(...patterns), (parts, lastIndex, pattern) => {
        const text = parts.join('');
        pattern.lastIndex = lastIndex;
        const expected = shape(text.matchAll(pattern));
        expect(shape(allMatches(pattern, text))).toEqual(expected);
        expect(pattern.lastIndex).toBe(lastIndex);
        pattern.lastIndex = 0;
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/x/, 'x')).toThrow(TypeError);
  });
});
