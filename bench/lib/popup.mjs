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
    return Object.keys(after).filter((k) => k.startsWith('t:') || k.startsWith('p:')).length;
  }, items);
}

/**
 * Opens `url` reps+1 times (one discarded warm-up: the first load compiles the bundle), each in a
 * fresh tab the size of a popup, as a click on the toolbar button would open it, and records when
 * the first `selector` item is painted.
 */
async function measureOpens(context, url, selector, reps, settled = null) {
  const runs = [];
  for (let i = 0; i <= reps; i++) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript(probe, [selector, MARKS]);
    await page.goto(url);
    const got = await page
      .waitForFunction(() => {
        const p = window.__opPopupProbe;
        return p && p.frameMs !== null ? true : null;
      }, null, { timeout: 10000, polling: 50 })
      .then(async () => {
        // The popup's own marks come a little later (op-first-render is set after paint).
        await page.waitForFunction(() => 'op-first-render' in window.__opPopupProbe.marks, null, { timeout: 1000 }).catch(() => {});
        // What the People tab's first paint was drawn from (head, index or records: PeopleTab.tsx).
        return page.evaluate(() => ({ ...JSON.parse(JSON.stringify(window.__opPopupProbe)), drawnFrom: document.documentElement.dataset.peopleFirst ?? null }));
      })
      .catch(() => null);
    // Extension pages share one renderer process and its main thread: let this page finish its
    // after-paint work (loading the records) before the next open is timed, as a user's next click
    // would find it.
    if (settled) await page.waitForSelector(settled, { state: 'attached', timeout: 60000 }).catch(() => {});
    await page.close();
    if (!got) return null;
    if (i > 0) runs.push(got);
  }
  return runs;
}

function report(runs) {
  return {
    source: 'animation frame after the first list item appeared (the frame that paints it), from navigation start',
    summary: summarize(runs.map((r) => r.frameMs)),
    itemsRendered: runs[0].itemsAtFrame,
    marks: Object.fromEntries(MARKS.map((m) => [m, summarize(runs.map((r) => r.marks[m]).filter((x) => x != null))]).filter(([, v]) => v.n)),
    fcp: summarize(runs.map((r) => r.fcpMs).filter((x) => x != null)),
    runs,
  };
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {{ templates: number, reps: number }} opts
 */
export async function popupFirstRender(context, extensionId, { templates = 300, reps = 7 } = {}) {
  const url = `chrome-extension://${extensionId}/src/popup/index.html`;
  const stored = await seed(context, seedItems(makeTemplates(templates)));
  const runs = await measureOpens(context, url, LIST_ITEM, reps);
  if (!runs) return { ok: false, templates, stored, error: `no template list item (${LIST_ITEM}) within 10 s` };
  return { ok: true, templates, stored, ...report(runs) };
}

// The People tab's windowed list (src/popup/people/PeopleList.tsx).
const PEOPLE_ITEM = '[data-testid="people-list"] [role="option"]';

/**
 * n people in the store's format (src/core/people/model.ts PersonSchema, one `p:<id>` key each),
 * sized like real records (a sent note, the reason, evidence, events, a follow-up or a cadence,
 * a "how we met" note): about 1.3 KB of JSON each.
 */
export function makePeople(n) {
  const now = Date.UTC(2026, 0, 1);
  const day = 86_400_000;
  const ymd = (t) => new Date(t).toISOString().slice(0, 10);
  const reasons = ['your talk on platform teams', 'our time at Northwind', 'the open-source work on zod', 'the hiring thread', 'your post on remote onboarding'];
  const first = ['Jane', 'Omar', 'Li', 'Ada', 'Grace', 'Linus', 'Maya', 'Kofi', 'Sofia', 'Ravi', 'Chloé', 'Jonas'];
  const last = ['Doe', 'Haddad', 'Wei', 'Byron', 'Hopper', 'Okafor', 'García', 'Nguyen', 'Schmidt', 'Kowalski'];
  const states = ['sent', 'accepted', 'accepted', 'unconfirmed', 'withdrawn', 'unknown'];
  const items = {};
  for (let i = 0; i < n; i++) {
    const name = `${first[i % first.length]} ${last[(i * 7) % last.length]} ${i}`;
    const vanity = `${name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-')}`;
    const at = now - (i % 400) * day;
    const reason = reasons[i % reasons.length];
    const state = states[i % states.length];
    const id = `v:${vanity}`;
    items[`p:${id}`] = {
      id,
      fullName: name,
      vanityName: vanity,
      profileUrn: i % 3 ? null : `urn:li:fsd_profile:ACoAA${String(i).padStart(12, '0')}`,
      state,
      evidence: [
        { signal: 'send-pressed', at, where: `/in/${vanity}/` },
        { signal: 'sent-toast', at: at + 2000, where: `/in/${vanity}/` },
        ...(state === 'accepted' ? [{ signal: 'profile-1st', at: at + 5 * day, where: `/in/${vanity}/` }] : []),
      ],
      invite: {
        at,
        note: `Hi ${first[i % first.length]}, I enjoyed ${reason} and would like to connect because we both care about developer experience. Sam`,
        templateId: 'seed-invite-1',
        templateName: 'Met at an event',
        answers: { reason: `we both care about developer experience (${i})` },
        reason: `we both care about developer experience (${i})`,
        mode: i % 10 ? 'note' : 'reason-kept',
      },
      events: [
        { id: `e${i}a`, type: 'invited', at },
        { id: `e${i}b`, type: 'confirmed', at: at + 2000 },
        ...(state === 'accepted' ? [{ id: `e${i}c`, type: 'accepted', at: at + 5 * day }] : []),
      ],
      followUps: i % 4 ? [] : [{ id: `f${i}`, kind: ['line', 'meet', 'call'][i % 3], due: ymd(now + ((i % 60) - 20) * day), title: `Coffee about ${reason}`, doneAt: null, createdAt: at }],
      cadenceWeeks: i % 5 ? null : 6,
      lastContactAt: i % 5 ? null : at + 10 * day,
      howWeMet: { text: i % 2 ? `Met at the ${reason} meetup` : '', where: i % 2 ? 'Berlin' : '', when: i % 2 ? 'May 2026' : '' },
      reasonDeliveredAt: null,
      connectedAt: state === 'accepted' ? at + 5 * day : null,
      createdAt: at,
      updatedAt: at + 5 * day,
    };
  }
  return items;
}

/**
 * The People tab's first render with `people` people stored (issue 10 budget: 150 ms for 5,000):
 * the popup opened on People (index.html?view=people, as the notification's link opens it), from
 * navigation start to the frame that paints the first person row. The template library (300
 * templates) is stored too, as a real user's would be: both come from the one storage read.
 */
export async function peopleFirstRender(context, extensionId, { people = 5000, templates = 300, reps = 7 } = {}) {
  const url = `chrome-extension://${extensionId}/src/popup/index.html?view=people`;
  const items = { ...seedItems(makeTemplates(templates)), ...makePeople(people) };
  const bytes = Buffer.byteLength(JSON.stringify(makePeople(people)));
  const stored = await seed(context, items);
  const runs = await measureOpens(context, url, PEOPLE_ITEM, reps, 'html[data-people-loaded]');
  // The template list with those people stored too (the library's first paint reads the same snapshot).
  const templatesRuns = runs ? await measureOpens(context, url.replace('?view=people', ''), LIST_ITEM, reps) : null;
  if (!runs) return { ok: false, people, stored, error: `no person row (${PEOPLE_ITEM}) within 10 s` };
  return {
    ok: true,
    people,
    templates,
    stored,
    bytesPerPerson: Math.round(bytes / people),
    ...report(runs),
    drawnFrom: Object.fromEntries([...new Set(runs.map((r) => r.drawnFrom))].map((k) => [k, runs.filter((r) => r.drawnFrom === k).length])),
    templatesWithPeople: templatesRuns ? summarize(templatesRuns.map((r) => r.frameMs)) : null,
  };
}
