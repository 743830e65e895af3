// Runs in every spec file: its browser closes when the file is done.
import { afterAll } from 'vitest';
import { closeSharedBrowser } from './browser.ts';

afterAll(async () => {
  await closeSharedBrowser();
});
