// Reads a person's name, role, e-mail and telephone from a contact cell such as
// "Andy Sutherland, Head of Profession (HoP) for Statistics\nHSCIC, Leeds. 0113 254 2574 a.s@x.gov.uk 11 June 2013".
import type { Span } from '../../document.js';

export interface ContactParts {
  name: Span | null;
  role: Span | null;
  email: Span | null;
  phone: Span | null;
  /** More than one person seems to be named. */
  several: boolean;
}

// Words that start a role or an organisation rather than continue a name.
const roleWords = /^(?:Statistical|Statistics|Head|Senior|Chief|Director|Deputy|Principal|Lead|Leading|Officer|Manager|Statistician|Assistant|Executive|Registrar|Team|Unit|Branch|Division|Department|Dept|NHS|Office|Ministry|Public|National|Head|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Tel|Phone|Telephone|Email|E-mail|Mobile|The|And|Of|For|Information|Analytical|Analysis|Programme|Project|Policy|Press|Communications|Service|Services|Agency|Government|Group|HM|Her|His)$/;
const honorifics = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?$/;
const nameWord = /^(?:[A-Z][a-z]*['’]?[A-Z]?[a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*|[A-Z]\.?)$/;

const roleWordPattern = /\b(?:head|statistician|officer|director|manager|lead|chief|analyst|profession|registrar|secretary|adviser|advisor|official)\b/i;

export const emailPattern = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
export const phonePattern = /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}(?:[ -]?\d{2,4}){1,3}\b/g;

/** The leading person's name in a line: two to four capitalised words, before any role or organisation word. */
export function leadingName(line: string): { start: number; end: number } | null {
  const words = [...line.matchAll(/[^\s,;:()]+/g)];
  let startIndex = 0;
  while (startIndex < words.length && honorifics.test(words[startIndex]?.[0] ?? '')) startIndex += 1;
  const picked: RegExpMatchArray[] = [];
  for (let index = startIndex; index < words.length; index += 1) {
    const word = words[index];
    if (!word) break;
    const token = word[0];
    if (!nameWord.test(token) || (roleWords.test(token) && picked.length >= 1) || (picked.length === 0 && roleWords.test(token))) break;
    // A name ends where punctuation or a line break follows.
    const previous = picked.at(-1);
    if (previous && /[,;\n\t]|\s{2,}/.test(line.slice((previous.index ?? 0) + previous[0].length, word.index))) break;
    picked.push(word);
    if (picked.length === 4) break;
  }
  if (picked.length < 2) return null;
  const first = picked[0];
  const last = picked.at(-1);
  if (!first || !last) return null;
  return { start: first.index ?? 0, end: (last.index ?? 0) + last[0].length };
}

export function readContact(text: string, span: Span): ContactParts {
  const body = text.slice(span.start, span.end);
  const at = (start: number, end: number): Span => ({ start: span.start + start, end: span.start + end });
  const email = [...body.matchAll(emailPattern)][0];
  const phone = [...body.matchAll(phonePattern)].find((match) => match[0].replace(/\D/g, '').length >= 10);
  const bodyLines = [...body.matchAll(/[^\n]+/g)];
  const firstLine = bodyLines[0];
  const name = firstLine ? leadingName(firstLine[0]) : null;
  const nameSpan = name && firstLine ? at((firstLine.index ?? 0) + name.start, (firstLine.index ?? 0) + name.end) : null;
  const namedLines = bodyLines.filter((line) => {
    const candidate = leadingName(line[0]);
    return candidate !== null && candidate.start === 0 && /^[^,\n]*,\s*[A-Z]/.test(line[0]) === /^[^,\n]*,\s*[A-Z]/.test(firstLine?.[0] ?? '');
  });
  let role: Span | null = null;
  if (nameSpan && firstLine) {
    // The role is what follows the name on its line, up to an address, number or e-mail.
    const rest = body.slice(nameSpan.end - span.start, (firstLine.index ?? 0) + firstLine[0].length);
    const roleMatch = /^\s*,?\s*((?:[A-Z][\w()'’&/-]*|of|for|and|in|the|to)(?:[ \t]+(?:[A-Z(][\w()'’&/-]*|of|for|and|in|the|to))*)/.exec(rest);
    if (roleMatch?.[1] && roleWordPattern.test(roleMatch[1])) {
      const offset = nameSpan.end + (roleMatch.index ?? 0) + roleMatch[0].length - roleMatch[1].length;
      role = { start: offset, end: offset + roleMatch[1].replace(/[\s,(]+$/, '').length };
    }
  }
  // In the stacked 2009 layout the role stands on its own line under the name.
  const nextLine = bodyLines[1];
  if (nameSpan && !role && nextLine && firstLine && leadingName(firstLine[0])?.end === firstLine[0].trimEnd().length) {
    const candidate = nextLine[0].trim();
    if (candidate.length < 100 && !/[@\d]/.test(candidate) && roleWordPattern.test(candidate)) {
      const offset = (nextLine.index ?? 0) + nextLine[0].indexOf(candidate);
      role = at(offset, offset + candidate.replace(/[\s,.]+$/, '').length);
    }
  }
  // "Jane Doe and John Smith" (or "Jane Doe / John Smith") names two people on one line.
  const afterName = name && firstLine ? firstLine[0].slice(name.end) : '';
  const joined = /^\s*(?:and|&|\/)\s+/.exec(afterName);
  const secondOnLine = joined !== null && leadingName(afterName.slice(joined[0].length))?.start === 0;
  return {
    name: nameSpan,
    role,
    email: email ? at(email.index ?? 0, (email.index ?? 0) + email[0].length) : null,
    phone: phone ? at(phone.index ?? 0, (phone.index ?? 0) + phone[0].length) : null,
    several: namedLines.length > 1 || secondOnLine,
  };
}
