#!/usr/bin/env node
// `npm start`: build, then open Chromium with the extension loaded on the local LinkedIn playground.
//   npm start                      the playground, in a visible browser window
//   npm start -- --live            real linkedin.com in a fresh profile (no routing)
//   npm start -- --screenshot x.png [--page <fixture file or URL>] [--dark]
//                                  headless: open a playground page, wait for On Purpose, save a PNG
//   npm start -- --screenshot docs/store/ [--only <name>]…
//                                  headless: the store screenshot set (scripts/screenshots.config.mjs)
//                                  at every store size; `npm run screenshots` does the same
//   npm start -- --no-build        skip the build step
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ROOT, chromiumOrExit, launch, loadFixtureIndex, routePlayground } from './lib/browser.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

chromiumOrExit();

if (!flag('--no-build')) {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const screenshot = option('--screenshot');
const live = flag('--live');

if (screenshot && (screenshot.endsWith('/') || !screenshot.endsWith('.png'))) {
  const { SETS, SIZES } = await import('./screenshots.config.mjs');
  const { takeScreenshots } = await import('./lib/screenshots.mjs');
  const only = argv.flatMap((a, i) => (argv[i - 1] === '--only' ? [a] : []));
  // `--only de` makes just the German set (`--only de --only 3-reply`: that shot of it);
  // `--only 3-reply` that shot in every set.
  const namedSets = SETS.filter((set) => set.dir && only.includes(set.dir));
  const sets = namedSets.length ? namedSets : SETS.filter((set) => !only.length || set.shots.some((s) => only.includes(s.name)));
  for (const set of sets) {
    const outDir = resolve(process.cwd(), screenshot, set.dir);
    const names = only.filter((n) => n !== set.dir && !SETS.some((x) => x.dir === n));
    const files = await takeScreenshots({ outDir, shots: set.shots, sizes: SIZES, only: names, locale: set.locale });
    console.log(`${files.length} screenshots in ${outDir}`);
  }
  process.exit(0);
}

if (screenshot) {
  const { context } = await launch({ headless: true, viewport: { width: 1280, height: 800 } });
  await routePlayground(context);
  const page = await context.newPage();
  if (flag('--dark')) await page.emulateMedia({ colorScheme: 'dark' });
  const wanted = option('--page') ?? 'invite--step1-light--2026-09.html';
  const fixture = loadFixtureIndex().find((f) => f.file === wanted || f.file === `${wanted}.html`);
  const url = fixture?.url ?? (wanted.startsWith('https://') ? wanted : 'https://www.linkedin.com/__playground/');
  await page.goto(url);
  // Wait for On Purpose's injected UI when the page has one; a plain page is fine too.
  await page.locator('[data-on-purpose-ui]').first().waitFor({ timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(300);
  const out = resolve(process.cwd(), screenshot);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`Screenshot of ${url} saved to ${out}`);
  await context.close();
  process.exit(0);
}

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found, so no browser window can open here. Try `npm start -- --screenshot out.png`.');
  process.exit(1);
}

const profile = live ? undefined : join(ROOT, '.playground-profile');
if (profile && !existsSync(profile)) mkdirSync(profile, { recursive: true });
const { context } = await launch({ headless: false, viewport: null, userDataDir: profile });
if (!live) await routePlayground(context);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(live ? 'https://www.linkedin.com/' : 'https://www.linkedin.com/__playground/');
console.log(live
  ? 'Chromium is open on linkedin.com with On Purpose loaded (fresh profile). Close the window to stop.'
  : 'Chromium is open on the On Purpose playground (https://www.linkedin.com/__playground/). Close the window to stop.');
await new Promise((done) => context.on('close', done));
