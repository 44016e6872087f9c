// The V8 flags a user's run has: those of the launcher's #! line (every run of `breach-extract` and `npx
// breach-extract`), and the one the command line sets for two or more jobs before its workers start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v8FlagForJobs } from '../../src/cli/v8-tuning.js';

/** The V8 flags the launcher's #! line gives Node (bin/breach-extract.js), which a user's run of the CLI has. */
export function launcherFlags(root: string): string[] {
  const shebang = readFileSync(join(root, 'bin', 'breach-extract.js'), 'utf8').split('\n')[0] ?? '';
  const flags = /^#!\/usr\/bin\/env -S node((?:\s+--[\w-]+(?:=\S+)?)*)\s*$/.exec(shebang)?.[1] ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

/** The flags of a CLI run with `jobs` workers, for code measured outside the CLI but compared with it. */
export function cliRunFlags(root: string, jobs: number): string[] {
  const flag = v8FlagForJobs(jobs);
  return [...launcherFlags(root), ...(flag ? [flag] : [])];
}
