// The layout rules that decide, from text positions alone, where a line splits into cells and where a table
// row ends, and when they have to ask for the page's ruling lines instead (which cost a second pass over the
// page). Pages are built by hand in device space: 10 pt text, 12 pt between the lines of a cell.
import { describe, expect, it } from 'vitest';
import { buildLines } from '../../src/load/pdf-lines.js';
import { layoutPage } from '../../src/load/pdf-layout.js';
import type { Rule, TextRun } from '../../src/load/pdf-model.js';
import { collectWordEvidence } from '../../src/load/wrap-join.js';

const size = 10;
const charWidth = 5;
const evidence = collectWordEvidence('');

/** A run of text at x on baseline y, 5 pt a character. */
function run(text: string, x: number, y: number, fontSize = size): TextRun {
  return { text, x0: x, x1: x + text.length * charWidth * (fontSize / size), y, size: fontSize, font: 'F1' };
}

/** A run that starts `gap` font sizes after the end of `previous`, on its baseline. */
function after(previous: TextRun, gap: number, text: string): TextRun {
  return run(text, previous.x1 + gap * size, previous.y);
}

const vertical = (x: number, y0: number, y1: number): Rule => ({ x0: x, x1: x, y0, y1, horizontal: false });
const horizontal = (y: number, x0 = 50, x1 = 550): Rule => ({ x0, x1, y0: y, y1: y, horizontal: true });

function segmentsOf(runs: TextRun[], rules: Rule[] | null) {
  const built = buildLines(runs, rules);
  return { segments: built.lines.map((line) => line.segments.map((segment) => segment.text)), needsRules: built.needsRules };
}

describe('buildLines: where a line splits into cells', () => {
  const label = run('Date of breach', 60, 100);
  const cases: { name: string; runs: TextRun[]; rules: Rule[] | null; segments: string[][]; needsRules: boolean }[] = [
    {
      name: 'a word space joins',
      runs: [label, after(label, 0.3, '8 July 2021')],
      rules: null,
      segments: [['Date of breach 8 July 2021']],
      needsRules: false,
    },
    {
      name: 'a gap wider than a gutter splits, rules or not',
      runs: [label, after(label, 2, '8 July 2021')],
      rules: null,
      segments: [['Date of breach', '8 July 2021']],
      needsRules: false,
    },
    {
      name: 'a narrower gap that nothing explains is left joined, and the rules are asked for',
      runs: [label, after(label, 1, '8 July 2021')],
      rules: null,
      segments: [['Date of breach 8 July 2021']],
      needsRules: true,
    },
    {
      name: 'with the rules read, a vertical rule in that gap splits',
      runs: [label, after(label, 1, '8 July 2021')],
      rules: [vertical(label.x1 + 5, 80, 110)],
      segments: [['Date of breach', '8 July 2021']],
      needsRules: false,
    },
    {
      name: 'with the rules read and none in the gap, it joins',
      runs: [label, after(label, 1, '8 July 2021')],
      rules: [],
      segments: [['Date of breach 8 July 2021']],
      needsRules: false,
    },
    {
      name: 'a narrower gap before a column edge that two other lines show after a sure gutter splits',
      runs: [run('Producer', 60, 80), run('Office for Coastal Statistics', 140, 80), run('Reporter', 60, 90), run('Morgan Ellery', 141, 90), label, run('8 July 2021', 140, 100)],
      rules: null,
      segments: [['Producer', 'Office for Coastal Statistics'], ['Reporter', 'Morgan Ellery'], ['Date of breach', '8 July 2021']],
      needsRules: false,
    },
    {
      name: 'one line with a sure gutter there is no column (a tab stop, a signature line)',
      runs: [run('Producer', 60, 80), run('Office for Coastal Statistics', 140, 80), label, run('8 July 2021', 140, 100)],
      rules: null,
      segments: [['Producer', 'Office for Coastal Statistics'], ['Date of breach 8 July 2021']],
      needsRules: true,
    },
    {
      name: 'a gap of one character in a monospaced font is a word space',
      runs: [run('Date of', 60, 100), run('breach', 108, 100)].map((entry) => ({ ...entry, x1: entry.x0 + entry.text.length * 6 })),
      rules: null,
      segments: [['Date of breach']],
      needsRules: false,
    },
    {
      name: 'a column edge shown only by narrow gaps is no evidence',
      runs: [run('Name of producer', 60, 80), run('Office', 150, 80), label, run('8 July 2021', 140, 100)],
      rules: null,
      segments: [['Name of producer Office'], ['Date of breach 8 July 2021']],
      needsRules: true,
    },
    {
      name: 'a lone list marker set off by a tab joins its item whatever the gap',
      runs: [run('•', 60, 100), run('The page was withdrawn', 70, 100)],
      rules: null,
      segments: [['• The page was withdrawn']],
      needsRules: false,
    },
    {
      name: 'a gap filled by a superscript on its own baseline is no gutter',
      runs: [run('Create a 3', 60, 100), run('rd', 110.5, 96, 7), run('application', 120, 100)],
      rules: null,
      segments: [['rd'], ['Create a 3 application']],
      needsRules: false,
    },
  ];
  it.each(cases)('$name', ({ runs, rules, segments, needsRules }) => {
    expect(segmentsOf(runs, rules)).toEqual({ segments, needsRules });
  });
});

/** A two-column table: each row's label and value lines, the row's first baseline, 12 pt between lines. */
function tableRuns(rows: { label: string[]; value: string[]; y: number }[]): TextRun[] {
  return rows.flatMap(({ label, value, y }) => [
    ...label.map((text, index) => run(text, 60, y + index * 12)),
    ...value.map((text, index) => run(text, 240, y + index * 12)),
  ]);
}

function layout(runs: TextRun[], rules: Rule[] | null) {
  const built = buildLines(runs, rules);
  const page = layoutPage(built.lines, { rules, evidence });
  return { text: page.text, needsRules: built.needsRules || page.needsRules };
}

describe('layoutPage: where a table row ends', () => {
  const header = { label: ['Information needed'], value: ['Response'], y: 100 };
  const cases: { name: string; runs: TextRun[]; rules: Rule[] | null; text: string; needsRules: boolean }[] = [
    {
      name: 'padded rows: a gap before a line that opens the first column starts a row, wrapped lines stay in it',
      runs: tableRuns([
        header,
        { label: ['Name of producer', 'organisation'], value: ['Office for Coastal Statistics'], y: 122 },
        { label: ['Date of breach'], value: ['8 July 2021, reported', 'the same day'], y: 156 },
      ]),
      rules: null,
      text: 'Information needed\tResponse\nName of producer organisation\tOffice for Coastal Statistics\nDate of breach\t8 July 2021, reported the same day',
      needsRules: false,
    },
    {
      name: 'rows set solid, with nothing but borders between them, need the rules',
      runs: tableRuns([header, { label: ['Producer'], value: ['Office for Coastal Statistics'], y: 112 }, { label: ['Date'], value: ['8 July 2021'], y: 124 }]),
      rules: null,
      text: 'Information needed Producer Date\tResponse Office for Coastal Statistics 8 July 2021',
      needsRules: true,
    },
    {
      name: 'rows set solid are split at their horizontal rules once these are read',
      runs: tableRuns([header, { label: ['Producer'], value: ['Office for Coastal Statistics'], y: 112 }, { label: ['Date'], value: ['8 July 2021'], y: 124 }]),
      rules: [horizontal(104), horizontal(116)],
      text: 'Information needed\tResponse\nProducer\tOffice for Coastal Statistics\nDate\t8 July 2021',
      needsRules: false,
    },
    {
      name: 'a gap before a line with nothing in the first column needs the rules (a paragraph in a cell, or an empty first cell)',
      runs: tableRuns([header, { label: ['What happened'], value: ['The page went live', 'early.'], y: 122 }, { label: [], value: ['It was withdrawn.'], y: 156 }]),
      rules: null,
      text: 'Information needed\tResponse\nWhat happened\tThe page went live early.\nIt was withdrawn.',
      needsRules: true,
    },
    {
      name: 'and with the rules read and none there, it is a paragraph inside the cell',
      runs: tableRuns([header, { label: ['What happened'], value: ['The page went live', 'early.'], y: 122 }, { label: [], value: ['It was withdrawn.'], y: 156 }]),
      rules: [horizontal(111), horizontal(168)],
      text: 'Information needed\tResponse\nWhat happened\tThe page went live early.\nIt was withdrawn.',
      needsRules: false,
    },
    {
      name: 'with a rule there, it is a row of its own with an empty first cell',
      runs: tableRuns([header, { label: ['What happened'], value: ['The page went live', 'early.'], y: 122 }, { label: [], value: ['It was withdrawn.'], y: 156 }]),
      rules: [horizontal(111), horizontal(146)],
      text: 'Information needed\tResponse\nWhat happened\tThe page went live early.\n\tIt was withdrawn.',
      needsRules: false,
    },
    {
      name: 'a one-line table has nothing to decide',
      runs: tableRuns([{ label: ['Date of breach'], value: ['8 July 2021'], y: 100 }]),
      rules: null,
      text: 'Date of breach\t8 July 2021',
      needsRules: false,
    },
  ];
  it.each(cases)('$name', ({ runs, rules, text, needsRules }) => {
    expect(layout(runs, rules)).toEqual({ text, needsRules });
  });
});
