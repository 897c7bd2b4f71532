// Imports are hoisted, so this marks the start of our own code, after the bundle has loaded; the
// end-to-end test measures op-start → op-first-render against the 150 ms first-render budget.
performance.mark('op-start');
import { render } from 'preact';
import type { Library } from '../storage/library';
import type { PeopleStore } from '../storage/people';
import { K_PEOPLE_INDEX, parseIndex } from '../storage/people-index';
import { K_PEOPLE_HEAD, parseHead } from '../storage/people-head';
import { localDay } from './people/dates';
import type { PeopleFirst } from './people/PeopleTab';
import type { IndexRow } from '../storage/people-index';
import { notPeople } from '../storage/keys';
import { nativeApi } from '../storage/native';
import { uiStyles } from '../ui/styles';
import { App } from './App';
import * as PeopleTabModule from './people/PeopleTab';
import { quickState } from './quick';
import './popup.css';

// The popup speaks the browser's language (its text comes from i18n.getMessage): tell assistive tech.
try {
  const ui = (globalThis as { chrome?: { i18n?: { getUILanguage?(): string } } }).chrome?.i18n?.getUILanguage?.();
  if (ui) document.documentElement.lang = ui;
} catch {
  // Not in an extension page (unit tests): keep the document's own lang.
}

/**
 * First paint (budget: 150 ms with 300 templates): this module's static imports are all it loads.
 * The storage read goes first, through the browser's own promise API (storage/native.ts), which
 * spares the first paint the polyfill; the library, zod, sync, migrations and the other views are
 * dynamic imports that App starts after that paint.
 */
const api = nativeApi();

async function readWithoutPeople(a: NonNullable<typeof api>): Promise<Record<string, unknown>> {
  const local = a.storage.local as typeof a.storage.local & { getKeys?: () => Promise<string[]> };
  if (typeof local.getKeys !== 'function') return local.get(null);
  // People's records are skipped; the People index (for the People tab's first paint) is kept.
  return local.get((await local.getKeys()).filter((k) => k === K_PEOPLE_INDEX || notPeople(k)));
}
const params = new URLSearchParams(location.search);
const onPeople = params.get('view') === 'people';
// The library's first paint reads everything but People's records (`p:` keys, thousands of them,
// each a structured-clone read), where the browser can list keys (Chrome 130+, Firefox 143+).
const snapshot = () =>
  api ? readWithoutPeople(api) : Promise.all([import('../storage/areas'), import('../storage/read-where')]).then(([a, r]) => r.readWhere(a.localArea(), (k) => k === K_PEOPLE_INDEX || notPeople(k)));
// Opened on People (the notification's link, the bench), the first paint needs the list's first
// screen alone (storage/people-head.ts): one small key, read by name. Listing 5,000 keys and
// reading the library first made it 220 ms against a 150 ms budget (issue 10); reading the whole
// ~1 MB index still cost ~40 ms. The index comes right after the paint (readPeopleIndex), the
// library after that; without a head of today's date the index is read first, as before.
const initial = onPeople ? Promise.resolve(null) : quickState(snapshot).catch(() => null);
// The People tab's own module is in this bundle (9 KB): as a chunk of its own it arrived 65 ms
// after this script started, later than the storage read, and held the first paint back.
const readPeopleIndex = (): Promise<IndexRow[] | null> =>
  (api ? api.storage.local.get(K_PEOPLE_INDEX) : snapshot()).then((s: Record<string, unknown>) => parseIndex(s[K_PEOPLE_INDEX]));
async function peopleFirst(): Promise<PeopleFirst | null> {
  const head = api ? parseHead((await api.storage.local.get(K_PEOPLE_HEAD))[K_PEOPLE_HEAD], localDay(Date.now())) : null;
  if (head) return { head };
  const rows = await readPeopleIndex();
  return rows ? { rows } : null;
}
const people = onPeople
  ? peopleFirst().then(
      (first) => ({ module: PeopleTabModule, initial: first }),
      () => ({ module: PeopleTabModule, initial: null }),
    )
  : Promise.resolve(null);

// Shared component styles are a string (they also go into shadow roots on LinkedIn pages). Adopted
// as a constructed sheet: the popup's CSP (style-src 'self', manifest.json) refuses a <style> element.
const sheet = new CSSStyleSheet();
sheet.replaceSync(uiStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
document.body.classList.add('op-ui');

let library: Promise<Library> | undefined;
const loadLibrary = () => (library ??= import('../storage/library').then((m) => m.createLibrary()));
let peopleStore: Promise<PeopleStore> | undefined;
const loadPeopleStore = () => (peopleStore ??= import('../storage/people').then((m) => m.createPeopleStore()));

const inTab = params.has('tab');
// One render, with the list already in it: no empty frame before it.
void Promise.all([initial, people]).then(([state, peopleFirstPaint]) => {
  // For the benchmark (bench/lib/popup.mjs): storage read and checked, the render comes next.
  performance.mark('op-quick');
  render(
    <App
      library={loadLibrary}
      initial={state}
      inTab={inTab}
      people={peopleFirstPaint}
      peopleIndex={readPeopleIndex}
      peopleStore={loadPeopleStore}
      onFirstRender={() => {
        // Read by the end-to-end test (first render budget: 150 ms with 300 templates).
        performance.mark('op-first-render');
        document.documentElement.dataset.ready = 'true';
      }}
    />,
    document.getElementById('app')!,
  );
  performance.mark('op-dom');
});
