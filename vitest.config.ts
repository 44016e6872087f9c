import { defineConfig } from 'vitest/config';

// CI asks for a JSON report beside the usual output, to print one plain "N passed, N failed" line.
const report = process.env.BREACH_EXTRACT_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Vitest's default on two cores is one test file at a time (cores - 1); many of ours wait on child
    // processes, browsers and npm, so two at a time take the suite from about 290 s to about 250 s here.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: report ? ['default', 'json'] : ['default'],
    outputFile: report ? { json: report } : undefined,
  },
});
