import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and adapter tests: plain Node by default; files that need a DOM opt in with
// `// @vitest-environment jsdom` (happy-dom mis-parses some selectors, DESIGN §4).
export default defineConfig({
  plugins: [preact()],
  define: { __OP_DEV__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup-i18n.ts'],
    environment: 'node',
    pool: 'threads',
    // Vitest leaves one core free by default: on a 2-core CI that is one file at a time.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
