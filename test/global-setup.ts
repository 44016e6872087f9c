// Once per vitest run: names the folder the test files that need the built CLI share (test/cli/run.ts builds it
// when the first of them asks), and removes it when the run ends.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): () => void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const folder = join(root, 'node_modules', '.cache', `breach-extract-built-run-${process.pid}`);
  // Test workers are started after this, so they inherit it.
  process.env.BREACH_EXTRACT_TEST_BUILD = folder;
  return () => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(`${folder}.lock`, { force: true });
  };
}
