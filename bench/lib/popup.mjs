// Popup time to first render with many templates stored (issue #6 budget: 150 ms for 300).
import { summarize } from './stats.mjs';

// The list the popup renders: a test id if one is added, else the popup's own list
// (src/popup/TemplateList.tsx: ul.rows > li) or the shared listbox (src/ui/TemplateListbox.tsx).
const LIST_ITEM = '[data-testid="template-list"] li, ul.rows > li, [role="listbox"] [role="option"]';
// Marks the popup sets (src/popup/main.tsx, App.tsx), recorded for context.
const MARKS = ['op-start', 'op-quick', 'op-dom', 'op-first-render', 'op-popup-rendered', 'op-loaded'];

/**
 * Runs in the popup document before its own scripts (an init script). Records, relative to
 * navigation start (performance.now()'s origin):
 *   domMs   - when the first list item is in the DOM (MutationObserver);
 *   frameMs - the animation frame after that, i.e. the frame that paints the list;
 *   marks   - the popup's own performance marks, and first-contentful-paint.
 */
function probe([selector, markNames]) {
  const p = { domMs: null, frameMs: null, items: 0, itemsAtFrame: 0, marks: {}, fcpMs: null };
  Object.defineProperty(window, '__opPopupProbe', { value: p });
  const check = () => {
    if (p.domMs !== null) return;
    const n = document.querySelectorAll(selector).length;
    if (!n) return;
    p.domMs = performance.now();
    p.items = n;
    mo.disconnect();
    requestAnimationFrame(() => {
      p.frameMs = performance.now();
      p.itemsAtFrame = document.querySelectorAll(selector).length;
    });
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.entryType === 'mark' && markNames.includes(e.name) && !(e.name in p.marks)) p.marks[e.name] = e.startTime;
        if (e.entryType === 'paint' && e.name === 'first-contentful-paint') p.fcpMs = e.startTime;
      }
    }).observe({ entryTypes: ['mark', 'paint'] });
  } catch {
    // PerformanceObserver missing: the DOM probe still works.
  }
}

/** 300 valid templates (src/core/schema.ts TemplateSchema), half invite notes, half replies. */
export function makeTemplates(n) {
  const now = Date.UTC(2026, 0, 1);
  const reasons = ['your talk on platform teams', 'our time at Northwind', 'the open-source work on zod', 'the hiring thread', 'your post on remote onboarding'];
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-${String(i).padStart(4, '0')}`,
    kind: i % 2 ? 'reply' : 'invite',
    name: `Template ${i + 1}: ${reasons[i % reasons.length]}`,
    body:
      i % 2
        ? `Hi {firstName}, thanks for the invitation! How did you come across my profile? {{reason: What do you want to ask?}}`
        : `Hi {firstName}, I enjoyed ${reasons[i % reasons.length]} and would like to connect because {{reason: Why do you want to connect?}}. {myFirstName}`,
    tags: i % 3 ? ['bench', `t${i % 7}`] : [],
    createdAt: now + i * 1000,
    updatedAt: now + i * 1000,
  }));
}

/**
 * The storage.local items for n templates, in the layout of src/storage/layout.ts (schema
 * version 1): one `t:<id>` key per template, `settings` with the user order, `schemaVersion`.
 */
export function seedItems(templates) {
  const items = { schemaVersion: 1 };
  for (const t of templates) items[`t:${t.id}`] = t;
  items.settings = {
    guardMode: 'nudge',
    noteLimit: 'auto',
    myFirstName: 'Sam',
    extraGenericPhrases: [],
    syncEnabled: false,
    defaultInviteId: null,
    defaultReplyId: null,
    order: templates.map((t) => t.id),
    updatedAt: Date.UTC(2026, 0, 2),
  };
  return items;
}

/**
 * Replaces everything in storage with `items`, through the extension's service worker. Sync is
 * switched off first (its mirror would otherwise pull the default templates back in), so exactly
 * the seeded templates are stored; the popup's first render reads storage.local only anyway.
 */
async function seed(context, items) {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no service worker to seed storage through');
  return worker.evaluate(async (it) => {
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? it.settings), syncEnabled: false } });
    await wait(500);
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
    await chrome.storage.local.set(it);
    await wait(1000);
    const after = await chrome.storage.local.get(null);
    return Object.keys(after).filter((k) => k.startsWith('t:')).length;
  }, items);
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {{ templates: number, reps: number }} opts
 */
export async function popupFirstRender(context, extensionId, { templates = 300, reps = 7 } = {}) {
  const url = `chrome-extension://${extensionId}/src/popup/index.html`;
  const stored = await seed(context, seedItems(makeTemplates(templates)));

  const runs = [];
  // One discarded warm-up (first load compiles the bundle), then the measured opens, each in a
  // fresh tab the size of a popup, as a click on the toolbar button would open it.
  for (let i = 0; i <= reps; i++) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript(probe, [LIST_ITEM, MARKS]);
    await page.goto(url);
    const got = await page
      .waitForFunction(() => {
        const p = window.__opPopupProbe;
        return p && p.frameMs !== null ? true : null;
      }, null, { timeout: 5000, polling: 50 })
      .then(async () => {
        // The popup's own marks come a little later (op-first-render is set after paint).
        await page.waitForFunction(() => 'op-first-render' in window.__opPopupProbe.marks, null, { timeout: 1000 }).catch(() => {});
        return page.evaluate(() => JSON.parse(JSON.stringify(window.__opPopupProbe)));
      })
      .catch(() => null);
    await page.close();
    if (!got) return { ok: false, templates, stored, error: `no template list item (${LIST_ITEM}) within 5 s` };
    if (i > 0) runs.push(got);
  }
  return {
    ok: true,
    templates,
    stored,
    source: 'animation frame after the first list item appeared (the frame that paints it), from navigation start',
    summary: summarize(runs.map((r) => r.frameMs)),
    itemsRendered: runs[0].itemsAtFrame,
    marks: Object.fromEntries(MARKS.map((m) => [m, summarize(runs.map((r) => r.marks[m]).filter((x) => x != null))]).filter(([, v]) => v.n)),
    fcp: summarize(runs.map((r) => r.fcpMs).filter((x) => x != null)),
    runs,
  };
}
