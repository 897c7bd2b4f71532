import { defineConfig } from 'vitest/config';

// End-to-end in FIREFOX: the BUILT dist-firefox/ in headless firefox-esr, driven by puppeteer-core over
// WebDriver BiDi (scripts/lib/firefox.mjs). A smoke set of the core flows; the variant matrix runs
// in Chromium (vitest.e2e.config.ts). One browser per file, files one after another.
export default defineConfig({
  define: { __OP_DEV__: 'false' },
  test: {
    include: ['tests/e2e/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 40_000,
    hookTimeout: 90_000,
    globalSetup: ['tests/e2e/firefox/global-setup.ts'],
  },
});
