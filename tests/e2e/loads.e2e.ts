import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startSession, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(() => s?.close());

describe('the built extension', () => {
  it('loads in Chromium with a service worker and an id', () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
  });

  // The same invite dialog markup on linkedin.com and elsewhere: only the manifest's match pattern
  // decides whether the content script runs, and only then does the panel appear and a blank send
  // get stopped. This fails if the build, the match pattern or the injection is broken.
  const dialog = readFileSync('tests/fixtures/linkedin/invite--choose-ember-light--2026-09.html', 'utf8');

  it('runs its content script on a routed https://www.linkedin.com page', async () => {
    const page = await s.context.newPage();
    await page.route('https://www.linkedin.com/in/someone/', (r) => r.fulfill({ contentType: 'text/html', body: dialog }));
    await page.goto('https://www.linkedin.com/in/someone/');
    await page.locator('on-purpose-invite-panel').waitFor({ state: 'attached', timeout: 5000 });
    await page.close();
  });

  it('does not run on other sites', async () => {
    const page = await s.context.newPage();
    await page.route('https://example.com/**', (r) => r.fulfill({ contentType: 'text/html', body: dialog }));
    await page.goto('https://example.com/');
    await page.waitForTimeout(800);
    expect(await page.locator('on-purpose-invite-panel').count()).toBe(0);
    await page.close();
  });

  it('exposes no web_accessible_resources to linkedin.com', () => {
    const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
    const war = (manifest.web_accessible_resources ?? []) as Array<{ matches?: string[] }>;
    expect(war.filter((w) => (w.matches ?? []).some((m) => /linkedin|all_urls|\*:\/\/\*\//.test(m)))).toEqual([]);
    // storage, scripting to inject the UI bundle on demand (see src/content/loader.ts), alarms for
    // the daily People reminder check (no install warning). notifications is optional, asked on a click.
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'alarms']);
    expect(manifest.optional_permissions ?? []).toEqual(['notifications']);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
  });

  it('derives a Firefox manifest with event-page scripts, a gecko id and data_collection_permissions', () => {
    const ff = JSON.parse(readFileSync('dist-firefox/manifest.json', 'utf8'));
    expect(ff.background.scripts).toHaveLength(1);
    expect(ff.background.service_worker).toBeUndefined();
    expect(ff.browser_specific_settings.gecko.id).toBeTruthy();
    expect(ff.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
