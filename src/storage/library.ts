/**
 * The template library as the popup and the background see it. storage.local is the source of
 * truth; its key layout is documented in layout.ts, the sync mirror's in sync.ts. This file only
 * composes the pieces:
 *   library-load.ts  loading (migrate, set aside, seed, expire) and the state shown; Repair
 *   library-edit.ts  edits to a working copy, with the library's timestamps
 *   library-sync.ts  the hand-off to storage.sync (pull, push, pacing, faults)
 *   keyed-store.ts   what every store shares (serial operations, diff writes, set-aside, events)
 *
 * Rules kept here:
 * - Nothing is dropped. A value that fails validation is moved to `setAside` (written before the
 *   bad key is removed, so a crash in between leaves two copies, never none) and reported.
 * - Every local write touches only the keys it changes (read → compute → write the diff), and all
 *   operations of one Library run one at a time, so they never interleave.
 * - A stored schemaVersion newer than this code: nothing is written (no migration, no set-aside
 *   move, no sync); the state is read-only and says why, and offers Repair. A version number that
 *   cannot be read is damage: it is set aside and every item is read as usual.
 */
import { defaultTemplates } from '../core/defaults';
import { parseImportFile, previewImport } from '../core/exchange';
import { browserArea, localArea, type StorageChanges } from './areas';
import { readWhere } from './read-where';
import { notPeople } from './keys';
import { serialQueue, commitDiff } from './keyed-store';
import { K_HANDOFF, K_SET_ASIDE, K_SETTINGS, P_TEMPLATE, P_TOMBSTONE, parseLocal, sortTemplates } from './layout';
import { buildState, prepare as prepareLocal, repairLibrary, seedTemplates as seedWith } from './library-load';
import { deleteIn, deleteReasonIn, importIn, putTemplates, reorderIn, saveSettingsIn, setDefaultIn, type Ctx } from './library-edit';
import { createSyncHandoff } from './library-sync';
import { LibraryError, type ImportOutcome, type Library, type LibraryOptions, type LibraryState } from './library-types';
import type { Template } from '../core/schema';

export type { SetAsideEntry } from './layout';
export type { SyncStatus, UnsyncedReason } from './sync';
export { resolveDefault, sortTemplates } from './layout';
export { SEED_TIME, setAsideNotice, DAMAGED_VERSION_NOTICE } from './library-load';
export * from './library-types';

export const DEBOUNCE_MS = 1500;
const PULL_DELAY_MS = 250;

/** The shipped defaults with stable ids and times (see SEED_TIME), in the browser's UI language. */
export function seedTemplates(seed: (now: number) => Template[] = seedInUiLanguage): Template[] {
  return seedWith(seed);
}

/**
 * The browser's UI language, read at seeding time: a new user is offered the defaults in the
 * language their browser speaks (English where we have no library in it). The polyfill has no
 * synchronous i18n, so the `chrome` namespace (Chrome and Firefox both have it) is read directly.
 */
export function browserUiLanguage(): string {
  try {
    return (globalThis as { chrome?: { i18n?: { getUILanguage?(): string } } }).chrome?.i18n?.getUILanguage?.() ?? 'en';
  } catch {
    return 'en';
  }
}

const seedInUiLanguage = (now: number): Template[] => defaultTemplates(now, browserUiLanguage());

export function createLibrary(options: LibraryOptions = {}): Library {
  const areas = options.areas ?? { local: localArea(), sync: browserArea('sync') };
  const { local, sync } = areas;
  const now = options.now ?? (() => Date.now());
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const seed = options.seed ?? seedInUiLanguage;
  const serial = serialQueue();
  const prepare = () => prepareLocal({ local, now, seed });
  const handoff = createSyncHandoff({ local, sync, now, serial, prepare });
  const state = async () => buildState(await prepare(), notices, sync !== null);

  let disposed = false;
  /** Notices of the last load (e.g. "upgraded"), kept for the popup's session. */
  let notices: string[] = [];
  const subs = new Set<(s: LibraryState) => void>();
  let lastEmitted = '';

  function mutate<T>(fn: (ctx: Ctx) => T, syncAfter = true): Promise<T> {
    return serial(async () => {
      const p = await prepare();
      if (p.readOnly) throw new LibraryError('read-only', p.readOnly);
      const ctx: Ctx = { parsed: p.parsed, next: { ...p.snap }, t: now() };
      const result = fn(ctx);
      // Unguarded: an explicit edit by the user is written as asked (last writer wins).
      await commitDiff(local, p.snap, ctx.next, false);
      if (syncAfter) handoff.schedule(debounceMs);
      return result;
    });
  }

  // ---- events --------------------------------------------------------------------------------

  const onSyncChanged = () => handoff.schedule(PULL_DELAY_MS);
  let emitQueued = false;
  const onLocalChanged = (changes: StorageChanges) => {
    const keys = Object.keys(changes);
    // People (p:, pe:, peopleMeta) and the hand-off are not the library's: no re-read for them.
    if (keys.every((k) => k === K_HANDOFF || k.startsWith('p:') || k.startsWith('pe:') || k === 'peopleMeta')) return;
    if (options.mirrorExternalEdits && keys.some((k) => k === K_SETTINGS || k.startsWith(P_TEMPLATE) || k.startsWith(P_TOMBSTONE))) {
      handoff.schedule(debounceMs * 3);
    }
    if (!subs.size || emitQueued) return;
    emitQueued = true;
    void Promise.resolve().then(async () => {
      emitQueued = false;
      if (!subs.size || disposed) return;
      const s = await serial(state);
      const json = JSON.stringify(s);
      if (json === lastEmitted) return;
      lastEmitted = json;
      for (const cb of [...subs]) cb(s);
    });
  };
  const listening = options.listen ?? true;
  if (listening) {
    // Registered synchronously so an event can wake the background service worker.
    sync?.onChanged.addListener(onSyncChanged);
    local.onChanged.addListener(onLocalChanged);
  }

  // ---- public API ----------------------------------------------------------------------------

  return {
    async load() {
      const p = await serial(prepare);
      notices = p.notices;
      if (!p.readOnly && sync && p.parsed.settings.syncEnabled) await handoff.flush();
      const s = await serial(state);
      lastEmitted = JSON.stringify(s);
      return s;
    },

    saveTemplate: (t) => mutate((ctx) => putTemplates(ctx, [t])[0] as Template),
    saveTemplates: (ts) => mutate((ctx) => putTemplates(ctx, ts)),
    deleteTemplate: (id) => mutate((ctx) => deleteIn(ctx, id)),
    restoreTemplate: (t, position) => mutate((ctx) => putTemplates(ctx, [t], position)[0] as Template),
    reorder: (ids) => mutate((ctx) => reorderIn(ctx, ids)),
    setDefault: (kind, id) => mutate((ctx) => setDefaultIn(ctx, kind, id)),

    async saveSettings(patch) {
      const before = await serial(async () => (await prepare()).parsed.settings.syncEnabled);
      const saved = await mutate((ctx) => saveSettingsIn(ctx, patch), false);
      if (saved.syncEnabled && !before) handoff.schedule(0);
      else if (!saved.syncEnabled) await handoff.flush();
      else handoff.schedule(debounceMs);
      return saved;
    },

    async previewImport(text) {
      const parsed = parseImportFile(text);
      if (!parsed.ok) return parsed;
      const mine = parseLocal(await readWhere(local, notPeople));
      return { ok: true, preview: previewImport(sortTemplates(mine.templates.values(), mine.settings.order), parsed.templates) };
    },

    async applyImport(text) {
      // Parse before touching storage at all: a rejected file must leave it byte-for-byte as it was.
      const parsed = parseImportFile(text);
      if (!parsed.ok) return parsed;
      return mutate((ctx): ImportOutcome => importIn(ctx, parsed));
    },

    deleteSavedReason: (id) => mutate((ctx) => deleteReasonIn(ctx, id), false),

    clearSetAside: () =>
      mutate((ctx) => {
        delete ctx.next[K_SET_ASIDE];
        ctx.parsed.setAside = [];
        notices = notices.filter((n) => !/set aside/.test(n));
      }, false),

    async repair() {
      await serial(async () => {
        const p = await prepare();
        if (!p.readOnly) return;
        await repairLibrary(local, now());
      });
      notices = [];
      return this.load();
    },

    subscribe(cb) {
      subs.add(cb);
      return () => {
        subs.delete(cb);
      };
    },

    flushSync: () => handoff.flush(),

    dispose() {
      disposed = true;
      handoff.dispose();
      subs.clear();
      if (listening) {
        sync?.onChanged.removeListener(onSyncChanged);
        local.onChanged.removeListener(onLocalChanged);
      }
    },
  };
}
