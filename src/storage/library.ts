/**
 * The template library as the popup and the background see it: load (migrate, validate, seed,
 * merge with sync), edit, and mirror to storage.sync. storage.local is the source of truth; its
 * key layout is documented in layout.ts, the sync mirror's in sync.ts.
 *
 * Rules this module keeps:
 * - Nothing is dropped. A value that fails validation is moved to `setAside` (written before the
 *   bad key is removed, so a crash in between leaves two copies, never none) and reported.
 * - Every local write touches only the keys it changes (read → compute → write the diff), and all
 *   operations of one Library run one at a time, so they never interleave.
 * - The library owns timestamps: a save stamps `updatedAt` later than both the previous copy and
 *   any tombstone, a delete stamps `deletedAt` later than the template, so merges on other
 *   browsers order them correctly even with clocks a little apart.
 * - Sync is a mirror: writes are batched into one `remove` and one `set` per run, runs are
 *   batched in a DEBOUNCE_MS window, limited to half of Chrome's write rates (the popup and the
 *   background share the quota), and postponed with backoff when Chrome refuses for rate.
 * - Sync off (`settings.syncEnabled`, a per-browser choice that is never taken from another
 *   browser) stops pulling and pushing. The mirror is NOT cleared: other browsers may still be
 *   syncing through it, and turning sync back on merges both ways again.
 * - A stored schemaVersion newer than this code: nothing is written (no migration, no set-aside
 *   move, no sync); the state is read-only and says why.
 */
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  TemplateSchema,
  type SavedReason,
  type Settings,
  type Template,
  type TemplateKind,
  type Tombstone,
} from '../core/schema';
import { defaultTemplates } from '../core/defaults';
import { applyImport, parseImportFile, previewImport, type ImportError, type ImportPreview } from '../core/exchange';
import { newId } from '../core/ids';
import { browserArea, localArea, type StorageAreaLike, type StorageChanges } from './areas';
import {
  K_HANDOFF,
  K_SET_ASIDE,
  K_SETTINGS,
  K_SYNC_STATUS,
  K_VERSION,
  P_REASON,
  P_TEMPLATE,
  P_TOMBSTONE,
  describeIssues,
  parseLocal,
  sortTemplates,
  type ParsedLocal,
  type SetAsideEntry,
} from './layout';
import { SEED_ID_PREFIX, isExpired, mergeCopies, sameValue } from './merge';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';
import {
  INITIAL_SYNC_STATUS,
  SYNC_LIMITS,
  SYNC_OFF_STATUS,
  SyncStatusSchema,
  classifySyncError,
  describeStatus,
  parseRemote,
  planMirror,
  type SyncStatus,
} from './sync';

export type { SetAsideEntry } from './layout';
export type { SyncStatus, UnsyncedReason } from './sync';
export { resolveDefault, sortTemplates } from './layout';

export interface LibraryState {
  /** In the user's order. */
  templates: Template[];
  settings: Settings;
  savedReasons: SavedReason[];
  /** Data that failed validation, kept verbatim; the popup offers to export it. */
  setAside: SetAsideEntry[];
  sync: SyncStatus;
  /** Plain-language messages for the user (upgrade done, data set aside, newer version...). */
  notices: string[];
  /** True when the stored data is from a newer version: every edit is refused, nothing is written. */
  readOnly: boolean;
}

export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; error: ImportError };
export type ImportOutcome = { ok: true; preview: ImportPreview; added: Template[] } | { ok: false; error: ImportError };

export type SettingsPatch = Partial<Omit<Settings, 'updatedAt' | 'order'>>;

export class LibraryError extends Error {
  constructor(
    readonly code: 'invalid' | 'read-only' | 'not-found',
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export interface Library {
  load(): Promise<LibraryState>;
  /** Creates or replaces; returns the stored copy (with the library's timestamps). */
  saveTemplate(t: Template): Promise<Template>;
  /** All or nothing: validates every template before writing any. */
  saveTemplates(ts: readonly Template[]): Promise<Template[]>;
  /** Leaves a tombstone; returns the deleted template (keep it for undo) or null if absent. */
  deleteTemplate(id: string): Promise<Template | null>;
  /** Undo of a delete: stores `t` again (newer than its tombstone), at `position` in the order. */
  restoreTemplate(t: Template, position?: number): Promise<Template>;
  /** The new user order; ids not listed keep their relative order after the listed ones. */
  reorder(ids: readonly string[]): Promise<void>;
  /** null means "the first template of that kind". */
  setDefault(kind: TemplateKind, id: string | null): Promise<void>;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  /**
   * Parses an export file and compares it with the library. Reads only: nothing is written,
   * whatever the file holds.
   */
  previewImport(text: string): Promise<ImportCheck>;
  /**
   * Parses the file again and merges it (core's applyImport: new templates added, conflicts kept
   * on both sides with the imported copy renamed). A rejected file writes nothing at all.
   * Imported templates are stamped as edited now (creation time kept), so a tombstone from
   * another browser can never make a just-imported template vanish.
   */
  applyImport(text: string): Promise<ImportOutcome>;
  deleteSavedReason(id: string): Promise<void>;
  /** Deletes the set-aside backup (after the user exported it or chose to discard it). */
  clearSetAside(): Promise<void>;
  /** Called with the new state after any change to storage.local (from any context). */
  subscribe(cb: (state: LibraryState) => void): () => void;
  /** Runs the pending sync now (pull, merge, push) and returns the resulting status. */
  flushSync(): Promise<SyncStatus>;
  /** Removes listeners and timers. */
  dispose(): void;
}

export interface LibraryAreas {
  local: StorageAreaLike;
  /** null where storage.sync does not exist: sync is then reported off. */
  sync: StorageAreaLike | null;
}

export interface LibraryOptions {
  areas?: LibraryAreas;
  now?: () => number;
  /** Edits within this window go out in one sync write. */
  debounceMs?: number;
  /** Listen to storage events: pull on sync changes, feed subscribers. Default true. */
  listen?: boolean;
  /**
   * Also mirror edits made by other contexts (the background does, so an edit made in a popup
   * closed before its own sync run still reaches sync). Default false.
   */
  mirrorExternalEdits?: boolean;
  /** The library seeded on first run; defaults to core's defaultTemplates. */
  seed?: (now: number) => Template[];
}

export const DEBOUNCE_MS = 1500;
const PULL_DELAY_MS = 250;
/** Each context keeps to half of Chrome's rates: the popup and the background share them. */
const SOFT_PER_MINUTE = SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE / 2;
const SOFT_PER_HOUR = SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_HOUR / 2;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MAX_BACKOFF_MS = 30 * MINUTE;
/** Seeded defaults carry this fixed time and fixed ids, so two fresh installs seed identical copies
 * and any real edit or deletion on another browser wins the merge. */
export const SEED_TIME = Date.UTC(2026, 0, 1);
const MAX_ORDER = 2000;

type Snapshot = Record<string, unknown>;

interface Prepared {
  snap: Snapshot;
  parsed: ParsedLocal;
  readOnly: string | null;
  notices: string[];
}

/**
 * The shipped defaults with stable ids and times (see SEED_TIME). core gives them fixed ids
 * already; any that lacks the seed prefix gets one, so its tombstone never expires.
 */
export function seedTemplates(seed: (now: number) => Template[] = seedInUiLanguage): Template[] {
  const n: Record<TemplateKind, number> = { invite: 0, reply: 0 };
  return seed(SEED_TIME).map((t, i) => ({
    ...t,
    id: t.id.startsWith(SEED_ID_PREFIX) ? t.id : `${SEED_ID_PREFIX}${t.kind}-${++n[t.kind]}`,
    // One millisecond apart keeps "sort by creation" in the intended order.
    createdAt: SEED_TIME + i,
    updatedAt: SEED_TIME + i,
  }));
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

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function setAsideNotice(count: number): string {
  return (
    `${plural(count, 'item', 'items')} in your saved data could not be read and ${count === 1 ? 'was' : 'were'} set aside. ` +
    'Nothing was deleted: you can export the set-aside data from Settings.'
  );
}

export function createLibrary(options: LibraryOptions = {}): Library {
  const areas = options.areas ?? { local: localArea(), sync: browserArea('sync') };
  const { local, sync } = areas;
  const now = options.now ?? (() => Date.now());
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const seed = options.seed ?? seedInUiLanguage;

  let chain: Promise<unknown> = Promise.resolve();
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  }

  let disposed = false;
  let notices: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = 0;
  const writeOps: number[] = [];
  let backoffMs = 0;
  let backoffUntil = 0;
  const subs = new Set<(s: LibraryState) => void>();
  let lastEmitted = '';

  // ---- local reads and writes -------------------------------------------------------------

  /**
   * Writes the difference between two snapshots. `guarded` (for changes the user did not ask for
   * just now: migrations, set-aside moves, merges) re-reads the keys first and leaves alone any
   * key another context changed since `before` was read, so a repair or a pull can never
   * overwrite or remove a template saved in between; the next run sees the new value.
   */
  async function commit(before: Snapshot, after: Snapshot, guarded = true): Promise<void> {
    let set: Snapshot = {};
    for (const [k, v] of Object.entries(after)) if (!(k in before) || !sameValue(before[k], v)) set[k] = v;
    let remove = Object.keys(before).filter((k) => !(k in after));
    if (guarded && (remove.length || Object.keys(set).length)) {
      const keys = [...Object.keys(set), ...remove];
      const fresh = await local.get(keys);
      const untouched = (k: string) => (k in fresh) === (k in before) && (!(k in fresh) || sameValue(fresh[k], before[k]));
      const kept = Object.entries(set).filter(([k]) => untouched(k));
      // A move is its set (the backup) plus its remove: if any set was skipped, remove nothing
      // this time, so nothing is ever removed without its copy written. The next run redoes it.
      remove = kept.length === Object.keys(set).length ? remove.filter(untouched) : [];
      set = Object.fromEntries(kept);
    }
    // Set before remove: an interrupted move leaves a duplicate, never a loss.
    if (Object.keys(set).length) await local.set(set);
    if (remove.length) await local.remove(remove);
  }

  /** Reads storage.local and brings it to the current layout: migrate, set aside, seed, expire. */
  async function prepare(): Promise<Prepared> {
    const snap = await local.get(null);
    const t = now();
    const m = migrate(snap, t);
    if (m.kind === 'newer' || m.kind === 'unreadable-version') {
      const why =
        m.kind === 'newer'
          ? `Your data was saved by a newer version of On Purpose (format ${m.stored}; this version reads up to ${CURRENT_SCHEMA_VERSION}).`
          : 'The version number of your saved data could not be read.';
      const msg = `${why} Nothing was changed. Update the extension to edit or sync your templates.`;
      return { snap, parsed: parseLocal(snap), readOnly: msg, notices: [msg] };
    }
    const out: string[] = [];
    const next: Snapshot = { ...m.data };
    if (m.kind === 'migrated') out.push('Your templates were upgraded from an older version of On Purpose.');
    const parsed = parseLocal(next);

    if (parsed.rejected.length || parsed.setAsideRepaired || parsed.setAside.some((e) => e.at === 0)) {
      const moved = parsed.rejected.map((r) => ({ ...r, at: t }));
      parsed.setAside = [...parsed.setAside.map((e) => (e.at === 0 ? { ...e, at: t } : e)), ...moved];
      next[K_SET_ASIDE] = parsed.setAside;
      for (const r of parsed.rejected) {
        if (r.key === K_SETTINGS) next[K_SETTINGS] = parsed.settings;
        else delete next[r.key];
      }
      if (moved.length) out.push(`${plural(moved.length, 'item', 'items')} could not be read just now and ${moved.length === 1 ? 'was' : 'were'} set aside.`);
      parsed.rejected = [];
    }

    if (m.kind === 'fresh' && parsed.templates.size === 0 && parsed.tombstones.size === 0) {
      const seeded = seedTemplates(seed);
      for (const s of seeded) {
        next[P_TEMPLATE + s.id] = s;
        parsed.templates.set(s.id, s);
      }
      if (!parsed.hasSettings) {
        // updatedAt 0: settings from another browser always win over these.
        parsed.settings = { ...DEFAULT_SETTINGS, order: seeded.map((s) => s.id), updatedAt: 0 };
        next[K_SETTINGS] = parsed.settings;
        parsed.hasSettings = true;
      }
    }
    next[K_VERSION] = CURRENT_SCHEMA_VERSION;

    for (const [id, x] of parsed.tombstones) {
      if (isExpired(x, t)) {
        parsed.tombstones.delete(id);
        delete next[P_TOMBSTONE + id];
      }
    }
    await commit(snap, next);
    return { snap: next, parsed, readOnly: null, notices: out };
  }

  function readStatus(snap: Snapshot, settings: Settings): SyncStatus {
    if (!sync || !settings.syncEnabled) return SYNC_OFF_STATUS;
    const r = SyncStatusSchema.safeParse(snap[K_SYNC_STATUS]);
    return r.success ? r.data : INITIAL_SYNC_STATUS;
  }

  function buildState(p: Prepared): LibraryState {
    const all = [...notices, ...p.notices.filter((n) => !notices.includes(n))];
    if (p.parsed.setAside.length) all.push(setAsideNotice(p.parsed.setAside.length));
    return {
      templates: sortTemplates(p.parsed.templates.values(), p.parsed.settings.order),
      settings: p.parsed.settings,
      savedReasons: p.parsed.savedReasons,
      setAside: p.parsed.setAside,
      sync: readStatus(p.snap, p.parsed.settings),
      notices: all,
      readOnly: p.readOnly !== null,
    };
  }

  // ---- edits ---------------------------------------------------------------------------------

  interface Ctx {
    parsed: ParsedLocal;
    next: Snapshot;
    t: number;
  }

  function stamp(prev: number, t: number): number {
    return Math.max(t, prev + 1);
  }

  function putSettings(ctx: Ctx, s: Omit<Settings, 'updatedAt'>): Settings {
    const known = new Set(ctx.parsed.templates.keys());
    const order = [...new Set(s.order)].filter((id) => known.has(id)).slice(0, MAX_ORDER);
    const full: Settings = { ...s, order, updatedAt: stamp(ctx.parsed.settings.updatedAt, ctx.t) };
    const r = SettingsSchema.safeParse(full);
    if (!r.success) throw new LibraryError('invalid', `These settings cannot be saved: ${describeIssues(r.error.issues, full)}.`);
    ctx.parsed.settings = r.data;
    ctx.next[K_SETTINGS] = r.data;
    return r.data;
  }

  function mutate<T>(fn: (ctx: Ctx) => T, syncAfter = true): Promise<T> {
    return serial(async () => {
      const p = await prepare();
      if (p.readOnly) throw new LibraryError('read-only', p.readOnly);
      const ctx: Ctx = { parsed: p.parsed, next: { ...p.snap }, t: now() };
      const result = fn(ctx);
      // Unguarded: an explicit edit by the user is written as asked (last writer wins).
      await commit(p.snap, ctx.next, false);
      if (syncAfter) scheduleSync(debounceMs);
      return result;
    });
  }

  function putTemplates(ctx: Ctx, input: readonly Template[], position?: number): Template[] {
    const stored: Template[] = [];
    for (const t of input) {
      const prev = ctx.parsed.templates.get(t.id);
      const tomb = ctx.parsed.tombstones.get(t.id);
      const candidate = {
        ...t,
        createdAt: prev?.createdAt ?? t.createdAt,
        updatedAt: stamp(Math.max(prev?.updatedAt ?? -1, tomb?.deletedAt ?? -1, t.updatedAt - 1), ctx.t),
      };
      const r = TemplateSchema.safeParse(candidate);
      if (!r.success) {
        const label = typeof t.name === 'string' && t.name ? `“${t.name}”` : 'This template';
        throw new LibraryError('invalid', `${label} cannot be saved: ${describeIssues(r.error.issues, candidate)}.`);
      }
      stored.push(r.data);
    }
    // Work on the visible order (listed ids, then the rest by creation) so inserting never
    // reshuffles templates that were not listed yet.
    const order = sortTemplates(ctx.parsed.templates.values(), ctx.parsed.settings.order).map((x) => x.id);
    let at = position;
    for (const t of stored) {
      ctx.parsed.templates.set(t.id, t);
      ctx.parsed.tombstones.delete(t.id);
      ctx.next[P_TEMPLATE + t.id] = t;
      delete ctx.next[P_TOMBSTONE + t.id];
      const i = order.indexOf(t.id);
      if (at !== undefined) {
        if (i >= 0) order.splice(i, 1);
        order.splice(Math.max(0, Math.min(at, order.length)), 0, t.id);
        at += 1;
      } else if (i < 0) order.push(t.id);
    }
    const orderChanged = !sameValue(order, ctx.parsed.settings.order);
    if (orderChanged) putSettings(ctx, { ...ctx.parsed.settings, order });
    return stored;
  }

  // ---- sync ----------------------------------------------------------------------------------

  function scheduleSync(delay: number): void {
    if (disposed || !sync) return;
    const due = now() + delay;
    // The earliest request wins: edits inside the window ride along in the same run.
    if (timer !== undefined && timerDue <= due) return;
    if (timer !== undefined) clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => {
      timer = undefined;
      void syncNow().catch(() => undefined);
    }, delay);
  }

  /** How long to wait before `ops` more writes keep within the soft rates and any backoff. */
  function rateWait(ops: number, t: number): number {
    while (writeOps.length && (writeOps[0] ?? 0) <= t - HOUR) writeOps.shift();
    let wait = Math.max(0, backoffUntil - t);
    const inMinute = writeOps.filter((w) => w > t - MINUTE);
    if (inMinute.length + ops > SOFT_PER_MINUTE) wait = Math.max(wait, (inMinute[inMinute.length - SOFT_PER_MINUTE + ops - 1] ?? t) + MINUTE - t);
    if (writeOps.length + ops > SOFT_PER_HOUR) wait = Math.max(wait, (writeOps[writeOps.length - SOFT_PER_HOUR + ops - 1] ?? t) + HOUR - t);
    return wait;
  }

  async function writeStatus(snap: Snapshot, status: SyncStatus): Promise<void> {
    const prev = SyncStatusSchema.safeParse(snap[K_SYNC_STATUS]);
    // `at` alone changing is not worth a write (and a change event in every open page).
    if (prev.success && sameValue({ ...prev.data, at: 0 }, { ...status, at: 0 })) return;
    await local.set({ [K_SYNC_STATUS]: status });
  }

  function syncNow(): Promise<SyncStatus> {
    return serial(async () => {
      const p = await prepare();
      const t = now();
      if (p.readOnly) return { state: 'error', unsynced: [], message: p.readOnly, at: t } satisfies SyncStatus;
      if (!sync || !p.parsed.settings.syncEnabled) {
        const off = { ...SYNC_OFF_STATUS, at: t };
        await writeStatus(p.snap, off);
        return off;
      }
      const fail = async (message: string): Promise<SyncStatus> => {
        const s: SyncStatus = { state: 'error', unsynced: [], message, at: t };
        await writeStatus(p.snap, s);
        return s;
      };
      let remoteSnap: Snapshot;
      try {
        remoteSnap = await sync.get(null);
      } catch (e) {
        scheduleRetry('error');
        return fail(`Sync is not available right now (${e instanceof Error ? e.message : String(e)}). Your templates are safe on this browser.`);
      }
      const remote = parseRemote(remoteSnap);
      if (remote.version !== null && remote.version > CURRENT_SCHEMA_VERSION) {
        return fail('Another browser uses a newer version of On Purpose. Update the extension here to sync again; your templates are safe on this browser.');
      }

      // Pull: merge the mirror into storage.local.
      const merged = mergeCopies(
        { templates: p.parsed.templates, tombstones: p.parsed.tombstones, settings: p.parsed.settings },
        remote,
        t,
      );
      const next: Snapshot = { ...p.snap };
      for (const id of p.parsed.templates.keys()) if (!merged.templates.has(id)) delete next[P_TEMPLATE + id];
      for (const id of p.parsed.tombstones.keys()) if (!merged.tombstones.has(id)) delete next[P_TOMBSTONE + id];
      for (const [id, tpl] of merged.templates) next[P_TEMPLATE + id] = tpl;
      for (const [id, x] of merged.tombstones) next[P_TOMBSTONE + id] = x;
      const settings = merged.settings ?? p.parsed.settings;
      if (p.parsed.hasSettings || merged.settings !== p.parsed.settings) next[K_SETTINGS] = settings;
      await commit(p.snap, next);

      // Push: one remove and one set, within quotas and rates.
      const sorted = sortTemplates(merged.templates.values(), settings.order);
      const plan = planMirror(
        { templates: sorted, tombstones: [...merged.tombstones.values()], settings, version: CURRENT_SCHEMA_VERSION, now: t },
        remoteSnap,
      );
      const hasSet = Object.keys(plan.set).length > 0;
      const ops = (plan.remove.length ? 1 : 0) + (hasSet ? 1 : 0);
      const rateLimited = (ids: string[], message: string): SyncStatus => {
        const byId = new Map(sorted.map((x) => [x.id, x]));
        const waiting = ids.flatMap((id) => {
          const tpl = byId.get(id);
          return tpl ? [{ id, name: tpl.name, reason: 'rate-limit' as const }] : [];
        });
        const base = describeStatus(plan, sorted.length, t);
        return { state: 'partial', unsynced: [...base.unsynced, ...waiting], message: `${message} ${base.state === 'ok' ? '' : base.message}`.trim(), at: t };
      };
      if (ops > 0) {
        const wait = rateWait(ops, t);
        if (wait > 0) {
          scheduleSync(wait);
          const s = rateLimited(plan.writing, `Syncing is paused for about ${Math.ceil(wait / MINUTE)} minute(s): many changes in a short time. Your templates are safe on this browser.`);
          await writeStatus(next, s);
          return s;
        }
        try {
          // Remove first: it frees the space the set may need.
          if (plan.remove.length) {
            writeOps.push(now());
            await sync.remove(plan.remove);
          }
          if (hasSet) {
            writeOps.push(now());
            await sync.set(plan.set);
          }
          backoffMs = 0;
          backoffUntil = 0;
        } catch (e) {
          const reason = classifySyncError(e);
          if (reason === 'rate-limit') {
            const hourly = /HOUR/i.test(e instanceof Error ? e.message : String(e));
            scheduleRetry(hourly ? 'hour' : 'minute');
            const s = rateLimited(plan.writing, 'The browser asked to slow down: too many sync writes. Syncing will retry automatically; your templates are safe on this browser.');
            await writeStatus(next, s);
            return s;
          }
          scheduleRetry('error');
          const byId = new Map(sorted.map((x) => [x.id, x]));
          const s: SyncStatus = {
            state: 'error',
            unsynced: plan.writing.flatMap((id) => {
              const tpl = byId.get(id);
              return tpl ? [{ id, name: tpl.name, reason }] : [];
            }),
            message: `Sync failed (${e instanceof Error ? e.message : String(e)}). Your templates are safe on this browser; syncing will retry.`,
            at: t,
          };
          await writeStatus(next, s);
          return s;
        }
      }
      const status = describeStatus(plan, sorted.length, t);
      await writeStatus(next, status);
      return status;
    });
  }

  function scheduleRetry(kind: 'minute' | 'hour' | 'error'): void {
    const floor = kind === 'hour' ? 10 * MINUTE : MINUTE;
    backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(floor, backoffMs * 2));
    backoffUntil = now() + backoffMs;
    scheduleSync(backoffMs);
  }

  // ---- events --------------------------------------------------------------------------------

  const onSyncChanged = () => scheduleSync(PULL_DELAY_MS);
  let emitQueued = false;
  const onLocalChanged = (changes: StorageChanges) => {
    const keys = Object.keys(changes);
    if (keys.every((k) => k === K_HANDOFF)) return;
    if (options.mirrorExternalEdits && keys.some((k) => k === K_SETTINGS || k.startsWith(P_TEMPLATE) || k.startsWith(P_TOMBSTONE))) {
      scheduleSync(debounceMs * 3);
    }
    if (!subs.size || emitQueued) return;
    emitQueued = true;
    void Promise.resolve().then(async () => {
      emitQueued = false;
      if (!subs.size || disposed) return;
      const state = await serial(async () => buildState(await prepare()));
      const json = JSON.stringify(state);
      if (json === lastEmitted) return;
      lastEmitted = json;
      for (const cb of [...subs]) cb(state);
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
      if (!p.readOnly && sync && p.parsed.settings.syncEnabled) {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        await syncNow();
      }
      const state = await serial(async () => buildState(await prepare()));
      lastEmitted = JSON.stringify(state);
      return state;
    },

    saveTemplate: (t) => mutate((ctx) => putTemplates(ctx, [t])[0] as Template),
    saveTemplates: (ts) => mutate((ctx) => putTemplates(ctx, ts)),

    deleteTemplate: (id) =>
      mutate((ctx) => {
        const prev = ctx.parsed.templates.get(id);
        if (!prev) return null;
        const x: Tombstone = { id, deletedAt: stamp(prev.updatedAt, ctx.t) };
        ctx.parsed.templates.delete(id);
        ctx.parsed.tombstones.set(id, x);
        delete ctx.next[P_TEMPLATE + id];
        ctx.next[P_TOMBSTONE + id] = x;
        const s = ctx.parsed.settings;
        putSettings(ctx, {
          ...s,
          order: s.order.filter((o) => o !== id),
          defaultInviteId: s.defaultInviteId === id ? null : s.defaultInviteId,
          defaultReplyId: s.defaultReplyId === id ? null : s.defaultReplyId,
        });
        return prev;
      }),

    restoreTemplate: (t, position) => mutate((ctx) => putTemplates(ctx, [t], position)[0] as Template),

    reorder: (ids) =>
      mutate((ctx) => {
        const current = sortTemplates(ctx.parsed.templates.values(), ctx.parsed.settings.order).map((t) => t.id);
        const listed = [...new Set(ids)].filter((id) => ctx.parsed.templates.has(id));
        const rest = current.filter((id) => !listed.includes(id));
        putSettings(ctx, { ...ctx.parsed.settings, order: [...listed, ...rest] });
      }),

    setDefault: (kind, id) =>
      mutate((ctx) => {
        if (id !== null) {
          const t = ctx.parsed.templates.get(id);
          if (!t || t.kind !== kind) throw new LibraryError('not-found', `There is no ${kind} template with id ${id}.`);
        }
        putSettings(ctx, { ...ctx.parsed.settings, [kind === 'invite' ? 'defaultInviteId' : 'defaultReplyId']: id });
      }),

    async saveSettings(patch) {
      const before = await serial(async () => (await prepare()).parsed.settings.syncEnabled);
      const saved = await mutate((ctx) => {
        const clean: Record<string, unknown> = { ...patch };
        delete clean.order;
        delete clean.updatedAt;
        return putSettings(ctx, { ...ctx.parsed.settings, ...(clean as SettingsPatch) });
      }, false);
      if (saved.syncEnabled && !before) scheduleSync(0);
      else if (!saved.syncEnabled) {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        await syncNow();
      } else scheduleSync(debounceMs);
      return saved;
    },

    async previewImport(text) {
      const parsed = parseImportFile(text);
      if (!parsed.ok) return parsed;
      const mine = parseLocal(await local.get(null));
      return { ok: true, preview: previewImport(sortTemplates(mine.templates.values(), mine.settings.order), parsed.templates) };
    },

    async applyImport(text) {
      // Parse before touching storage at all: a rejected file must leave it byte-for-byte as it was.
      const parsed = parseImportFile(text);
      if (!parsed.ok) return parsed;
      return mutate((ctx): ImportOutcome => {
        const existing = sortTemplates(ctx.parsed.templates.values(), ctx.parsed.settings.order);
        const preview = previewImport(existing, parsed.templates);
        const merged = applyImport(existing, preview, { now: ctx.t, newId });
        const added = putTemplates(ctx, merged.slice(existing.length));
        return { ok: true, preview, added };
      });
    },

    deleteSavedReason: (id) =>
      mutate((ctx) => {
        delete ctx.next[P_REASON + id];
      }, false),

    clearSetAside: () =>
      mutate((ctx) => {
        delete ctx.next[K_SET_ASIDE];
        ctx.parsed.setAside = [];
        notices = notices.filter((n) => !/set aside/.test(n));
      }, false),

    subscribe(cb) {
      subs.add(cb);
      return () => {
        subs.delete(cb);
      };
    },

    flushSync() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      return syncNow();
    },

    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      subs.clear();
      if (listening) {
        sync?.onChanged.removeListener(onSyncChanged);
        local.onChanged.removeListener(onLocalChanged);
      }
    },
  };
}
