// Firefox end-to-end plumbing: one headless firefox-esr per file with the BUILT dist-firefox/ installed
// as a temporary add-on, pages on the playground, driven by puppeteer-core over WebDriver BiDi.
// puppeteer has no auto-waiting locators that pierce shadow roots the way playwright's do, so the
// helpers below find elements across open shadow roots in the page and click them with real
// (trusted) input through BiDi.
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { fixtureUrl } from '../../../scripts/lib/browser.mjs';
import { launchFirefox, routePlaygroundFirefox } from '../../../scripts/lib/firefox.mjs';

export interface FirefoxSession {
  browser: Browser;
  extensionOrigin: string;
  open(fixture: string): Promise<Page>;
  /** The popup page as a tab (for the popup tests and for reading or seeding storage). */
  popup(): Promise<Page>;
  close(): Promise<void>;
}

export async function startFirefox(): Promise<FirefoxSession> {
  const { browser, extensionOrigin } = await launchFirefox();
  let ext: Page | null = null;
  return {
    browser,
    extensionOrigin,
    async open(fixture) {
      const page = await browser.newPage();
      page.setDefaultTimeout(8000);
      await routePlaygroundFirefox(page);
      await page.goto(fixture.startsWith('https://') ? fixture : fixtureUrl(fixture));
      await page.waitForFunction(() => document.documentElement.dataset.playground === 'ready');
      return page;
    },
    async popup() {
      if (ext && !ext.isClosed()) return ext;
      const page = await browser.newPage();
      page.setDefaultTimeout(8000);
      await page.setViewport({ width: 400, height: 600 });
      // BiDi reports no load event for moz-extension:// pages: do not wait for one (and the
      // navigation promise may reject with "Frame detached" although the page loads fine).
      page.goto(`${extensionOrigin}/src/popup/index.html`).catch(() => {});
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), { timeout: 15_000 });
      ext = page;
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** In the page: the first element matching `selector` (across open shadow roots) whose text matches `text`. */
export async function deep(page: Page, selector: string, text?: RegExp): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(
    (sel, source, flags) => {
      const re = source === null ? null : new RegExp(source, flags);
      const found: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.matches(sel)) found.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const name = (el: Element) => (el.getAttribute('aria-label') ?? '') + ' ' + (el.textContent ?? '');
      return found.find((el) => !re || re.test(name(el).trim())) ?? null;
    },
    selector,
    text?.source ?? null,
    text?.flags ?? '',
  );
  return handle.asElement() as ElementHandle<Element> | null;
}

/** Waits until `deep` finds the element, then returns it. */
export async function waitDeep(page: Page, selector: string, text?: RegExp, timeout = 8000): Promise<ElementHandle<Element>> {
  const until = Date.now() + timeout;
  for (;;) {
    const el = await deep(page, selector, text);
    if (el) return el;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${selector}${text ? ` ${text}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Clicks an element once it holds still and nothing covers it. Puppeteer clicks at the centre of the
 * box it measured a moment before, and does not wait for the element to settle as Playwright does: a
 * control we have just mounted can still move while its styles apply or the controls beside it
 * mount, and on a loaded machine the click then lands beside it (seen once in Firefox, on a 2-core
 * run of npm test: "Ask how we met" clicked, no composer opened). So: the same box over two frames,
 * and the element itself (or a child) at its centre, in its own shadow root; then the click.
 */
export async function clickStable(el: ElementHandle<Element>, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const ready = await el.evaluate(
      (e) =>
        new Promise<boolean>((resolve) => {
          const box = () => {
            const r = e.getBoundingClientRect();
            return `${r.x},${r.y},${r.width},${r.height}`;
          };
          e.scrollIntoView({ block: 'center', inline: 'center' });
          const first = box();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const r = e.getBoundingClientRect();
              const root = e.getRootNode() as Document | ShadowRoot;
              const hit = root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
              resolve(e.isConnected && r.width > 0 && r.height > 0 && box() === first && !!hit && (hit === e || e.contains(hit)));
            }),
          );
        }),
    );
    if (ready) break;
    if (Date.now() > until) throw new Error('The element did not hold still, or stayed covered, for a click');
  }
  await el.click();
}

/** The text input labelled `label` (a <label for>), in whichever shadow root holds it. */
export async function byLabel(page: Page, label: string): Promise<ElementHandle<Element>> {
  const lab = await waitDeep(page, 'label', new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const handle = await lab.evaluateHandle((l) => (l as HTMLLabelElement).control ?? (l.getRootNode() as ShadowRoot).getElementById((l as HTMLLabelElement).htmlFor));
  const el = handle.asElement();
  if (!el) throw new Error(`No control for the label ${label}`);
  return el as ElementHandle<Element>;
}

/** Replaces a field's content by typing (real key events, as a user would). */
export async function typeInto(page: Page, el: ElementHandle<Element>, text: string): Promise<void> {
  await clickStable(el);
  await el.evaluate((e) => {
    if (e instanceof HTMLTextAreaElement || e instanceof HTMLInputElement) e.select();
  });
  await page.keyboard.press('Backspace');
  await el.type(text);
}

/** Polls `fn` until it returns a value `ok` accepts (like vitest's expect.poll, for puppeteer). */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 8000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > end) return last;
    await new Promise((r) => setTimeout(r, 100));
    last = await fn();
  }
  return last;
}

export interface LogEntry {
  kind: string;
  recipient: string;
  text: string;
}
/** What the playground recorded as sent: see tests/playground/sim.js. */
export const playgroundLog = (page: Page): Promise<LogEntry[]> =>
  page.evaluate(() => (window as unknown as { playground: { log(): LogEntry[] } }).playground.log());
