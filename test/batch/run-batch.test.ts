// The batch engine's hand-over: records go to onRecord in path order as soon as they and every file before them
// are done (not when the read-ahead window fills), and an error in onRecord ends the run with that error.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/batch/inputs.js';
import { runBatch, type BatchEngineOptions } from '../../src/batch/run-batch.js';
import { defaultLimits } from '../../src/options.js';
import { fixtures } from './make-inputs.js';

const report = join(fixtures, 'reports', '2009-late-release.txt');
const engine = (onRecord: BatchEngineOptions['onRecord']): BatchEngineOptions => ({ limits: defaultLimits, inFlight: 2, timeoutMs: 30_000, pool: null, journal: null, formats: ['jsonl'], onRecord });
const input = (index: number): InputFile => ({ path: report, sourcePath: `copy-${index}.txt` });

describe('runBatch', () => {
  it('hands the first record on while later inputs are still to come', async () => {
    let firstHandedOn: () => void = () => undefined;
    const handedOn = new Promise<void>((resolve) => (firstHandedOn = resolve));
    // The inputs stop after the third until the first record has been handed on: an engine that waits for its
    // window to fill before handing records on never gets there.
    async function* inputs(): AsyncGenerator<InputFile> {
      for (let index = 0; index < 3; index += 1) yield input(index);
      await handedOn;
      for (let index = 3; index < 6; index += 1) yield input(index);
    }
    const seen: string[] = [];
    const completed = await runBatch(
      inputs(),
      engine((entry) => {
        seen.push(entry.rendered.brief.path);
        firstHandedOn();
      }),
    );
    expect(completed).toBe(true);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5].map((index) => `copy-${index}.txt`));
  });

  it('ends the run with the error onRecord throws, and hands nothing on after it', async () => {
    const seen: number[] = [];
    async function* inputs(): AsyncGenerator<InputFile> {
      for (let index = 0; index < 20; index += 1) yield input(index);
    }
    const run = runBatch(
      inputs(),
      engine((entry) => {
        seen.push(entry.index);
        if (entry.index === 2) throw new Error('disk full');
      }),
    );
    await expect(run).rejects.toThrow('disk full');
    expect(seen).toEqual([0, 1, 2]);
  });
});
