// What the CLI prints carries the input's file names and producer names: their escape sequences and bidi
// overrides are printed as visible escapes, never sent to the terminal as they are.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forTerminal } from '../../src/cli/terminal-text.js';
import { temporaryFolder } from '../batch/make-inputs.js';
import { fixtures, runInProcess } from './run.js';

const root = temporaryFolder('terminal-text');
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Nothing a terminal obeys: no ESC, BEL, CSI (C1), carriage return alone, or bidi formatting character.
const obeyed = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('forTerminal', () => {
  it.each([
    ['a colour sequence', 'red\x1b[31mname', 'red\\u001b[31mname'],
    ['a window title set with BEL', '\x1b]0;owned\x07x', '\\u001b]0;owned\\u0007x'],
    ['a C1 control sequence introducer', 'a\u009b2Jb', 'a\\u009b2Jb'],
    ['a right-to-left override', 'report\u202etxt.exe', 'report\\u202etxt.exe'],
    ['an isolate and a mark', '\u2066x\u2069\u200f', '\\u2066x\\u2069\\u200f'],
    ['a carriage return alone', 'one\rtwo', 'one\\u000dtwo'],
    ['tabs and line breaks', 'a\tb\nc', 'a\tb\nc'],
    ['accents and dashes', 'Siân – Ōta', 'Siân – Ōta'],
    ["the progress bar's own line clearing", '\r\x1b[K12 files\x1b[2J', '\r\x1b[K12 files\\u001b[2J'],
  ])('%s', (_name, text, printed) => {
    expect(forTerminal(text)).toBe(printed);
  });

  it('gives JSON that reads back as the same value', () => {
    const value = { path: 'a\u202eb\u009bc', producer: 'x\u2066y' };
    expect(JSON.parse(forTerminal(JSON.stringify(value)))).toEqual(value);
  });
});

describe('the CLI with hostile names', () => {
  it('prints a failed file whose name holds escape sequences with them made visible', async () => {
    const input = join(root, 'in');
    mkdirSync(input);
    const name = 'bad\x1b]0;owned\x07\u202efdp.pdf';
    writeFileSync(join(input, name), 'not a pdf');
    const run = await runInProcess([input, '--out', join(root, 'out'), '--jobs', '1']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('bad\\u001b]0;owned\\u0007\\u202efdp.pdf: failed:');
    expect(run.err).not.toMatch(obeyed);
  });

  it('prints a producer name with a colour sequence in the summary made visible, and --json still parses', async () => {
    const line = readFileSync(join(root, 'out', 'records.jsonl'), 'utf8').split('\n')[0] ?? '';
    const good = await runInProcess([join(fixtures, 'reports', '2009-late-release.txt'), '--out', join(root, 'good'), '--jobs', '1']);
    expect(good.code).toBe(0);
    const record = JSON.parse(readFileSync(join(root, 'good', 'records.jsonl'), 'utf8').trim()) as { producer: { name: string } };
    record.producer.name = 'Evil\x1b[2J\u009b31m Office\u202e';
    const records = join(root, 'hostile.jsonl');
    writeFileSync(records, `${JSON.stringify(record)}\n${line}\n`);
    const text = await runInProcess(['summary', records]);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain('Evil\\u001b[2J\\u009b31m Office\\u202e');
    expect(text.out).not.toMatch(obeyed);
    const json = await runInProcess(['summary', records, '--json']);
    expect(json.out).not.toMatch(obeyed);
    expect(JSON.stringify(JSON.parse(json.out))).toContain('Evil\\u001b[2J\u009b31m Office\u202e');
  });
});
