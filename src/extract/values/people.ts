// Reads a person's name, role, e-mail and telephone from a contact cell such as
// "Andy Sutherland, Head of Profession (HoP) for Statistics\nHSCIC, Leeds. 0113 254 2574 a.s@x.gov.uk 11 June 2013".
import type { Span } from '../../document.js';
import { honorificWords, irishSurnamePrefixes, jobTitleWords, mailboxWords, roleOrOrganisationWords, surnameParticles } from '../../lexicon/people.js';
import { allMatches } from '../../matches.js';

export interface ContactParts {
  name: Span | null;
  role: Span | null;
  email: Span | null;
  phone: Span | null;
  /** More than one person seems to be named. */
  several: boolean;
}

// A capitalised name word ("Doe", "O'Neill", "McLoughlin", "Barber-Hayes", "Éamonn") or an initial ("K", "K.").
// Accents may come as combining marks after their letter ("Sea\u0301n", as some PDFs and Macs write them).
const capital = '\\p{Lu}\\p{M}*';
const small = '[\\p{Ll}\\p{M}]';
const nameWord = new RegExp(`^(?:${capital}${small}*['’]?(?:${capital})?${small}+(?:-${capital}${small}+)*|${capital}\\.?)$`, 'u');
// The surname after an Irish prefix may start with a lowercase h, n or t ("Ó hUiginn", "Ní hAodha").
const mutatedSurname = new RegExp(`^[hnt]-?${capital}${small}+$`, 'u');

const roleWordPattern = new RegExp(`\\b(?:${jobTitleWords.join('|')})\\b`, 'i');

export const emailPattern = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
export const phonePattern = /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}(?:[ -]?\d{2,4}){1,3}\b/g;

const isHonorific = (token: string) => honorificWords.has(token.replace(/\.$/, ''));

/** The leading person's name in a line: two to four capitalised words, before any role or organisation word. */
export function leadingName(line: string): { start: number; end: number } | null {
  const words = allMatches(/[^\s,;:()]+/g, line);
  let startIndex = 0;
  while (startIndex < words.length && isHonorific(words[startIndex]?.[0] ?? '')) startIndex += 1;
  const picked: { index: number; length: number }[] = [];
  let pending: { index: number; length: number }[] = [];
  let named = 0;
  for (let index = startIndex; index < words.length; index += 1) {
    const word = words[index];
    if (!word) break;
    // "Tim Doe. Head of ..." : a full stop after a word of two letters or more ends the name there.
    const stopped = /^[\p{L}\p{M}]{2,}\.$/u.test(word[0]) && !isHonorific(word[0]);
    const token = stopped ? word[0].slice(0, -1) : word[0];
    const previous = pending.at(-1) ?? picked.at(-1);
    // A name ends where punctuation or a line break follows.
    if (previous && /[,;\n\t]|\s{2,}/.test(line.slice(previous.index + previous.length, word.index))) break;
    const here = { index: word.index ?? 0, length: token.length };
    // A particle belongs to the name only when a capitalised surname follows it.
    if (named > 0 && !stopped && surnameParticles.has(token)) {
      pending.push(here);
      continue;
    }
    const afterIrishPrefix = previous !== undefined && irishSurnamePrefixes.has(line.slice(previous.index, previous.index + previous.length).normalize('NFC'));
    const isNameWord = nameWord.test(token) || (afterIrishPrefix && mutatedSurname.test(token));
    if (!isNameWord || roleOrOrganisationWords.has(token)) break;
    picked.push(...pending, here);
    pending = [];
    named += 1;
    if (stopped || named === 4) break;
  }
  if (named < 2) return null;
  const first = picked[0];
  const last = picked.at(-1);
  if (!first || !last) return null;
  return { start: first.index, end: last.index + last.length };
}

/**
 * Where an e-mail address really starts when a converter glued it to the word before ("Statistics
 * Unitstats@x.gov.uk", "Jane Doejane.doe@x.gov.uk"): the match then starts inside a capitalised word. The address
 * starts where the rest begins with a word of the person's name or a mailbox word, else after a role word.
 */
export function gluedEmailStart(line: string, match: { index: number; text: string }): number {
  const local = match.text.slice(0, match.text.indexOf('@'));
  // Only the address's first run of letters can hide a glued word, and only when it starts with a capital.
  const head = /^\p{Lu}\p{Ll}+/u.exec(local)?.[0];
  if (!head) return match.index;
  const lineWords = (line.slice(0, match.index).match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase());
  const lower = local.toLowerCase();
  const opensWith = (rest: string, words: readonly string[]) => words.some((word) => word.length >= 3 && rest.startsWith(word));
  for (let cut = 2; cut < head.length; cut += 1) {
    const glued = local.slice(0, cut);
    const rest = lower.slice(cut);
    // The rest starts with a word of the name or a mailbox word ("...Doe|jane.doe@", "...Unit|stats@").
    if (opensWith(rest, lineWords) || opensWith(rest, mailboxWords)) return match.index + cut;
    // The rest is an initial of the name and the glued word itself, the surname ("Freya Olsen|f.olsen@").
    const initial = /^([a-z])\.?/.exec(rest);
    const surname = glued.toLowerCase();
    if (initial?.[1] && lineWords.some((word) => word.startsWith(initial[1] ?? '')) && rest.slice(initial[0].length).startsWith(surname)) {
      return match.index + cut;
    }
  }
  return match.index;
}

/** An address glued to the word after it ("x.gov.ukHead of ..."): the domain ends where a capital follows lowercase. */
export function gluedEmailEnd(text: string): number {
  const tail = /\.([a-z]{2,})(\p{Lu}[\p{L}-]*)$/u.exec(text);
  return tail ? text.length - (tail[2]?.length ?? 0) : text.length;
}

/** The first e-mail address in a text, with words glued to either side of it left out. */
export function findEmail(text: string): { start: number; end: number } | null {
  const match = allMatches(emailPattern, text)[0];
  if (!match) return null;
  const lineStart = text.lastIndexOf('\n', match.index) + 1;
  const start = gluedEmailStart(text.slice(lineStart), { index: match.index - lineStart, text: match[0] }) + lineStart;
  return { start, end: match.index + gluedEmailEnd(match[0]) };
}

export function readContact(text: string, span: Span): ContactParts {
  const body = text.slice(span.start, span.end);
  const at = (start: number, end: number): Span => ({ start: span.start + start, end: span.start + end });
  const email = findEmail(body);
  // The name and role are read with the address blanked out (a ";" and spaces, the same length, which end a name
  // and a role), so a word glued to it ends where it should.
  const blanked = email ? `${body.slice(0, email.start)};${' '.repeat(email.end - email.start - 1)}${body.slice(email.end)}` : body;
  const phone = allMatches(phonePattern, body).find((match) => match[0].replace(/\D/g, '').length >= 10);
  const bodyLines = allMatches(/[^\n]+/g, blanked);
  const firstLine = bodyLines[0];
  const name = firstLine ? leadingName(firstLine[0]) : null;
  const nameSpan = name && firstLine ? at((firstLine.index ?? 0) + name.start, (firstLine.index ?? 0) + name.end) : null;
  const namedLines = bodyLines.filter((line, index) => {
    const candidate = leadingName(line[0]);
    // A later line whose capitalised words run on into a role word is a job title ("Regional Accounts
    // Dissemination Manager" under the name), not a second person.
    const nextWord = candidate ? /^[ \t]+(\S+)/.exec(line[0].slice(candidate.end))?.[1] : undefined;
    if (index > 0 && nextWord && roleOrOrganisationWords.has(nextWord.replace(/[,;:]$/, ''))) return false;
    return candidate !== null && candidate.start === 0 && /^[^,\n]*,\s*[A-Z]/.test(line[0]) === /^[^,\n]*,\s*[A-Z]/.test(firstLine?.[0] ?? '');
  });
  let role: Span | null = null;
  if (nameSpan && firstLine) {
    // The role is what follows the name on its line, up to an address, number or e-mail.
    const rest = blanked.slice(nameSpan.end - span.start, (firstLine.index ?? 0) + firstLine[0].length);
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
    email: email ? at(email.start, email.end) : null,
    phone: phone ? at(phone.index ?? 0, (phone.index ?? 0) + phone[0].length) : null,
    several: namedLines.length > 1 || secondOnLine,
  };
}
