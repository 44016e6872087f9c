// How V8 tiers up code in a run with two or more worker threads. Each worker is an isolate of its own that compiles
// the same functions again, on the same cores as the files being read, and most of the pipeline's functions run a
// few times a file: warm, but never hot enough to repay an optimising compile. So with two or more workers a function
// is optimised only once eight times as much of its code has run as V8's default interrupt budget allows (67,584).
// Alternated runs with two jobs on two cores: 300 PDFs 0.82-0.87x the time, 1,000 texts 0.81x, 1,000 DOCX 0.91x,
// 3,000 PDFs 0.95x, and peak memory 285-290 MB at 3,000 PDFs instead of 296-305. With one worker the compiles have a
// core of their own, and the same budget made 1,000 DOCX and 1,000 PDFs 8-10% slower, so it is left as it is.
// It is set at run time, before the workers start (their isolates read it; the launcher's #! line cannot know the
// number of jobs), and only by the command line: a program that imports the library keeps its own V8 settings.
import { setFlagsFromString } from 'node:v8';

/** Eight times V8's default --interrupt-budget. */
export const workersInterruptBudget = 540_672;

/** The V8 flag to set for a run with `jobs` worker threads, or null for none. */
export function v8FlagForJobs(jobs: number): string | null {
  return jobs >= 2 ? `--interrupt-budget=${workersInterruptBudget}` : null;
}

/** Sets, for the workers about to start, what v8FlagForJobs says. */
export function tuneV8ForJobs(jobs: number, setFlags: (flags: string) => void = setFlagsFromString): void {
  const flag = v8FlagForJobs(jobs);
  if (flag) setFlags(flag);
}
