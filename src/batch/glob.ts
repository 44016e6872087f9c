// Glob patterns for input paths (`reports/**/*.pdf`, `2021-*.docx`, `{a,b}/*.txt`), without a dependency: the
// folder part before the first wildcard is walked, and each file's path is matched against the pattern.

const wildcard = /[*?[{]/;

export function isGlob(path: string): boolean {
  return wildcard.test(path);
}

/** The folder to walk: the path segments before the first one with a wildcard ('.' when there are none). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments) {
    if (wildcard.test(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === segments.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

function escape(character: string): string {
  return /[.+^$()|\\/]/.test(character) ? `\\${character}` : character;
}

/** The pattern as a regular expression over '/'-separated paths: `**` crosses folders, `*` and `?` do not. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braces = 0;
  for (let at = 0; at < pattern.length; at += 1) {
    const character = pattern[at] ?? '';
    if (character === '*') {
      if (pattern[at + 1] === '*') {
        const slashAfter = pattern[at + 2] === '/';
        source += slashAfter ? '(?:[^/]*/)*' : '.*';
        at += slashAfter ? 2 : 1;
      } else source += '[^/]*';
    } else if (character === '?') source += '[^/]';
    else if (character === '[') {
      const close = pattern.indexOf(']', at + 1);
      if (close < 0) source += '\\[';
      else {
        const inside = pattern.slice(at + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${inside}]`;
        at = close;
      }
    } else if (character === '{') {
      braces += 1;
      source += '(?:';
    } else if (character === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (character === ',' && braces > 0) source += '|';
    else source += escape(character);
  }
  return new RegExp(`^${source}$`);
}
