import { defineConfig } from 'vitest/config';

// End-to-end: the BUILT extension (dist/) in headless Chromium against the playground.
// Files run one after another (2-core CI); each file shares one browser across its tests.
export default defineConfig({
  define: { __OP_DEV__: 'false' },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
