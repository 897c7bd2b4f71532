// Takes the store screenshot set (scripts/screenshots.config.mjs) with the built extension in
// headless Chromium on the playground. Each shot is taken once at the largest size and scaled down
// for the smaller ones by the browser itself (no image tool needed), so all sizes show the same.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureUrl, launch, routePlayground } from './browser.mjs';

const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;

/** Draws `png` (or a popup over a background) into a width×height page and returns the PNG. */
async function compose(page, { width, height }, html) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0;width:${width}px;height:${height}px;overflow:hidden">${html}</body></html>`);
  await page.evaluate(() => Promise.all(Array.from(document.images, (i) => i.decode())));
  return page.screenshot({ clip: { x: 0, y: 0, width, height } });
}

async function popupShot(context, extensionId, shot, base) {
  // What the user did on LinkedIn before opening the popup (e.g. sent an invitation).
  await shot.before?.(context);
  const bg = await context.newPage();
  await bg.setViewportSize(base);
  await bg.goto(fixtureUrl(shot.background ?? 'feed--plain--2026-09.html'));
  await bg.waitForTimeout(300);
  const backdrop = await bg.screenshot();
  await bg.close();
  const pop = await context.newPage();
  await pop.setViewportSize({ width: 400, height: 600 });
  await pop.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await pop.waitForSelector('html[data-ready]');
  await pop.locator('.row').first().waitFor();
  await shot.prepare?.(pop);
  await pop.waitForTimeout(200);
  const popup = await pop.screenshot();
  await pop.close();
  // The popup where the browser shows it: under the toolbar, at the right.
  return { backdrop, popup };
}

/**
 * @param {{ outDir: string, shots: Array<any>, sizes: Array<{width:number,height:number}>, only?: string[], locale?: string }} opts
 */
export async function takeScreenshots({ outDir, shots, sizes, only, locale }) {
  const base = sizes[0];
  // `locale`: the browser's language (the popup and the default library follow it; see launch()).
  const { context, extensionId } = await launch({ headless: true, viewport: base, ...(locale ? { locale } : {}) });
  await routePlayground(context);
  const canvas = await context.newPage();
  mkdirSync(outDir, { recursive: true });
  const written = [];
  try {
    for (const shot of shots) {
      if (only?.length && !only.includes(shot.name)) continue;
      let html;
      if (shot.page === 'popup') {
        const { backdrop, popup } = await popupShot(context, extensionId, shot, base);
        html = `<img src="${dataUrl(backdrop)}" style="position:absolute;inset:0;width:100%;height:100%;filter:brightness(.92)">
<img src="${dataUrl(popup)}" style="position:absolute;top:${(8 / 800) * 100}%;right:${(24 / 1280) * 100}%;height:${(600 / 800) * 100}%;border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.35)">`;
      } else {
        const page = await context.newPage();
        await page.setViewportSize(base);
        await page.goto(fixtureUrl(shot.page));
        await page.waitForFunction(() => document.documentElement.dataset.playground === 'ready');
        await shot.prepare?.(page);
        await page.waitForTimeout(300);
        const png = await page.screenshot();
        await page.close();
        html = `<img src="${dataUrl(png)}" style="display:block;width:100%;height:100%">`;
      }
      for (const size of sizes) {
        const file = join(outDir, `${shot.name}-${size.width}x${size.height}.png`);
        writeFileSync(file, await compose(canvas, size, html));
        written.push(file);
      }
      console.log(`${shot.name}: ${shot.caption ?? ''}`);
    }
  } finally {
    await context.close();
  }
  return written;
}
