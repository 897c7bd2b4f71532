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
}

function profileWithDeveloperMode(): string {
  const dir = mkdtempSync(join(tmpdir(), 'on-purpose-dev-'));
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return dir;
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
  await routePlayground(context, { foreign, rewrite: opts.rewrite });
  let extPage: Page | null = null;
  return {
    context,
    extensionId,
    async open(fixture) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(fixture.startsWith('https://') ? fixture : fixtureUrl(fixture));
      return page;
    },
    async extensionPage() {
      if (!extPage || extPage.isClosed()) {
        extPage = await context.newPage();
        await extPage.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
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
