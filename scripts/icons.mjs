#!/usr/bin/env node
// `npm run icons`: renders assets/icon.svg to public/icons/<size>.png at every size the stores and
// browsers ask for (16 and 32 for the toolbar, 48 for the extensions page, 96 for Firefox's add-ons
// manager and AMO, 128 for the Chrome Web Store and install dialogs). Uses the Chromium the project
// already needs, so no image tool is required; the PNGs are committed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chromiumOrExit, launch } from './lib/browser.mjs';

export const ICON_SIZES = [16, 32, 48, 96, 128];

chromiumOrExit();
const svg = readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8');
const out = join(ROOT, 'public', 'icons');
mkdirSync(out, { recursive: true });
const { context } = await launch({ extensionPath: null, viewport: { width: 128, height: 128 } });
const page = await context.newPage();
for (const size of ICON_SIZES) {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/icons/${size}.png`);
}
await context.close();
