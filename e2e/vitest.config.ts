import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: one platform server for the whole run (global-setup.ts), so the spec files run one
// after another in a single worker; each test gets its own browser context.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    setupFiles: ['./support/per-file.ts'],
    // Building the web app and seeding a fresh demo city take about a minute on a cold machine.
    hookTimeout: 180_000,
    testTimeout: 90_000,
    teardownTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    // .ci/run prints a plain "N passed, N failed" line from this JSON report.
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
