import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and adapter tests: plain Node by default; files that need a global DOM opt in with
// `// @vitest-environment jsdom` (happy-dom mis-parses some selectors, DESIGN §4). Most adapter
// tests need none: each page gets a JSDOM window of its own (tests/unit/linkedin/_harness.ts), and the
// global environment cost about 1.4 s of CPU per file.
//
// Two projects, because module isolation is a third of the unit stage's CPU (measured: 175 → 133 s
// of CPU for the whole suite without it, issue 11's 5-minute budget). The adapters, the core and the
// UI components are pure: nothing in them mocks a module or stubs a global, so their files share one
// module registry per worker (checked with shuffled file orders). The other files mock modules
// (vi.mock, mostly webextension-polyfill over a storage fake), so each of them gets its own.
const SHARED = [
  'tests/unit/linkedin/**/*.test.{ts,tsx}',
  'tests/unit/core/**/*.test.{ts,tsx}',
  'tests/unit/ui/**/*.test.{ts,tsx}',
  // Storage, content and security files that mock nothing.
  'tests/unit/storage/{fake,migrations}.test.ts',
  'tests/unit/content/runtime.test.ts',
  'tests/unit/security/{check-bundle,lint-sinks}.test.ts',
];

export default defineConfig({
  plugins: [preact()],
  define: { __OP_DEV__: 'false' },
  test: {
    setupFiles: ['tests/unit/setup-i18n.ts'],
    environment: 'node',
    pool: 'threads',
    // Vitest leaves one core free by default: on a 2-core CI that is one file at a time.
    maxWorkers: 2,
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'pure', include: SHARED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: SHARED } },
    ],
  },
});
