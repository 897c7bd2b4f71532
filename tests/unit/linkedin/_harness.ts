/**
 * Loads LinkedIn fixtures into their own JSDOM windows (scripts run, so each page's fallback
 * attaches its declarative shadow root and its Ember-like reactions work), at a LinkedIn URL.
 *
 * Source: the corpus in tests/fixtures/linkedin, each page with its fixtures.json entry (url and
 * `expect` block). The shared reference pages are part of the corpus under their new names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const CORPUS = resolve(import.meta.dirname, '../../fixtures/linkedin');

export interface Expect {
  invite?: null | {
    step: string;
    root: 'document' | 'interop';
    recipient: string | null;
    pageLimit: number | null;
    locale: string | null;
  };
  cards?: Array<{ name: string | null; kind: 'person' | 'other'; hasNote: boolean }>;
  composers?: Array<{ surface: string; recipient: string | null }>;
  oneClickConnect?: number;
  sendControls?: Record<string, unknown>;
  /** Cards that lazy loading appends (template[data-playground-more]). */
  moreCards?: Array<{ name: string | null; kind: 'person' | 'other'; hasNote: boolean }>;
}

export interface Fixture {
  file: string;
  path: string;
  html: string;
  url: string;
  expect: Expect | null;
}

interface ManifestEntry {
  file: string;
  url?: string;
  expect?: Expect;
}

function readManifest(): ManifestEntry[] {
  const p = join(CORPUS, 'fixtures.json');
  if (!existsSync(p)) return [];
  const raw: unknown = JSON.parse(readFileSync(p, 'utf8'));
  const list = Array.isArray(raw) ? raw : ((raw as { fixtures?: unknown[] }).fixtures ?? Object.entries(raw as object).map(([file, v]) => ({ file, ...(v as object) })));
  return (list as ManifestEntry[]).filter((e) => e && typeof e.file === 'string');
}

/** A URL per page when the manifest has none: from the file's surface name. */
export function guessUrl(file: string, html: string): string {
  const f = basename(file);
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(html)?.[1];
  if (canonical?.startsWith('https://www.linkedin.com/')) return canonical;
  if (/invitation-manager|invitations-received/.test(f)) return 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
  if (/mynetwork|grow|pymk/.test(f)) return 'https://www.linkedin.com/mynetwork/';
  if (/fullpage|messaging-page|messaging-thread/.test(f)) return 'https://www.linkedin.com/messaging/thread/2-fixture/';
  if (/messaging|composer/.test(f)) return 'https://www.linkedin.com/feed/';
  if (/search|2025|sdui/.test(f) || /SearchResults/.test(html)) return 'https://www.linkedin.com/search/results/people/?keywords=fixture';
  if (/legacy|how-do-you-know/.test(f)) return 'https://www.linkedin.com/people/invite?from=profile&key=1';
  if (/share|feed|decoy/.test(f)) return 'https://www.linkedin.com/feed/';
  return 'https://www.linkedin.com/in/fixture-maya-lindqvist/';
}

export function loadFixtures(): Fixture[] {
  const seen = new Set<string>();
  const out: Fixture[] = [];
  const manifest = new Map(readManifest().map((e) => [basename(e.file), e]));
  const add = (dir: string, file: string): void => {
    const path = join(dir, file);
    const html = readFileSync(path, 'utf8');
    const hash = createHash('sha1').update(html).digest('hex');
    if (seen.has(hash)) return;
    seen.add(hash);
    const m = manifest.get(file);
    out.push({ file, path, html, url: m?.url ?? guessUrl(file, html), expect: m?.expect ?? null });
  };
  if (existsSync(CORPUS)) for (const f of readdirSync(CORPUS).sort()) if (f.endsWith('.html')) add(CORPUS, f);
  return out;
}

/** jsdom lacks innerText (fixture scripts read it) and checkVisibility; give it the former only. */
function polyfill(win: Window & typeof globalThis): void {
  if (!('innerText' in win.HTMLElement.prototype)) {
    Object.defineProperty(win.HTMLElement.prototype, 'innerText', {
      configurable: true,
      get(this: HTMLElement) {
        return this.textContent ?? '';
      },
    });
  }
}

/** Attach declarative shadow roots jsdom did not parse (pages without the fallback script). */
function attachDeclarativeShadow(doc: Document): void {
  for (const tpl of Array.from(doc.querySelectorAll('template[shadowrootmode]'))) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot) continue;
    const root = host.attachShadow({ mode: (tpl.getAttribute('shadowrootmode') as ShadowRootMode) ?? 'open' });
    root.appendChild((tpl as HTMLTemplateElement).content.cloneNode(true));
    tpl.remove();
  }
}

export function load(html: string, url = 'https://www.linkedin.com/feed/'): { win: Window & typeof globalThis; doc: Document } {
  const dom = new JSDOM(html, {
    url,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    beforeParse: (w) => polyfill(w as unknown as Window & typeof globalThis),
  });
  const win = dom.window as unknown as Window & typeof globalThis;
  attachDeclarativeShadow(win.document);
  return { win, doc: win.document };
}

export const loadFixture = (f: Fixture) => load(f.html, f.url);

/** A composed path like event.composedPath() for an element (up across shadow hosts to window). */
export function pathOf(el: Element): EventTarget[] {
  const out: EventTarget[] = [];
  let n: Node | null = el;
  while (n) {
    out.push(n);
    n = n.parentNode ?? ((n as ShadowRoot).host ?? null);
  }
  const win = el.ownerDocument.defaultView;
  if (win) out.push(win);
  return out;
}

/** Query across the document and open shadow roots. */
export function deepQueryAll(doc: Document, sel: string): Element[] {
  const out: Element[] = [];
  const visit = (root: Document | ShadowRoot): void => {
    out.push(...Array.from(root.querySelectorAll(sel)));
    for (const e of Array.from(root.querySelectorAll('*'))) if (e.shadowRoot) visit(e.shadowRoot);
  };
  visit(doc);
  return out;
}

export const deepQuery = (doc: Document, sel: string): HTMLElement => {
  const e = deepQueryAll(doc, sel)[0];
  if (!e) throw new Error(`no match for ${sel}`);
  return e as HTMLElement;
};

/** Click the way a user does: the composed path the guard sees. */
export const clickPath = (doc: Document, sel: string): EventTarget[] => pathOf(deepQuery(doc, sel));
