import { defineConfig } from 'vitest/config';

// Unit tests of the web app's logic (no browser: the browser tests live in e2e/).
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
