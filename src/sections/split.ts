// Splits the normalised text into the template's sections and reads its label/value cells. Works for both
// template generations, headings numbered or not, headings run into the first label, tables whose labels
// wrap, values glued to their labels, and reports that stop part-way (missing sections are simply absent).
import type { NormalisedDocument, Span } from '../document.js';
import type { SectionName } from '../record/schema.js';
import { sectionHeadings } from '../lexicon/headings.js';
import { guidanceLabels, labelLexicon, labelSource, narrativeLabels, oneParagraphLabels, type LabelKey } from '../lexicon/labels.js';
import { caseless, phrasePattern } from '../lexicon/phrase.js';
import { allMatches } from '../matches.js';

export type SectionKey = SectionName | 'preamble';

export interface Section extends Span {
  name: SectionKey;
  /** The heading as written, or null when the section was inferred from its labels. */
  heading: Span | null;
}

export interface LabelledField {
  key: LabelKey;
  label: Span;
  /** The value's span (empty, start === end, when the cell is empty). */
  value: Span;
  section: SectionKey;
}

export interface Sectioned {
  sections: Section[];
  fields: LabelledField[];
  /** 'table' when values sit beside their labels (2018 table), 'stacked' when below them (2009). */
  layout: 'table' | 'stacked';
}

interface HeadingMatch {
  name: SectionName;
  start: number;
  phraseEnd: number;
  numbered: boolean;
}

const headingPatterns = sectionHeadings.map(({ name, phrase }) => ({
  name,
  // "4. Corrective actions", "SECTION 4 – CORRECTIVE ACTIONS", "1 | CORE INFORMATION"
  pattern: new RegExp(`^[ \\t]*(?:${caseless('section')}[ \\t]*)?(?:(\\d{1,2})[ \\t]*[.):|–—-]?[ \\t]*)?${phrasePattern(phrase)}`, 'gm'),
}));

const labelPatterns = labelLexicon.map((entry) => ({
  key: entry.key,
  pattern: new RegExp(labelSource(entry, phrasePattern), 'g'),
}));

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function findHeadings(text: string): HeadingMatch[] {
  const found: HeadingMatch[] = [];
  for (const { name, pattern } of headingPatterns) {
    for (const match of allMatches(pattern, text)) {
      const start = match.index;
      const phraseEnd = start + match[0].length;
      const numbered = match[1] !== undefined;
      const line = text.slice(start, lineEnd(text, start)).trim();
      // An unnumbered heading is a short line of its own, not the start of a sentence.
      if (!numbered && (line.split(/\s+/).length > 16 || /[.;]$/.test(line))) continue;
      found.push({ name, start, phraseEnd, numbered });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // The first heading of each kind wins; a later line that repeats a heading's words is prose.
  const seen = new Set<SectionName>();
  return found.filter((heading) => {
    if (seen.has(heading.name)) return false;
    seen.add(heading.name);
    return true;
  });
}

interface LabelMatch {
  key: LabelKey;
  start: number;
  end: number;
}

function findLabels(text: string, headings: HeadingMatch[]): LabelMatch[] {
  const runIn = new Set(headings.map((heading) => heading.phraseEnd));
  const found: LabelMatch[] = [];
  for (const { key, pattern } of labelPatterns) {
    for (const match of allMatches(pattern, text)) {
      const start = match.index;
      const before = text.slice(Math.max(0, start - 3), start);
      // A label opens a line or a cell, or directly follows a heading it was run into.
      const opensCell = start === 0 || /[\n\t]\s*$/.test(before) || /^\s*$/.test(text.slice(lineStart(text, start), start)) || runIn.has(start) || runIn.has(start - 1);
      if (!opensCell && !gluedCell(key, match[0])) continue;
      found.push({ key, start, end: start + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping alternatives: the earliest, then the longest, wins.
  const kept: LabelMatch[] = [];
  for (const label of found) {
    const last = kept.at(-1);
    if (last && label.start < last.end) continue;
    kept.push(label);
  }
  return kept;
}

// A flattened table runs a row's label on after the previous row's value on one line ("... Insolvency Service
// Name and contact details of person ..."). A short cell's label, written with its capital, still opens a cell
// there; a narrative label or a lowercase one mid-line is read as prose.
const midLineKeys: ReadonlySet<LabelKey> = new Set(['output', 'producer', 'reporter', 'headOfProfession', 'statementLink', 'reportDate', 'practices', 'occurrenceDate']);

function gluedCell(key: LabelKey, written: string): boolean {
  return midLineKeys.has(key) && /^\p{Lu}/u.test(written);
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

const coreKeys: ReadonlySet<LabelKey> = new Set(['output', 'producer', 'reporter', 'headOfProfession', 'statementLink', 'reportDate']);
const circumstanceKeys: ReadonlySet<LabelKey> = new Set(['practices', 'occurrenceDate', 'nature', 'reasons', 'account']);

function buildSections(text: string, headings: HeadingMatch[], labels: LabelMatch[]): Section[] {
  const sections: Section[] = [];
  const starts = headings.map((heading) => {
    // A heading line ends at its line end, or where a label run into it begins.
    const end = lineEnd(text, heading.phraseEnd);
    const runInLabel = labels.find((label) => label.start >= heading.phraseEnd && label.start < end);
    return { ...heading, headingEnd: runInLabel ? runInLabel.start : end };
  });
  const firstStart = starts[0]?.start ?? text.length;
  sections.push({ name: 'preamble', heading: null, start: 0, end: firstStart });
  starts.forEach((heading, index) => {
    const next = starts[index + 1]?.start ?? text.length;
    sections.push({
      name: heading.name,
      heading: { start: heading.start, end: heading.headingEnd },
      start: heading.headingEnd,
      end: next,
    });
  });
  return inferUnheadedSections(text, sections, labels);
}

/**
 * Web copies of 2018 reports often lose the numbered headings and keep only the two tables. Their labels
 * still say which section they belong to, so the sections are rebuilt from where those labels stand.
 */
function inferUnheadedSections(text: string, sections: Section[], labels: LabelMatch[]): Section[] {
  const has = (name: SectionName) => sections.some((section) => section.name === name);
  const result = [...sections];
  // A table's "Information needed | Response" header row starts the section when it directly precedes it.
  const headerBefore = (at: number) => {
    const previous = labels.filter((label) => label.start < at).at(-1);
    return previous?.key === 'tableHeader' ? previous.start : at;
  };
  const firstCircumstance = labels.find((label) => circumstanceKeys.has(label.key));
  const firstCore = labels.find((label) => coreKeys.has(label.key));
  const nextHeadingAfter = (at: number) => result.filter((section) => section.heading && section.start > at).map((section) => section.heading?.start ?? text.length).sort((a, b) => a - b)[0] ?? text.length;
  if (!has('core') && firstCore && (!firstCircumstance || firstCore.start < firstCircumstance.start)) {
    const start = headerBefore(firstCore.start);
    const end = Math.min(firstCircumstance ? headerBefore(firstCircumstance.start) : text.length, nextHeadingAfter(start));
    result.push({ name: 'core', heading: null, start, end });
  }
  if (!has('circumstances') && firstCircumstance) {
    const start = headerBefore(firstCircumstance.start);
    result.push({ name: 'circumstances', heading: null, start, end: nextHeadingAfter(start) });
  }
  // An inferred section takes its text out of whichever section held it (usually the preamble).
  result.sort((a, b) => a.start - b.start);
  return result.map((section, index) => {
    const next = result[index + 1];
    return next && next.start < section.end ? { ...section, end: next.start } : section;
  }).filter((section) => section.end > section.start || section.heading !== null);
}

function sectionAt(sections: Section[], at: number): SectionKey {
  return sections.find((section) => at >= (section.heading?.start ?? section.start) && at < section.end)?.name ?? 'preamble';
}

// What stands between a label and its value: white space, a pipe, a colon, a dash with space after it ("Label —
// value", "Label - value") or a dotted leader ("Label ........ value"). A minus before a digit is the value's own.
const leadingSeparator = /^(?:[\s|:–—…]|-(?=\s)|\.(?=[.\s]))/;
// A separator left at the end of a value ("NHS England -" before an empty rest of the row).
const trailingSeparator = /(?:[\s|]|\s[-–—])$/;

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && leadingSeparator.test(text.slice(start, start + 2))) start += 1;
  while (end > start && trailingSeparator.test(text.slice(Math.max(start, end - 2), end))) end -= /\s[-–—]$/.test(text.slice(end - 2, end)) ? 2 : 1;
  return { start, end };
}

// A table's column header split from its row ("| Response |" on a line of its own) is not a cell's value.
const headerRemnant = /^(?:information needed|response)[ \t]*(?:\n|$)/i;

function skipHeaderRemnants(text: string, span: Span): Span {
  let value = span;
  for (let match = headerRemnant.exec(text.slice(value.start, value.end)); match; match = headerRemnant.exec(text.slice(value.start, value.end))) {
    value = trimSpan(text, { start: value.start + match[0].length, end: value.end });
  }
  return value;
}

export function splitSections(doc: NormalisedDocument): Sectioned {
  const { text } = doc;
  const headings = findHeadings(text);
  const labels = findLabels(text, headings);
  const sections = buildSections(text, headings, labels);
  const sameLine = labels.filter((label) => !guidanceLabels.has(label.key) && /^[ \t]*[^\s]/.test(text.slice(label.end, lineEnd(text, label.end)))).length;
  const valued = labels.filter((label) => !guidanceLabels.has(label.key)).length;
  const layout: Sectioned['layout'] = valued > 0 && sameLine * 2 >= valued ? 'table' : 'stacked';

  const fields: LabelledField[] = labels.map((label, index) => {
    const section = sectionAt(sections, label.start);
    const sectionEnd = sections.find((candidate) => candidate.name === section && label.start < candidate.end)?.end ?? text.length;
    const nextLabel = labels[index + 1];
    const nextInSection = nextLabel && nextLabel.start < sectionEnd ? nextLabel.start : null;
    let end = nextInSection ?? sectionEnd;
    if (guidanceLabels.has(label.key)) end = label.end;
    let value = skipHeaderRemnants(text, trimSpan(text, { start: label.end, end }));
    // In a table, the last cell of a section is followed by narrative: the cell ends at the first blank line. So does
    // a one-value cell (a date, a name) in any layout.
    if (nextInSection === null && !narrativeLabels.has(label.key) && (layout === 'table' || oneParagraphLabels.has(label.key))) {
      const blank = text.slice(value.start, value.end).search(/\n[ \t]*\n/);
      if (blank !== -1) value = trimSpan(text, { start: value.start, end: value.start + blank });
    }
    return { key: label.key, label: { start: label.start, end: label.end }, value, section };
  });
  return { sections, fields, layout };
}
