// Shared by `npm start`, the end-to-end tests and the benchmark: find Chromium, launch it with the
// built extension loaded, and serve the LinkedIn playground at real https://www.linkedin.com URLs.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { fixtureIndexPage, welcomePage } from '../../tests/playground/welcome.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'linkedin');
export const PLAYGROUND_DIR = join(ROOT, 'tests', 'playground');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/local/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Chromium\\Application\\chrome.exe',
];

/** @returns {string | null} */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function chromiumOrExit() {
  const path = findChromium();
  if (path) return path;
  const hint = process.env.CHROME_PATH
    ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.`
    : 'No Chromium found in the usual places.';
  console.error(
    `${hint}\nInstall Chromium (Debian/Ubuntu: \`sudo apt-get install -y chromium\`; macOS: \`brew install --cask chromium\`)` +
      '\nor point CHROME_PATH at a Chromium binary. Google Chrome stable ignores --load-extension since version 137, so use Chromium.',
  );
  process.exit(1);
}

/**
 * Launches Chromium with an unpacked extension and returns the context and the extension id,
 * read from its service worker at run time.
 *
 * `locale` ("de") runs the browser in that language. On Linux, Chromium ignores --lang for its UI
 * language and follows the LANGUAGE environment variable, and only when Debian's chromium-l10n is
 * installed: chrome.i18n.getUILanguage() in the worker tells what we got. --lang and Playwright's
 * locale still set navigator.language and Accept-Language. `env` adds to the browser's environment.
 * @param {{ extensionPath?: string | null, headless?: boolean, userDataDir?: string, viewport?: {width:number,height:number} | null, args?: string[], locale?: string, env?: Record<string, string> }} [opts]
 */
export async function launch(opts = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it or set CHROME_PATH.');
  const extensionPath = opts.extensionPath === undefined ? join(ROOT, 'dist') : opts.extensionPath;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'on-purpose-'));
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
    ...(opts.locale ? [`--lang=${opts.locale}`] : []),
    ...(opts.args ?? []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    args,
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.locale || opts.env
      ? { env: { ...process.env, ...(opts.locale ? { LANGUAGE: opts.locale.replace('-', '_') } : {}), ...opts.env } }
      : {}),
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
  });
  let extensionId = null;
  if (extensionPath) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, userDataDir };
}

/** @returns {Array<{file:string,url:string,title?:string,surface?:string,variant?:string,locale?:string}>} */
export function loadFixtureIndex() {
  const indexPath = join(FIXTURE_DIR, 'fixtures.json');
  if (existsSync(indexPath)) return JSON.parse(readFileSync(indexPath, 'utf8')).fixtures;
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, url: `https://www.linkedin.com/__fixture/${file}` }));
}

const PLAYGROUND_PATH = '/__playground/';

/**
 * The playground's answer to one request, shared by both browsers (Chromium routes with
 * playwright-core, Firefox intercepts with puppeteer-core over WebDriver BiDi): `null` means
 * "block it" (anything not on www.linkedin.com never leaves the machine), otherwise the response.
 * Each fixture page gets the simulator script and the playground stylesheet appended.
 * @param {string} href the requested URL
 * `rewrite` may change a fixture page before it is served (e.g. a hostile person name, issue 11).
 * `look: false` links only functional.css (what hides and shows), not playground.css (the look):
 * the end-to-end tests do, since the look cost about 0.2 s of CPU per page load (issue 11).
 * @param {{ isDocument: boolean, fixtures?: ReturnType<typeof loadFixtureIndex>, rewrite?: (html: string, fixture: {file: string, url: string}, url: URL) => string, look?: boolean }} opts
 * @returns {{ status: number, contentType: string, body: string } | null}
 */
export function playgroundResponse(href, { isDocument, fixtures = loadFixtureIndex(), rewrite, look = true }) {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname !== 'www.linkedin.com') return null;
  const ok = (contentType, body) => ({ status: 200, contentType, body });
  if (url.pathname === PLAYGROUND_PATH || url.pathname === '/') {
    return ok('text/html; charset=utf-8', welcomePage(fixtures));
  }
  if (url.pathname === `${PLAYGROUND_PATH}blank`) {
    // Where the e2e harness parks a page between two tests (tests/e2e/harness.ts, pooled pages).
    return ok('text/html; charset=utf-8', '<!doctype html><html lang="en"><title>Playground: parked</title><body></body></html>');
  }
  if (url.pathname === `${PLAYGROUND_PATH}all`) {
    return ok('text/html; charset=utf-8', fixtureIndexPage(fixtures));
  }
  for (const sheet of ['functional.css', 'playground.css']) {
    if (url.pathname !== `${PLAYGROUND_PATH}${sheet}`) continue;
    const cssPath = join(PLAYGROUND_DIR, sheet);
    return ok('text/css; charset=utf-8', existsSync(cssPath) ? readFileSync(cssPath, 'utf8') : '');
  }
  if (url.pathname === `${PLAYGROUND_PATH}sim.js`) {
    const simPath = join(PLAYGROUND_DIR, 'sim.js');
    return ok('text/javascript; charset=utf-8', existsSync(simPath) ? readFileSync(simPath, 'utf8') : '');
  }
  const fixture = matchFixture(fixtures, url);
  if (!fixture || !isDocument) return { status: 404, contentType: 'text/plain', body: 'not in the playground' };
  let html = readFileSync(join(FIXTURE_DIR, fixture.file), 'utf8');
  if (rewrite) html = rewrite(html, fixture, url);
  // The simulator; the rules that hide what LinkedIn hides; and, unless `look` is off, a stylesheet
  // that gives the bare fixtures LinkedIn's look (for people using `npm start`; tests do not need it).
  const sheets = look ? ['functional.css', 'playground.css'] : ['functional.css'];
  const tag = `${sheets.map((f) => `<link rel="stylesheet" href="${PLAYGROUND_PATH}${f}">`).join('')}<script src="${PLAYGROUND_PATH}sim.js"></script>`;
  html = html.includes('</body>') ? html.replace(/<\/body>(?![\s\S]*<\/body>)/, `${tag}</body>`) : html + tag;
  return ok('text/html; charset=utf-8', html);
}

/**
 * The "no network" proof (issue 11, SECURITY.md): every request from any context of this browser
 * (pages, the content script inside them, the popup, the service worker) that reaches the network
 * layer and is not served by the playground is aborted and recorded, websockets included. Call it
 * BEFORE routePlayground (later routes win, so this one only sees what the playground leaves).
 * The e2e harness fails the file when the list is not empty.
 * @param {import('playwright-core').BrowserContext} context
 * @returns {Promise<string[]>} the live list of unserved requests ("<type> <url>")
 */
export async function guardNetwork(context) {
  const foreign = [];
  await context.route('**/*', (route) => {
    // The extension's own files (chrome-extension://, moz-extension://) are not network requests.
    if (!/^(https?|wss?|ftp):/.test(route.request().url())) return route.continue();
    foreign.push(`${route.request().resourceType()} ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    foreign.push(`websocket ${ws.url()}`);
    ws.close({ code: 1008, reason: 'not in the playground' });
  });
  // Service-worker requests: Playwright routes them in Chromium, but record them from the
  // network events too, so a request that slips past routing is still seen.
  context.on('request', (req) => {
    if (req.serviceWorker() && !/^(chrome-extension|moz-extension):/.test(req.url())) foreign.push(`service-worker ${req.url()}`);
  });
  return foreign;
}

/**
 * Serves the playground on https://www.linkedin.com/* and blocks every other request, so tests and
 * demos never reach the network. Each fixture page gets the simulator script appended.
 * Requests the playground cannot serve (another host, a path it does not know, a sub-resource of
 * a fixture) are answered with an error and, when `foreign` is given, recorded there.
 * @param {import('playwright-core').BrowserContext} context
 * `rewrite` may change a fixture page before it is served (e.g. a hostile person name, issue 11).
 * @param {{ foreign?: string[], rewrite?: (html: string, fixture: {file: string, url: string}, url: URL) => string, look?: boolean }} [opts]
 */
export async function routePlayground(context, opts = {}) {
  const unserved = (route) => {
    const url = route.request().url();
    if (!/\/favicon\.ico$/.test(url)) opts.foreign?.push(`${route.request().resourceType()} ${url}`);
  };
  const fixtures = loadFixtureIndex();
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const request = route.request();
      const answer = playgroundResponse(request.url(), { isDocument: request.resourceType() === 'document', fixtures, rewrite: opts.rewrite, look: opts.look });
      if (!answer) {
        unserved(route);
        return route.abort('blockedbyclient');
      }
      if (answer.status === 404) unserved(route);
      return route.fulfill(answer);
    },
  );
  return fixtures;
}

/** Exact URL first, then the path alone (so a fixture at /feed/ answers /feed/?x=1). */
function matchFixture(fixtures, url) {
  const full = url.origin + url.pathname + url.search;
  const strip = (u) => u.replace(/\/+$/, '');
  return (
    fixtures.find((f) => strip(f.url) === strip(full)) ??
    fixtures.find((f) => strip(new URL(f.url).pathname) === strip(url.pathname) && !new URL(f.url).search) ??
    fixtures.find((f) => strip(new URL(f.url).pathname) === strip(url.pathname))
  );
}

export function fixtureUrl(file) {
  const f = loadFixtureIndex().find((x) => x.file === file || x.file === `${file}.html`);
  if (!f) throw new Error(`No fixture named ${file} in tests/fixtures/linkedin/fixtures.json`);
  return f.url;
}
