// Joins a line that a page layout wrapped onto the next one. A hyphen at the break is a real hyphen in
// addresses (URLs wrap at their hyphens and slashes), in words the document writes hyphenated elsewhere, and
// after common compound prefixes; otherwise it was put there by hyphenation and goes.

const compoundPrefixes = new Set(['non', 'pre', 'post', 'self', 'well', 'co', 'cross', 'multi', 'semi', 'anti', 'ex']);

/** Words of the document as written, so a break can be judged by how the same word is spelt elsewhere. */
export interface WordEvidence {
  hyphenated: ReadonlySet<string>;
  solid: ReadonlySet<string>;
}

/**
 * The document's words, hyphenated and solid. Only a hyphen at a line break consults them, so the text (or
 * the function that builds it) is read on first use: most documents never need it.
 */
export function collectWordEvidence(text: string | (() => string)): WordEvidence {
  let words: WordEvidence | null = null;
  const read = (): WordEvidence => {
    if (words) return words;
    const hyphenated = new Set<string>();
    const solid = new Set<string>();
    for (const word of (typeof text === 'string' ? text : text()).toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
      if (word.includes('-')) hyphenated.add(word);
      else solid.add(word);
    }
    words = { hyphenated, solid };
    return words;
  };
  return {
    get hyphenated() {
      return read().hyphenated;
    },
    get solid() {
      return read().solid;
    },
  };
}

const addressLike = /(?:\/\/|www\.|[/@\\]|\.[a-z]{2,}\/?|\d)/i;

/** The text after the last white space. Scans from the end: `text` is a whole cell or paragraph so far. */
function lastToken(text: string): string {
  let start = text.length;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start);
}

/** Joins `next` onto `previous` as the continuation of a wrapped line. */
export function joinWrapped(previous: string, next: string, evidence: WordEvidence): string {
  // trimEnd, not a regular expression anchored at the end, which would scan all of `previous` on every join.
  const before = previous.trimEnd();
  const after = next.trimStart();
  if (before === '') return after;
  if (after === '') return before;
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after;
  const token = lastToken(before);
  const firstWord = /^[^\s]*/.exec(after)?.[0] ?? '';
  // An address broken after one of its separators continues without a space.
  if (addressLike.test(token) && ((/[/\-_=&?#]$/.test(token) && /^[a-z0-9]/i.test(after)) || (token.endsWith('.') && /^[a-z]/.test(after)))) {
    return before + after;
  }
  const hyphenBreak = /([A-Za-z]+)-$/.exec(token);
  if (hyphenBreak && /^[a-z]/.test(after)) {
    const head = (hyphenBreak[1] ?? '').toLowerCase();
    const tail = (/^[a-z]+/.exec(firstWord)?.[0] ?? '').toLowerCase();
    const compound = `${head}-${tail}`;
    const keepHyphen = token.slice(0, -1).includes('-') || evidence.hyphenated.has(compound) || (!evidence.solid.has(head + tail) && compoundPrefixes.has(head));
    return keepHyphen ? before + after : before.slice(0, -1) + after;
  }
  return `${before} ${after}`;
}
