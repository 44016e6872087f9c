import { defineConfig } from 'vitest/config';

// CI asks for a JSON report beside the usual output, to print one plain "N passed, N failed" line.
const report = process.env.BREACH_EXTRACT_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: report ? ['default', 'json'] : ['default'],
    outputFile: report ? { json: report } : undefined,
  },
});
