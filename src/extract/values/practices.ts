// Practice citations to canonical codes. 2018 Code: "T3.6", "Principle T3 – Practice T3.4", "Principle 3 ...
// Practice 6" (no pillar letter: T, the only pillar whose principles breaches cite), "Trustworthiness/T3".
// 2009 Code: "Protocol 2 - Release practices Practice 4" -> Pr2.4, "Principle 8, Practice 3" -> P8.3.
// Pre-release access orders -> PRA-ORDER.
import type { CodeEdition } from '../../record/schema.js';
import type { Span } from '../../document.js';
import { pillarNames, principleTitles } from '../../lexicon/principles.js';
import { allMatches } from '../../matches.js';

export interface CitedPractice {
  code: string;
  span: Span;
}

const pillarCode = /\b([TQV])([1-9])(?:\.(\d{1,2}))?\b/g;
// "Practice 4", "Practices 4 and 6", "paragraph 8" (the 2009 protocols' practices are numbered paragraphs).
const practiceList = '(?:practices?|paragraphs?|paras?\\.?)\\s*(\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2})*)\\b';
const protocolPractice = new RegExp(`\\bprotocol\\s*(\\d)\\b[^\\n]{0,80}?(?:\\n[^\\n]{0,80}?){0,2}?\\b${practiceList}`, 'gi');
const protocolOnly = /\bprotocol\s*(\d)\b/gi;
const principlePractice = /\bprinciple\s*([TQV]?)(\d{1,2})\b[^\n]{0,80}?(?:\n[^\n]{0,120}?){0,2}?\bpractices?\s*([TQV]?\d{1,2}(?:\.\d{1,2})?(?:\s*(?:,|and|&)\s*\d{1,2}(?:\.\d{1,2})?)*)\b/gi;
const principleOnly = /\bprinciple\s*([TQV]?)(\d{1,2})\b/gi;
// A title spaced or wrapped as written ("Orderly\nrelease"), as a whole word run.
const titlePatterns = principleTitles.map(({ code, title }) => ({ code, pattern: new RegExp(`\\b${title.replace(/ /g, '\\s+')}\\b`, 'gi') }));
// A title cites its principle when it heads its item: only a pillar name, a principle's code and punctuation stand
// between it and the start of its line or list item. Inside a practice's quoted wording ("... supports the
// accessibility of ...") the same words are prose.
const titleLead = new RegExp(`(?:^|[\\n;])(?:[\\s\\-–—:.,/(|]|\\b(?:${pillarNames.join('|')})\\b|\\bprinciple\\b|\\b[TQV]?\\d{1,2}\\b)*$`, 'i');
const preReleaseOrder = /\bpre-?\s?release access to (?:official )?statistics (?:\([^)]*\)\s*)?order/gi;

// An unlettered principle is a 2018 Trustworthiness principle (T1-T6) unless the report is a 2009 one or the number
// is beyond T6 (the 2009 Code had eight principles).
function pillarFor(principle: string | undefined, edition: CodeEdition | null): string {
  return edition === '2009' || Number(principle) > 6 ? '' : 'T';
}

function push(found: CitedPractice[], code: string, start: number, end: number) {
  if (!found.some((item) => item.code === code)) found.push({ code, span: { start, end } });
}

/** Canonical practice codes cited in a practices cell, in the order written; parents dropped when a child is cited. */
export function parsePracticeCodes(text: string, edition: CodeEdition | null): CitedPractice[] {
  const found: CitedPractice[] = [];
  for (const match of allMatches(pillarCode, text)) {
    push(found, `${match[1]}${match[2]}${match[3] ? `.${match[3]}` : ''}`, match.index, match.index + match[0].length);
  }
  // "Principle T3 ... Practices T3.3, T3.4" is covered above; "Practice 6" after "Principle 3" has no letter.
  for (const match of allMatches(principlePractice, text)) {
    const letter = match[1] || pillarFor(match[2], edition);
    const practices = match[3] ?? '';
    if (/^[TQV]/.test(practices)) continue;
    for (const practice of practices.split(/\s*(?:,|and|&)\s*/)) {
      const practiceNumber = practice.includes('.') ? practice.split('.')[1] : practice;
      const code = letter ? `${letter}${match[2]}.${practiceNumber}` : `P${match[2]}.${practiceNumber}`;
      push(found, code, match.index, match.index + match[0].length);
    }
  }
  for (const match of allMatches(protocolPractice, text)) {
    for (const practice of (match[2] ?? '').split(/\s*(?:,|and|&)\s*/)) push(found, `Pr${match[1]}.${practice}`, match.index, match.index + match[0].length);
    // "Protocol 2 – Practice 5 (release to all) and Practice 8 (accidental release)": each further practice named
    // before the next protocol or principle is the same protocol's.
    const restStart = match.index + match[0].length;
    const nextHead = /\b(?:protocol|principle)\s*\d/i.exec(text.slice(restStart));
    const rest = text.slice(restStart, nextHead ? restStart + nextHead.index : text.length);
    for (const more of allMatches(/\bpractices?\s*(\d{1,2})\b/gi, rest)) {
      push(found, `Pr${match[1]}.${more[1]}`, restStart + more.index, restStart + more.index + more[0].length);
    }
  }
  for (const match of allMatches(protocolOnly, text)) push(found, `Pr${match[1]}`, match.index, match.index + match[0].length);
  for (const match of allMatches(principleOnly, text)) {
    const letter = match[1] || pillarFor(match[2], edition);
    push(found, letter ? `${letter}${match[2]}` : `P${match[2]}`, match.index, match.index + match[0].length);
  }
  for (const match of allMatches(preReleaseOrder, text)) push(found, 'PRA-ORDER', match.index, match.index + match[0].length);
  // A 2018 principle named by its title only; dropped below when one of its practices (or itself) is cited.
  if (edition !== '2009') {
    for (const { code, pattern } of titlePatterns) {
      for (const match of allMatches(pattern, text)) {
        if (titleLead.test(text.slice(0, match.index))) push(found, code, match.index, match.index + match[0].length);
      }
    }
  }
  const codes = new Set(found.map((item) => item.code));
  const hasChild = (parent: string) => [...codes].some((code) => code.startsWith(`${parent}.`));
  return found
    .filter((item) => item.code.includes('.') || item.code === 'PRA-ORDER' || !hasChild(item.code))
    .sort((a, b) => a.span.start - b.span.start);
}
