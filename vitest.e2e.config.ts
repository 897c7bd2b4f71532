import { defineConfig } from 'vitest/config';

// End-to-end: the BUILT extension (dist/) in headless Chromium against the playground.
// Two files at a time, each with its own browser shared across its tests: a test spends most of
// its time waiting on the page (settle delays, LinkedIn's own timers), so two Chromiums on 2
// cores finish in a little over half the time of one (measured in issue 11's note).
export default defineConfig({
  define: { __OP_DEV__: 'false' },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
