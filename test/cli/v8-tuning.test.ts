import { describe, expect, it } from 'vitest';
import { tuneV8ForJobs, v8FlagForJobs, workersInterruptBudget } from '../../src/cli/v8-tuning.js';

describe('V8 tuning for the number of jobs', () => {
  it.each([
    [1, null],
    [2, `--interrupt-budget=${workersInterruptBudget}`],
    [8, `--interrupt-budget=${workersInterruptBudget}`],
  ] as const)('%i jobs -> %s', (jobs, flag) => {
    expect(v8FlagForJobs(jobs)).toBe(flag);
  });

  it('sets the flag only for two or more jobs', () => {
    const set: string[] = [];
    tuneV8ForJobs(1, (flags) => set.push(flags));
    expect(set).toEqual([]);
    tuneV8ForJobs(2, (flags) => set.push(flags));
    expect(set).toEqual(['--interrupt-budget=540672']);
  });
});
