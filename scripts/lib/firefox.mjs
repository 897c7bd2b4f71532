// Firefox for the end-to-end suite: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
// (no browser download, no geckodriver). The built dist-firefox/ is installed as a temporary add-on,
// and the playground is served at https://www.linkedin.com/... by the same resolution as in Chromium
// (playgroundResponse in ./browser.mjs).
//
// What Firefox needs under automation, learnt the hard way (issue #12):
//   - an extension page (moz-extension://) opens only when Firefox runs with --remote-allow-system-access;
//     even then BiDi reports no load event for it, so navigate without waiting, then wait for a marker;
//   - `extensions.webextensions.uuids` fixes the add-on's moz-extension:// host, which is random otherwise;
//   - MV3 host permissions are opt-in in Firefox, but with the default
//     `extensions.originControls.grantByDefault` a temporary add-on gets https://www.linkedin.com/*;
//   - under BiDi `request.resourceType()` throws: tell documents by `isNavigationRequest()`;
//   - data: URLs must be let through (puppeteer itself uses them).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, loadFixtureIndex, playgroundResponse } from './browser.mjs';

export const GECKO_ID = 'on-purpose@on-purpose.app';
/** A fixed moz-extension:// host, so tests can open the popup page. */
export const FIREFOX_UUID = '0b7e2c4a-5d1f-4e8b-9a3c-6f0d2e1b7a55';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/local/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** @returns {string | null} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Launches headless Firefox with dist-firefox/ installed as a temporary add-on.
 * @param {{ extensionPath?: string, headless?: boolean }} [opts]
 */
export async function launchFirefox(opts = {}) {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found: install firefox-esr or set FIREFOX_PATH.');
  const extensionPath = opts.extensionPath ?? join(ROOT, 'dist-firefox');
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error(`${extensionPath}/manifest.json is missing: run \`npm run build\`.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: opts.headless ?? true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // No first-run pages, update checks or telemetry pings competing for the two cores.
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const id = await browser.installExtension(extensionPath);
  if (id !== GECKO_ID) throw new Error(`Installed add-on id ${id}, expected ${GECKO_ID}`);
  return { browser, extensionOrigin: `moz-extension://${FIREFOX_UUID}` };
}

/**
 * Serves the playground to this page: https://www.linkedin.com/... from the fixtures, everything
 * else on the network refused. Without the playground's look, as in the Chromium suite (browser.mjs).
 * @param {import('puppeteer-core').Page} page
 */
export async function routePlaygroundFirefox(page) {
  const fixtures = loadFixtureIndex();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    const answer = playgroundResponse(url, { isDocument: request.isNavigationRequest(), fixtures, look: false });
    if (!answer) return void request.abort('blockedbyclient');
    void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
}
