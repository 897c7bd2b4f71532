import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
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

/**
 * The slowest files, slowest first (measured: one worker, idle machine, 2026-12-07). Vitest orders
 * files by their last durations, but CI starts from a clean clone with no record of them: it then
 * falls back to file size, and the 20-second metamorphic file started 35th of 57, so one worker sat
 * idle at the end while the other finished it (unit stage 131 s in a clean clone against 96 s warm).
 */
const SLOWEST = [
  'tests/unit/storage/import-fuzz.test.ts',
  'tests/unit/linkedin/metamorphic.test.ts',
  'tests/unit/storage/people-import-fuzz.test.ts',
  'tests/unit/linkedin/fixtures.test.ts',
  'tests/unit/linkedin/surfaces.test.ts',
  'tests/unit/linkedin/invite.test.ts',
  'tests/unit/linkedin/diagnostics.test.ts',
  'tests/unit/linkedin/page.test.ts',
  'tests/unit/linkedin/people.test.ts',
  'tests/unit/linkedin/selectors.test.ts',
  'tests/unit/core/syntax.test.ts',
];

/** Vitest's order (projects one after the other), with the slowest files first within each. */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const project = new Map<string, number>();
    for (const f of base) if (!project.has(f.project.name)) project.set(f.project.name, project.size);
    const rank = (f: TestSpecification) => {
      const i = SLOWEST.findIndex((p) => f.moduleId.endsWith(p));
      return i < 0 ? SLOWEST.length : i;
    };
    return base
      .map((f, i) => ({ f, i }))
      .sort((a, b) => project.get(a.f.project.name)! - project.get(b.f.project.name)! || rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}

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
    sequence: { sequencer: SlowestFirst },
    projects: [
      { extends: true, test: { name: 'pure', include: SHARED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: SHARED } },
    ],
  },
});
