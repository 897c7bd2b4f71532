// The worker's re-injection after an install or update (src/background/reinject.ts): which tabs,
// which file, and that one tab's failure never stops the others. The real thing runs in
// tests/e2e/update.e2e.ts; this pins the edges a browser run does not reach.
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Tab {
  id?: number;
  url?: string;
  discarded?: boolean;
}
const api = vi.hoisted(() => ({
  manifest: { content_scripts: [{ js: ['src/content/index.js'] }] } as { content_scripts?: Array<{ js?: string[] }> },
  query: vi.fn<(q: object) => Promise<Tab[]>>(),
  executeScript: vi.fn<(o: { target: { tabId: number }; files: string[] }) => Promise<unknown>>(),
}));
vi.mock('../../../src/storage/browser', () => ({
  browser: {
    runtime: { getManifest: () => api.manifest },
    tabs: { query: api.query },
    scripting: { executeScript: api.executeScript },
  },
}));
const { onInstalled, reinjectIntoOpenTabs } = await import('../../../src/background/reinject');

beforeEach(() => {
  api.manifest = { content_scripts: [{ js: ['src/content/index.js'] }] };
  api.query.mockReset();
  api.executeScript.mockReset().mockResolvedValue([]);
});

describe('reinjectIntoOpenTabs', () => {
  it('injects the manifest’s built file into every open LinkedIn tab, by URL query (no `tabs` permission)', async () => {
    api.query.mockResolvedValue([{ id: 1, url: 'https://www.linkedin.com/feed/' }, { id: 2, url: 'https://www.linkedin.com/in/x/' }]);
    expect(await reinjectIntoOpenTabs()).toBe(2);
    expect(api.query).toHaveBeenCalledWith({ url: 'https://www.linkedin.com/*' });
    expect(api.executeScript.mock.calls.map(([o]) => [o.target.tabId, o.files])).toEqual([
      [1, ['src/content/index.js']],
      [2, ['src/content/index.js']],
    ]);
  });

  it('skips discarded tabs and survives a tab that refuses (closed, navigated, error page)', async () => {
    api.query.mockResolvedValue([{ id: 1 }, { id: 2, discarded: true }, { id: 3 }, {}]);
    api.executeScript.mockImplementation(async ({ target }) => {
      if (target.tabId === 1) throw new Error('Frame with ID 0 was removed.');
      return [];
    });
    expect(await reinjectIntoOpenTabs()).toBe(1);
    expect(api.executeScript.mock.calls.map(([o]) => o.target.tabId)).toEqual([1, 3]);
  });

  it('an engine that refuses the url filter without `tabs`: every tab, kept by the URL it may see', async () => {
    api.query.mockImplementation(async (q) => {
      if ('url' in q) throw new Error('The "tabs" permission is required to use the query API with the "url" parameter');
      return [{ id: 1, url: 'https://www.linkedin.com/feed/' }, { id: 2 }, { id: 3, url: 'https://example.com/' }];
    });
    expect(await reinjectIntoOpenTabs()).toBe(1);
    expect(api.executeScript.mock.calls.map(([o]) => o.target.tabId)).toEqual([1]);
  });

  it('no content script in the manifest: nothing to inject', async () => {
    api.manifest = {};
    expect(await reinjectIntoOpenTabs()).toBe(0);
    expect(api.query).not.toHaveBeenCalled();
  });
});

describe('onInstalled', () => {
  it.each([
    ['install', 1],
    ['update', 1],
    ['browser_update', 0],
    ['chrome_update', 0],
    ['shared_module_update', 0],
  ] as const)('%s → %i injection(s)', async (reason, n) => {
    api.query.mockResolvedValue([{ id: 7 }]);
    onInstalled({ reason, temporary: false } as never);
    await vi.waitFor(() => expect(api.executeScript).toHaveBeenCalledTimes(n));
    await new Promise((r) => setTimeout(r, 10));
    expect(api.executeScript).toHaveBeenCalledTimes(n);
  });
});
