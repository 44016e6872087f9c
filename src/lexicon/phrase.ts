// Builds the label and heading patterns from readable lowercase regex sources. Letters match either case and
// a space matches white space that may wrap once onto the next line, so that "Name and contact details of
// Head of\nProfession" is still one label. The end check is case-sensitive on purpose: a value glued to its
// label ("Name of producer organisationDefra") starts with a capital, a longer word does not.

const wrap = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';

/** Turns a lowercase regex source into one whose letters match either case and whose spaces may wrap. */
export function caseless(source: string): string {
  let out = '';
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index] ?? '';
    if (char === '\\') {
      out += char + (source[index + 1] ?? '');
      index += 1;
    } else if (char === '[') {
      const close = source.indexOf(']', index + 1);
      const body = source.slice(index + 1, close);
      const widened = body.replace(/[a-z]/g, (letter, at: number) => (body[at - 1] === '\\' ? letter : letter + letter.toUpperCase()));
      out += `[${widened}]`;
      index = close;
    } else if (/[a-z]/.test(char)) {
      out += `[${char}${char.toUpperCase()}]`;
    } else if (char === ' ') {
      out += wrap;
    } else out += char;
  }
  return out;
}

/** A phrase that must not run on into more lowercase letters (so "output" does not match "outputting"). */
export function phrasePattern(source: string): string {
  return `(?:${caseless(source)})(?![a-z])`;
}
