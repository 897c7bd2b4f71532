import { defineConfig } from 'vitest/config';

// `npm run soak` (issue 11, part 5): the long-day soak against the BUILT extension. Not in `npm test`.
export default defineConfig({
  define: { __OP_DEV__: 'false' },
  test: {
    include: ['tests/soak/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
