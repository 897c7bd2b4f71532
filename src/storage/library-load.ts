/**
 * The library's loading: read storage.local, migrate, set aside what does not validate, seed a
 * fresh install, expire old tombstones, and build the state the popup shows. Also Repair (the
 * way out of the read-only mode for someone who never had a newer version).
 */
import { DEFAULT_SETTINGS, type Settings, type Template, type TemplateKind } from '../core/schema';
import type { StorageAreaLike } from './areas';
import { readWhere } from './read-where';
import { notPeople } from './keys';
import { commitDiff, mergeSetAside, readSetAside, storageRefusedNotice, type Snapshot } from './keyed-store';
import { K_SET_ASIDE, K_SETTINGS, K_SYNC_STATUS, K_VERSION, P_REASON, P_TEMPLATE, P_TOMBSTONE, parseLocal, sortTemplates, type ParsedLocal, type Rejected } from './layout';
import type { LibraryState } from './library-types';
import { SEED_ID_PREFIX, isExpired } from './merge';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';
import { INITIAL_SYNC_STATUS, SYNC_OFF_STATUS, SyncStatusSchema, type SyncStatus } from './sync';

/** Seeded defaults carry this fixed time and fixed ids, so two fresh installs seed identical copies
 * and any real edit or deletion on another browser wins the merge. */
export const SEED_TIME = Date.UTC(2026, 0, 1);

export interface Prepared {
  snap: Snapshot;
  parsed: ParsedLocal;
  readOnly: string | null;
  /** Read-only because of a readable newer format number (Repair is offered). */
  repairable: boolean;
  notices: string[];
}

/**
 * The shipped defaults with stable ids and times (see SEED_TIME). core gives them fixed ids
 * already; any that lacks the seed prefix gets one, so its tombstone never expires.
 */
export function seedTemplates(seed: (now: number) => Template[]): Template[] {
  const n: Partial<Record<TemplateKind, number>> = {};
  return seed(SEED_TIME).map((t, i) => ({
    ...t,
    id: t.id.startsWith(SEED_ID_PREFIX) ? t.id : `${SEED_ID_PREFIX}${t.kind}-${(n[t.kind] = (n[t.kind] ?? 0) + 1)}`,
    // One millisecond apart keeps "sort by creation" in the intended order.
    createdAt: SEED_TIME + i,
    updatedAt: SEED_TIME + i,
  }));
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function setAsideNotice(count: number): string {
  return (
    `${plural(count, 'item', 'items')} in your saved data could not be read and ${count === 1 ? 'was' : 'were'} set aside. ` +
    'Nothing was deleted: you can export the set-aside data from Settings.'
  );
}

/** The one sentence for a damaged version number (issue 9 part 6); shown while its backup exists. */
export const DAMAGED_VERSION_NOTICE =
  'The version number of your saved data was damaged: On Purpose checked every template and kept all it could read, and the damaged value is kept for export.';

export interface LoaderDeps {
  local: StorageAreaLike;
  now: () => number;
  seed: (now: number) => Template[];
}

/** Reads storage.local and brings it to the current layout: migrate, set aside, seed, expire. */
export async function prepare({ local, now, seed }: LoaderDeps): Promise<Prepared> {
  // Never People's records: with 5,000 of them a full read made the Templates list take a second.
  const snap = await readWhere(local, notPeople);
  const t = now();
  const m = migrate(snap, t);
  if (m.kind === 'newer') {
    const msg =
      `Your data was saved by a newer version of On Purpose (format ${m.stored}; this version reads up to ${CURRENT_SCHEMA_VERSION}). ` +
      'Nothing was changed. Update the extension to edit or sync your templates, or use Repair if you never had a newer version.';
    return { snap, parsed: parseLocal(snap), readOnly: msg, repairable: true, notices: [msg] };
  }
  const out: string[] = [];
  const next: Snapshot = { ...m.data };
  if (m.kind === 'migrated' && !('damagedVersion' in m)) out.push('Your templates were upgraded from an older version of On Purpose.');
  const parsed = parseLocal(next);

  // Set aside, each distinct value once: the popup and the worker may both have moved the same
  // value when they started at once (see keyed-store.ts setAsideId).
  const stamped = parsed.setAside.map((e) => (e.at === 0 ? { ...e, at: t } : e));
  const merged = mergeSetAside(stamped, parsed.rejected, t);
  if (parsed.rejected.length || parsed.setAsideRepaired || parsed.setAside.some((e) => e.at === 0) || merged.length !== stamped.length + parsed.rejected.length) {
    next[K_SET_ASIDE] = merged;
    for (const r of parsed.rejected) {
      if (r.key === K_SETTINGS) next[K_SETTINGS] = parsed.settings;
      else delete next[r.key];
    }
    const moved = parsed.rejected.length;
    if (moved) out.push(`${plural(moved, 'item', 'items')} could not be read just now and ${moved === 1 ? 'was' : 'were'} set aside.`);
    parsed.rejected = [];
  }
  parsed.setAside = merged;

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
  else topUpNewKinds(parsed, next, seed);
  next[K_VERSION] = CURRENT_SCHEMA_VERSION;

  for (const [id, x] of parsed.tombstones) {
    if (isExpired(x, t)) {
      parsed.tombstones.delete(id);
      delete next[P_TOMBSTONE + id];
    }
  }
  try {
    await commitDiff(local, snap, next);
  } catch (e) {
    // The browser refused the repair (storage full: see storageRefusedNotice). Nothing was
    // written, so every value is where it was: show what could be read and what could not (the
    // banner exports it), and change nothing, since an edit now could overwrite a damaged value
    // that has no backup yet. The next load tries again.
    const msg = `${storageRefusedNotice(e)} Nothing can be changed until it can be moved; export the unreadable data from the banner to keep a copy.`;
    return { snap, parsed, readOnly: msg, repairable: false, notices: [...out, msg] };
  }
  return { snap: next, parsed, readOnly: null, repairable: false, notices: out };
}

/** Template kinds added after libraries already existed: their defaults are added once. */
const LATER_KINDS: readonly TemplateKind[] = ['follow-up'];

/**
 * A library from before a kind existed gets that kind's shipped defaults, once: only while it has
 * no template of the kind, and never a default the user deleted (seed tombstones never expire).
 * The seeds have fixed ids and times, so two browsers topping up converge through sync. Not a
 * layout change, so no numbered migration (a new schemaVersion would stop older browsers' sync).
 */
function topUpNewKinds(parsed: ParsedLocal, next: Snapshot, seed: (now: number) => Template[]): void {
  for (const kind of LATER_KINDS) {
    if ([...parsed.templates.values()].some((t) => t.kind === kind)) continue;
    for (const s of seedTemplates(seed).filter((t) => t.kind === kind)) {
      if (parsed.tombstones.has(s.id) || parsed.templates.has(s.id)) continue;
      next[P_TEMPLATE + s.id] = s;
      parsed.templates.set(s.id, s);
    }
  }
}

function readStatus(snap: Snapshot, settings: Settings, hasSync: boolean): SyncStatus {
  if (!hasSync || !settings.syncEnabled) return SYNC_OFF_STATUS;
  const r = SyncStatusSchema.safeParse(snap[K_SYNC_STATUS]);
  return r.success ? r.data : INITIAL_SYNC_STATUS;
}

export function buildState(p: Prepared, sticky: readonly string[], hasSync: boolean): LibraryState {
  const all = [...sticky, ...p.notices.filter((n) => !sticky.includes(n))];
  // Derived from the backup, not from this run: the worker may have done the repair unseen.
  if (p.parsed.setAside.some((e) => e.key === K_VERSION) && !all.includes(DAMAGED_VERSION_NOTICE)) all.unshift(DAMAGED_VERSION_NOTICE);
  if (p.parsed.setAside.length) all.push(setAsideNotice(p.parsed.setAside.length));
  return {
    templates: sortTemplates(p.parsed.templates.values(), p.parsed.settings.order),
    settings: p.parsed.settings,
    savedReasons: p.parsed.savedReasons,
    setAside: p.parsed.setAside,
    sync: readStatus(p.snap, p.parsed.settings, hasSync),
    notices: all,
    readOnly: p.readOnly !== null,
    ...(p.repairable ? { repairable: true } : {}),
  };
}

/** The library's own keys (Repair moves exactly these), including the prototype's v0 keys. */
export function isLibraryKey(k: string): boolean {
  return (
    k === K_VERSION ||
    k === K_SETTINGS ||
    k.startsWith(P_TEMPLATE) ||
    k.startsWith(P_TOMBSTONE) ||
    k.startsWith(P_REASON) ||
    k === 'templates' ||
    k === 'guardMode' ||
    k === 'myFirstName'
  );
}

/**
 * Repair: every library value goes to the backup verbatim (with why), then the library keys are
 * removed, so the next prepare() starts a fresh library. One set (backup + version) before one
 * remove: an interruption leaves a duplicate, never a loss. The sync status and the hand-off are
 * not library data and are left alone; so are other stores' keys (People has its own version).
 */
export async function repairLibrary(local: StorageAreaLike, now: number): Promise<void> {
  const snap = await readWhere(local, (k) => isLibraryKey(k) || k === K_SET_ASIDE);
  const moved: Rejected[] = Object.keys(snap)
    .filter(isLibraryKey)
    .sort()
    .map((key) => ({ key, raw: snap[key], reason: `Set aside by Repair (${key === K_VERSION ? 'the format number' : 'saved under a newer format number'}); kept as found.` }));
  const prev = readSetAside(snap[K_SET_ASIDE], now).entries;
  const next: Snapshot = { ...snap, [K_SET_ASIDE]: mergeSetAside(prev, moved, now) };
  for (const m of moved) delete next[m.key];
  await commitDiff(local, snap, next, false);
}
