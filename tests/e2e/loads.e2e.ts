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

  it('runs its content script on a routed https://www.linkedin.com page', async () => {
    const page = await s.context.newPage();
    await page.route('https://www.linkedin.com/feed/', (r) =>
      r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Feed | LinkedIn</title><main>feed</main>' }),
    );
    await page.goto('https://www.linkedin.com/feed/');
    // The content script marks <html>: absent if the manifest's match pattern or the build is wrong.
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.onPurpose)).toBe('ready');
    await page.close();
  });

  it('does not run on other sites', async () => {
    const page = await s.context.newPage();
    await page.route('https://example.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<p>x</p>' }));
    await page.goto('https://example.com/');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.dataset.onPurpose)).toBeUndefined();
    await page.close();
  });

  it('exposes no web_accessible_resources to linkedin.com', () => {
    const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
    const war = (manifest.web_accessible_resources ?? []) as Array<{ matches?: string[] }>;
    expect(war.filter((w) => (w.matches ?? []).some((m) => /linkedin|all_urls|\*:\/\/\*\//.test(m)))).toEqual([]);
    expect(manifest.permissions).toEqual(['storage']);
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
