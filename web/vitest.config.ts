import { defineConfig } from 'vitest/config';

// Unit tests of the web app's logic (no browser: the browser tests live in e2e/).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // CI also writes a JSON report, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.VITEST_JSON_WEB
      ? ['default', ['json', { outputFile: process.env.VITEST_JSON_WEB }]]
      : ['default'],
  },
});
