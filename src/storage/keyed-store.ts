/**
 * What every store in storage.local shares (the template library in library*.ts, People in
 * people.ts): one key per item under a prefix, zod on every read, bad values set aside (never
 * dropped), numbered migrations, change subscriptions through storage.onChanged, one-at-a-time
 * operations and batched diff writes.
 *
 * The library uses the pieces (its layout has tombstones, settings and a sync mirror besides
 * items); People uses `createKeyedStore`, which is the pieces put together for a plain store.
 */
import type * as z from 'zod/mini';
import type { StorageAreaLike, StorageChanges } from './areas';
import { readWhere } from './read-where';
import { K_SET_ASIDE, describeIssues, type Rejected, type SetAsideEntry } from './layout';
import { sameValue, stableJson } from './merge';

export type Snapshot = Record<string, unknown>;

// ---- one operation at a time -----------------------------------------------------------------

/** Runs the functions passed to it one after the other, whatever each one's outcome. */
export function serialQueue(): <T>(fn: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };
}

// ---- one writer at a time, across contexts -------------------------------------------------------

interface LockManagerLike {
  request<T>(name: string, cb: () => Promise<T>): Promise<T>;
}

/**
 * The popup, the options page and the service worker each run their own stores, and storage has
 * no transactions: two read-modify-writes of the shared `setAside` list could interleave, and the
 * later one would write back a list without the other's entry (a CI run lost `settings=null` that
 * way: the library set it aside in one context while People merged its own entries in another).
 * Web Locks are shared by every context of the extension's origin, so the write sections take one.
 * A content script runs in LinkedIn's origin, where a lock would guard nothing, so it makes no
 * moves into `setAside` at all (deferSetAsideMoves): a re-read just before the write still left a
 * window in which the popup's move landed and was then overwritten (a CI run under load lost every
 * damaged template that way, the popup having already removed them from their keys). There it
 * reads around damaged values and leaves them in place; the popup or the worker moves them.
 */
function extensionLocks(): LockManagerLike | null {
  try {
    const protocol = (globalThis as { location?: { protocol?: string } }).location?.protocol;
    if (protocol !== 'chrome-extension:' && protocol !== 'moz-extension:') return null;
    return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks ?? null;
  } catch {
    return null;
  }
}

const STORAGE_LOCK = 'on-purpose:storage.local-write';

let movesDeferred = false;
/** For the content script's stores (ui.ts): no moves into `setAside` in this context (see above). */
export function deferSetAsideMoves(): void {
  movesDeferred = true;
}

/** Runs `fn` while no other context of the extension runs a write section (see above). */
export function writeSection<T>(fn: () => Promise<T>): Promise<T> {
  const locks = extensionLocks();
  return locks ? locks.request(STORAGE_LOCK, fn) : fn();
}

// ---- batched writes ----------------------------------------------------------------------------

/**
 * Writes the difference between two snapshots in one `set` and one `remove`. `guarded` (for
 * changes the user did not ask for just now: migrations, set-aside moves, merges) re-reads the
 * keys first and leaves alone any key another context changed since `before` was read, so a
 * repair can never overwrite or remove a value saved in between; the next run sees the new value.
 */
export function commitDiff(area: StorageAreaLike, before: Snapshot, after: Snapshot, guarded = true): Promise<void> {
  return writeSection(() => commitDiffNow(area, before, after, guarded));
}

async function commitDiffNow(area: StorageAreaLike, before: Snapshot, after: Snapshot, guarded: boolean): Promise<void> {
  let set: Snapshot = {};
  // Same reference: unchanged (the cheap check first; 5,000 people must not be re-serialised).
  for (const [k, v] of Object.entries(after)) if (!(k in before) || (before[k] !== v && !sameValue(before[k], v))) set[k] = v;
  let remove = Object.keys(before).filter((k) => !(k in after));
  // A repair that moves something aside, where no lock is shared: leave it all for the popup or the
  // worker (the damaged values stay where they are; an edit writes only its own keys).
  if (guarded && movesDeferred && K_SET_ASIDE in set) return;
  if (guarded && (remove.length || Object.keys(set).length)) {
    const fresh = await area.get([...Object.keys(set), ...remove]);
    const untouched = (k: string) => k in fresh === k in before && (!(k in fresh) || sameValue(fresh[k], before[k]));
    const kept = Object.entries(set).filter(([k]) => untouched(k));
    // A move is its set (the backup) plus its remove: if any set was skipped, remove nothing
    // this time, so nothing is ever removed without its copy written. The next run redoes it.
    const skipped = kept.length !== Object.keys(set).length;
    remove = skipped ? [] : remove.filter(untouched);
    // A move may also replace the damaged value in place (a default re-seeded under the same key):
    // when the backup itself was skipped, write nothing of this run, or that value would be lost.
    set = skipped && K_SET_ASIDE in set && !kept.some(([k]) => k === K_SET_ASIDE) ? {} : Object.fromEntries(kept);
  }
  // Set before remove: an interrupted move leaves a duplicate, never a loss.
  if (Object.keys(set).length) await area.set(set);
  if (remove.length) await area.remove(remove);
}

/**
 * The repair of damaged data could not be written (the library's load, a keyed store's): storage
 * is full (a damaged value can weigh megabytes, and moving it aside needs room for a second copy),
 * or failing. Nothing was written: the damaged values are where they were.
 */
export function storageRefusedNotice(e: unknown): string {
  const why = e instanceof Error ? e.message : String(e);
  return `Some saved data could not be read, and the browser refused to move it aside (${why.slice(0, 200)}): it was left where it is, and nothing was changed.`;
}

// ---- keyed items, validated ------------------------------------------------------------------

export interface ItemSpec<T> {
  /** Key prefix, e.g. `p:`; the rest of the key is the item's id. */
  prefix: string;
  schema: z.ZodMiniType<T>;
  idOf(item: T): string;
  /** How to name a bad value to the user: `The person “Jane Doe”`. */
  label(raw: unknown): string;
  /**
   * A compact stored form (fields that can be derived are left out): `encode` before a write,
   * `decode` before validation. Both optional; `decode` must also accept the full form.
   */
  encode?(item: T): unknown;
  decode?(raw: unknown): unknown;
}

/** Every `prefix` key of `snap`, validated: the good ones by id, the others with a reason. */
export function readItems<T>(snap: Snapshot, spec: ItemSpec<T>): { items: Map<string, T>; rejected: Rejected[] } {
  const items = new Map<string, T>();
  const rejected: Rejected[] = [];
  for (const [key, raw] of Object.entries(snap)) {
    if (!key.startsWith(spec.prefix)) continue;
    const r = spec.schema.safeParse(spec.decode ? spec.decode(raw) : raw);
    if (!r.success) rejected.push({ key, raw, reason: `${spec.label(raw)} could not be read: ${describeIssues(r.error.issues, raw)}.` });
    else if (spec.idOf(r.data) !== key.slice(spec.prefix.length)) rejected.push({ key, raw, reason: `${spec.label(raw)} was stored under the wrong key (${key}).` });
    else items.set(key.slice(spec.prefix.length), r.data);
  }
  return { items, rejected };
}

// ---- set-aside -------------------------------------------------------------------------------

/**
 * The identity of a set-aside value: its key and its raw value, as sorted JSON. Two contexts
 * (the popup and the worker) starting at once both find the same bad value and both move it;
 * with this identity the second copy is recognised and kept once.
 */
export function setAsideId(e: Pick<SetAsideEntry, 'key' | 'raw'>): string {
  let raw: string;
  try {
    raw = stableJson(e.raw) ?? 'undefined';
  } catch {
    raw = String(e.raw);
  }
  return `${e.key}\n${raw}`;
}

/** `existing` then `added` (stamped `at`), each distinct value once; the first copy is kept. */
export function mergeSetAside(existing: readonly SetAsideEntry[], added: readonly Rejected[], at: number): SetAsideEntry[] {
  const seen = new Set<string>();
  const out: SetAsideEntry[] = [];
  for (const e of [...existing, ...added.map((r) => ({ ...r, at }))]) {
    const id = setAsideId(e);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(e);
  }
  return out;
}

/** Reads the shared `setAside` list; a damaged list or entry is itself kept, wrapped. */
export function readSetAside(raw: unknown, at: number): { entries: SetAsideEntry[]; repaired: boolean } {
  if (raw === undefined) return { entries: [], repaired: false };
  if (!Array.isArray(raw)) return { entries: [{ key: K_SET_ASIDE, raw, reason: 'The list of set-aside data was damaged; it is kept as found.', at }], repaired: true };
  let repaired = false;
  const entries = raw.map((e: unknown): SetAsideEntry => {
    const ok =
      e !== null && typeof e === 'object' && typeof (e as SetAsideEntry).key === 'string' && 'raw' in e && typeof (e as SetAsideEntry).reason === 'string' && typeof (e as SetAsideEntry).at === 'number';
    if (ok) return e as SetAsideEntry;
    repaired = true;
    return { key: K_SET_ASIDE, raw: e, reason: 'A set-aside item was damaged; it is kept as found.', at };
  });
  const deduped = mergeSetAside(entries, [], at);
  return { entries: deduped, repaired: repaired || deduped.length !== entries.length };
}

// ---- migrations ------------------------------------------------------------------------------

export interface ItemMigration {
  version: number;
  description: string;
  /** Pure: the raw item at `version - 1` → the raw item at `version`. Throwing sets it aside. */
  up(raw: unknown): unknown;
}

/** A stored version number this code can trust: a whole number in a plausible range. */
export function readableVersion(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_PLAUSIBLE_VERSION;
}
/** A layout version this high was never shipped: 1e308 or 2^53 is damage, not the future. */
export const MAX_PLAUSIBLE_VERSION = 10_000;

// ---- change subscriptions ------------------------------------------------------------------

/**
 * Calls `onChange` once per storage event that touches a key `relevant` accepts, after the event
 * (events of one microtask are coalesced). Returns the unsubscribe function; `signal` too.
 */
export function watchKeys(area: StorageAreaLike, relevant: (key: string) => boolean, onChange: (keys: string[]) => void, signal?: AbortSignal): () => void {
  let pending: string[] | null = null;
  const listener = (changes: StorageChanges) => {
    const keys = Object.keys(changes).filter(relevant);
    if (!keys.length) return;
    if (pending) {
      pending.push(...keys);
      return;
    }
    pending = keys;
    void Promise.resolve().then(() => {
      const k = pending ?? [];
      pending = null;
      onChange(k);
    });
  };
  area.onChanged.addListener(listener);
  const off = () => area.onChanged.removeListener(listener);
  signal?.addEventListener('abort', off, { once: true });
  return off;
}

// ---- a plain keyed store ---------------------------------------------------------------------

export interface KeyedStoreOptions<T> {
  area: StorageAreaLike;
  item: ItemSpec<T>;
  /** The store's meta key (`{ schemaVersion, ... }`), e.g. `peopleMeta`. */
  metaKey: string;
  migrations: readonly ItemMigration[];
  now?: () => number;
}

export interface Meta {
  schemaVersion: number;
  [k: string]: unknown;
}

export interface KeyedLoad<T> {
  items: Map<string, T>;
  meta: Meta;
  /** Set when the stored version is newer than this code: nothing may be written. */
  readOnly: string | null;
  notices: string[];
  /** Set when the repair this load needed could not be written (storageRefusedNotice). */
  refused?: string;
}

export interface KeyedEdit<T> {
  items: Map<string, T>;
  meta: Meta;
  t: number;
  put(item: T): T;
  remove(id: string): void;
}

export interface KeyedStore<T> {
  readonly version: number;
  /** Reads, migrates, sets aside what does not validate (written back), and returns the rest. */
  load(): Promise<KeyedLoad<T>>;
  /**
   * `load` for just these items (one key each, plus the meta and set-aside list): what `get(id)`
   * needs. Falls back to a full load when a migration or a repaired version concerns everyone.
   */
  loadSome(ids: readonly string[]): Promise<KeyedLoad<T>>;
  /**
   * Runs `fn` on a fresh read and writes what it changed in one set and one remove. All
   * operations of one store run one at a time. Refused (throws) in read-only mode. With `ids`,
   * only those items are read and validated (an edit of one person among 5,000 stays cheap):
   * `items` then holds just them.
   */
  edit<R>(fn: (e: KeyedEdit<T>) => R | Promise<R>, ids?: readonly string[]): Promise<R>;
  /** Runs `fn` after every change to this store's keys, from any context, with the keys changed. */
  subscribe(fn: (keys: string[]) => void, signal?: AbortSignal): () => void;
  serial<R>(fn: () => Promise<R>): Promise<R>;
}

export class ReadOnlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyError';
  }
}

export function createKeyedStore<T>(opts: KeyedStoreOptions<T>): KeyedStore<T> {
  const { area, item, metaKey, migrations } = opts;
  const now = opts.now ?? (() => Date.now());
  const version = migrations[migrations.length - 1]?.version ?? 1;
  const serial = serialQueue();
  const mine = (k: string) => k.startsWith(item.prefix) || k === metaKey;

  async function prepare(ids?: readonly string[]): Promise<{ snap: Snapshot; next: Snapshot; load: KeyedLoad<T> }> {
    // Only this store's keys (and the shared set-aside list): never another store's values.
    const ours = (k: string) => mine(k) || k === K_SET_ASIDE;
    const all = ids ? await area.get([...ids.map((id) => item.prefix + id), metaKey, K_SET_ASIDE]) : await readWhere(area, ours);
    const snap: Snapshot = {};
    for (const k of Object.keys(all)) if (ours(k)) snap[k] = all[k];
    const t = now();
    const next: Snapshot = { ...snap };
    const notices: string[] = [];
    const rawMeta = snap[metaKey];
    const meta: Meta = rawMeta !== null && typeof rawMeta === 'object' && !Array.isArray(rawMeta) ? { ...(rawMeta as Meta) } : { schemaVersion: version };
    const rejected: Rejected[] = [];
    // A partial read cannot tell an empty store: assume items exist (the meta says the version).
    const hasItems = ids !== undefined || Object.keys(snap).some((k) => k.startsWith(item.prefix));
    let from = hasItems ? 1 : version;
    if (rawMeta !== undefined && (rawMeta === null || typeof rawMeta !== 'object' || Array.isArray(rawMeta))) {
      rejected.push({ key: metaKey, raw: rawMeta, reason: 'The store’s record of its own format was damaged; every item was checked as usual.' });
    } else if (rawMeta !== undefined) {
      const v = meta.schemaVersion;
      if (!readableVersion(v)) {
        rejected.push({ key: `${metaKey}.schemaVersion`, raw: v, reason: 'The version number could not be read; every item was checked as usual.' });
      } else if (v > version) {
        const msg = `This data was saved by a newer version of On Purpose (format ${v}; this version reads up to ${version}). Nothing was changed.`;
        return { snap, next, load: { items: readItems(snap, item).items, meta, readOnly: msg, notices: [msg] } };
      } else from = v;
    }
    // Migrations and a repaired version concern every item: never from a partial read.
    if (ids && (from < version || rejected.length)) return prepare();
    if (from < version) {
      for (const [k, raw] of Object.entries(snap)) {
        if (!k.startsWith(item.prefix)) continue;
        let v = raw;
        try {
          for (const m of migrations) if (m.version > from) v = m.up(v);
          next[k] = v;
        } catch (e) {
          rejected.push({ key: k, raw, reason: `An item could not be upgraded (${e instanceof Error ? e.message : String(e)}).` });
          delete next[k];
        }
      }
    }
    const read = readItems(next, item);
    for (const r of read.rejected) delete next[r.key];
    rejected.push(...read.rejected);
    const aside = readSetAside(snap[K_SET_ASIDE], t);
    if (rejected.length || aside.repaired) {
      next[K_SET_ASIDE] = mergeSetAside(aside.entries, rejected, t);
      if (rejected.length) notices.push(`${rejected.length} saved item${rejected.length === 1 ? '' : 's'} could not be read and ${rejected.length === 1 ? 'was' : 'were'} set aside; nothing was deleted.`);
    }
    meta.schemaVersion = version;
    if (read.items.size || rawMeta !== undefined) next[metaKey] = meta;
    return { snap, next, load: { items: read.items, meta, readOnly: null, notices } };
  }

  const loadWith = (ids?: readonly string[]) =>
    serial(async () => {
      const p = await prepare(ids);
      if (p.load.readOnly) return p.load;
      try {
        await commitDiff(area, p.snap, p.next);
      } catch (e) {
        // The repair was refused (see storageRefusedNotice): nothing was written, every value is
        // where it was. The readable items are returned; the next load tries again. (An edit
        // writes the same repair first, so it fails the same way until there is room.)
        const msg = storageRefusedNotice(e);
        return { ...p.load, notices: [...p.load.notices, msg], refused: msg };
      }
      return p.load;
    });

  return {
    version,
    serial,
    load: () => loadWith(),
    loadSome: (ids) => loadWith(ids),
    edit: (fn, ids) =>
      serial(async () => {
        const p = await prepare(ids);
        if (p.load.readOnly) throw new ReadOnlyError(p.load.readOnly);
        // Repairs first (guarded), then the edit itself, as the user asked (last writer wins).
        await commitDiff(area, p.snap, p.next);
        const before = { ...p.next };
        const after = { ...p.next };
        const t = now();
        const e: KeyedEdit<T> = {
          items: p.load.items,
          // A copy: `before` must keep the stored meta to see what the edit changed.
          meta: { ...p.load.meta },
          t,
          put(v) {
            const r = item.schema.safeParse(v);
            if (!r.success) throw new Error(`${item.label(v)} cannot be saved: ${describeIssues(r.error.issues, v)}.`);
            const id = item.idOf(r.data);
            p.load.items.set(id, r.data);
            after[item.prefix + id] = item.encode ? item.encode(r.data) : r.data;
            return r.data;
          },
          remove(id) {
            p.load.items.delete(id);
            delete after[item.prefix + id];
          },
        };
        const result = await fn(e);
        // The meta is written with the first item (an edit that changed nothing leaves no trace).
        const touched =
          Object.keys(after).some((k) => k.startsWith(item.prefix) && after[k] !== before[k] && !sameValue(after[k], before[k])) || Object.keys(before).some((k) => !(k in after));
        if (metaKey in before || touched) after[metaKey] = e.meta;
        await commitDiff(area, before, after, false);
        return result;
      }),
    subscribe: (fn, signal) => watchKeys(area, mine, fn, signal),
  };
}
