// Storage read costs with 5,000 people stored, for before/after comparisons on a loaded machine:
// the popup's first renders (bench/lib/popup.mjs), the time until the People tab has loaded every
// record, and direct reads (get(null) against a store's own keys via getKeys, one person).
// Usage: node bench/storage-reads.mjs <distDir> [reps]   (e.g. dist, or an older build's dist)
import { launch } from '../scripts/lib/browser.mjs';
import { peopleFirstRender, popupFirstRender } from './lib/popup.mjs';
const dist = process.argv[2];
const reps = Number(process.argv[3] ?? 3);
const { context, extensionId } = await launch({ extensionPath: dist });
const popup = await popupFirstRender(context, extensionId, { templates: 300, reps });
const people = await peopleFirstRender(context, extensionId, { people: 5000, templates: 300, reps });
// Direct: in an extension page, the library's read, the People store's read, get(null), with 5,000 people stored.
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
await page.waitForSelector('html[data-ready]', { timeout: 30000 }).catch(() => {});
const direct = await page.evaluate(async () => {
  const t = async (f, n = 5) => { const r = []; for (let i = 0; i < n; i++) { const s = performance.now(); await f(); r.push(performance.now() - s); } r.sort((a, b) => a - b); return r[Math.floor(n / 2)]; };
  const L = chrome.storage.local;
  const notPeople = (k) => !(k.startsWith('p:') || k.startsWith('pe:') || ['peopleMeta', 'peopleIndex', 'peopleReminders'].includes(k));
  return {
    getNullMs: await t(() => L.get(null)),
    libraryOwnKeysMs: await t(async () => L.get((await L.getKeys()).filter(notPeople))),
    onePersonMs: await t(() => L.get(['p:v:person-1', 'peopleMeta', 'setAside'])),
    keys: (await L.getKeys()).length,
  };
});
// Popup with 5,000 people: time until the People records are loaded after first paint.
const p2 = await context.newPage();
await p2.setViewportSize({ width: 400, height: 600 });
const loads = [];
for (let i = 0; i < reps; i++) {
  const s = Date.now();
  await p2.goto(`chrome-extension://${extensionId}/src/popup/index.html?view=people`);
  await p2.waitForSelector('html[data-people-loaded]', { state: 'attached', timeout: 60000 });
  loads.push(Date.now() - s);
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(JSON.stringify({
  dist,
  templatesFirstRender300: popup.ok ? popup.summary.median : popup.error,
  peopleFirstRender5000: people.ok ? people.summary.median : people.error,
  templatesFirstRenderWith5000People: people.templatesWithPeople?.median,
  peopleFullyLoadedMs: med(loads),
  direct,
}, null, 1));
await context.close();
