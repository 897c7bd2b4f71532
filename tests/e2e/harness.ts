// Shared end-to-end plumbing: one Chromium per test file with the BUILT extension and the playground.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { fixtureUrl, guardNetwork, launch, routePlayground, type FixtureEntry } from '../../scripts/lib/browser.mjs';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  open(fixture: string): Promise<Page>;
  /** The extension's own page, for reading and seeding chrome.storage. */
  extensionPage(): Promise<Page>;
  /** Requests no one served (issue 11: the extension makes none). Live; `close()` fails on any. */
  foreign: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  /**
   * Chromium's developer mode, in a fresh profile. An unpacked extension that reloads itself
   * (`chrome.runtime.reload()`, the stand-in for an update) is disabled on reload as
   * DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION unless the profile has developer mode on.
   */
  developerMode?: boolean;
  /** Change a fixture page before it is served (see routePlayground). */
  rewrite?: (html: string, fixture: FixtureEntry, url: URL) => string;
  /** Run the browser in this language ("de"): see launch() in scripts/lib/browser.mjs. */
  locale?: string;
  /**
   * Serve the playground's look too (playground.css, LinkedIn's colours light and dark). Off by
   * default: a quarter of each page load's CPU. The accessibility checks need it, because our inline
   * controls take the page's colours and contrast is measured against them.
   */
  look?: boolean;
}

function profileWithDeveloperMode(): string {
  const dir = mkdtempSync(join(tmpdir(), 'on-purpose-dev-'));
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return dir;
}

/** A same-site page with nothing on it: parking a page there keeps its renderer process. */
export const PARKED_URL = 'https://www.linkedin.com/__playground/blank';

/** What makes a page unfit to hand to the next test: state a navigation does not reset. */
const TAINTING = ['addInitScript', 'route', 'routeFromHAR', 'exposeFunction', 'exposeBinding', 'setViewportSize', 'emulateMedia', 'setExtraHTTPHeaders'] as const;

const LISTENED = ['pageerror', 'console', 'dialog', 'request', 'response', 'requestfailed', 'popup', 'download', 'framenavigated', 'load', 'domcontentloaded', 'filechooser', 'worker'] as const;

/**
 * Pages handed back by `close()` are parked and given to the next `open()`. A new tab costs
 * Chromium and Playwright about 0.35 s of CPU before it loads anything, and a fixture load in a
 * fresh tab 1.1 s against 0.6 s in a reused one (measured on the 2-core CI machine, issue 11):
 * with 2 files at a time the suite is CPU-bound, so this is most of what it costs. A page whose
 * test added state a navigation keeps (init scripts, routes, emulation) is really closed.
 *
 * A page handed back stays where it is until the next test navigates it (the navigation is the
 * reset). Parking it on a blank page first (OP_PARK=1) cost one more navigation per test, about
 * 0.07 s of CPU, and bought nothing: the next `open()` takes it at once.
 */
export function pagePool(context: BrowserContext, keep = 2, park = process.env.OP_PARK === '1'): { take(): Promise<Page> } {
  const parked: Page[] = [];
  const wrapped = new WeakSet<Page>();
  const wrap = (page: Page): Page => {
    if (wrapped.has(page)) return page;
    wrapped.add(page);
    let tainted = false;
    const p = page as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const m of TAINTING) {
      const orig = p[m]!.bind(page);
      p[m] = (...a: unknown[]) => {
        tainted = true;
        return orig(...a);
      };
    }
    const realClose = page.close.bind(page);
    page.close = async (o?: Parameters<Page['close']>[0]) => {
      if (tainted || page.isClosed() || parked.length >= keep || o?.runBeforeUnload) return realClose(o);
      try {
        // Only what tests listen to: Playwright's own listeners on the page must stay.
        for (const e of LISTENED) page.removeAllListeners(e);
        if (park) await page.goto(PARKED_URL, { waitUntil: 'commit', timeout: 5000 });
        parked.push(page);
      } catch {
        await realClose(o).catch(() => undefined);
      }
    };
    return page;
  };
  return {
    async take() {
      for (let page = parked.pop(); page; page = parked.pop()) {
        if (page.isClosed()) continue;
        // A tab opened since (the popup, another test's page) left this one in the background,
        // where Chromium stops animation frames: clicks would wait ~2 s for "stable".
        await page.bringToFront();
        return page;
      }
      return wrap(await context.newPage());
    },
  };
}

export async function startSession(opts: SessionOptions = {}): Promise<Session> {
  const { context, extensionId } = await launch({
    ...(opts.developerMode ? { userDataDir: profileWithDeveloperMode() } : {}),
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  if (!extensionId) throw new Error('The extension did not load: no service worker appeared.');
  // Fail fast: a missing control should fail its test in seconds, not hang to the suite timeout.
  context.setDefaultTimeout(5000);
  // Every request the playground does not serve, from any context, is recorded and fails the file.
  const foreign = await guardNetwork(context);
  // Without the playground's look (playground.css) unless asked: a quarter of each page load's CPU,
  // and only contrast depends on it (functional.css, which hides what LinkedIn hides, is always linked).
  await routePlayground(context, { foreign, rewrite: opts.rewrite, look: opts.look ?? false });
  let extPage: Page | null = null;
  const pool = pagePool(context);
  return {
    context,
    extensionId,
    async open(fixture) {
      const page = await pool.take();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(fixture.startsWith('https://') ? fixture : fixtureUrl(fixture));
      return page;
    },
    async extensionPage() {
      if (!extPage || extPage.isClosed()) {
        // In a window of its own, as the real popup is: a second tab would hide the fixture page
        // (or be hidden by it), and Chromium runs no animation frames in a hidden tab, so clicks
        // there wait for "stable" until they time out.
        const url = `chrome-extension://${extensionId}/src/popup/index.html`;
        const [worker] = context.serviceWorkers();
        const opened = context.waitForEvent('page', { predicate: (p) => p.url().startsWith(url), timeout: 10_000 });
        await worker!.evaluate(async (u) => {
          const api = (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome;
          await api.windows.create({ url: u, type: 'normal', width: 800, height: 900 });
        }, url);
        extPage = await opened;
        await extPage.waitForLoadState('load');
      }
      return extPage;
    },
    foreign,
    async close() {
      await context.close();
      if (foreign.length) {
        throw new Error(`Requests the playground did not serve (the extension must make none):\n  ${foreign.join('\n  ')}`);
      }
    },
  };
}

export interface LogEntry {
  kind: string;
  recipient: string;
  text: string;
}

/** What the playground recorded as sent (invites, messages, accepts): see tests/playground/sim.js. */
export function playgroundLog(page: Page): Promise<LogEntry[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#playground-log li'), (li) => {
      const d = (li as HTMLElement).dataset;
      return { kind: d.kind ?? '', recipient: d.recipient ?? '', text: d.text ?? '' };
    }),
  );
}
