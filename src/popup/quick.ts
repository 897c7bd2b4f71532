/**
 * The popup's first paint. library.load() also pulls and pushes storage.sync before it resolves
 * (hundreds of ms), and the library module brings zod, sync and migrations, which alone take
 * longer to load than the 150 ms the popup has to show its list (300 templates). So the list is
 * first drawn from one plain read of storage.local, checked here WITHOUT zod: every check below is
 * as strict as the matching schema in core/schema.ts, storage/layout.ts and storage/sync.ts, or
 * stricter (tests/unit/ui/popup-quick.test.ts compares the two on valid, boundary and broken data).
 * Anything this reader is unsure of goes to the zod reader in quick-full.ts (loaded only then),
 * so what is shown is always what parseLocal would show; load() then replaces it a moment later
 * with the full state (set-aside moves done, sync merged).
 *
 * This module must stay free of zod: it is in the first-paint bundle. Hence the copied limits
 * below (the schemas keep theirs inline; the test keeps both in step); key names come from the
 * zod-free storage/keys.ts.
 */
import { GUARD_MODES, NOTE_LIMIT_SETTINGS, TEMPLATE_KINDS } from '../core/constants';
import type { SavedReason, Settings, Template, Tombstone } from '../core/schema';
import type { LibraryState, SetAsideEntry, SyncStatus } from '../storage/library';

/** storage/migrations.ts CURRENT_SCHEMA_VERSION. */
export const SCHEMA_VERSION = 1;
// Key names and initial statuses from the zod-free storage/keys.ts (library.load() replaces the
// statuses at once).
export { INITIAL_SYNC_STATUS, K_SET_ASIDE, K_SETTINGS, K_SYNC_STATUS, K_VERSION, P_REASON, P_TEMPLATE, P_TOMBSTONE, SYNC_OFF_STATUS } from '../storage/keys';
import { INITIAL_SYNC_STATUS, K_SET_ASIDE, K_SETTINGS, K_SYNC_STATUS, K_VERSION, P_REASON, P_TEMPLATE, P_TOMBSTONE, SYNC_OFF_STATUS } from '../storage/keys';

const SYNC_STATES = ['off', 'ok', 'partial', 'error'] as const;
const UNSYNCED_REASONS = ['too-large', 'quota', 'max-items', 'rate-limit', 'error'] as const;

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
/** zod's int() is a safe integer; nonnegative() is >= 0. */
const count = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);
const strings = (v: unknown, maxItems: number, min: number, max: number): v is string[] =>
  Array.isArray(v) && v.length <= maxItems && v.every((s) => str(s, min, max));
const nullableStr = (v: unknown, max = Infinity): v is string | null => v === null || str(v, 0, max);

/** TemplateSchema, copied field by field (zod strips unknown keys). */
function template(v: unknown, id: string): Template | null {
  if (!isRec(v)) return null;
  const { kind, name, body, tags, createdAt, updatedAt } = v;
  if (v.id !== id || !str(id, 1, 64) || !oneOf(TEMPLATE_KINDS, kind) || !str(name, 1, 80) || !str(body, 0, 4000)) return null;
  if (!strings(tags, 12, 1, 32) || !count(createdAt) || !count(updatedAt)) return null;
  return { id, kind, name, body, tags: [...tags], createdAt, updatedAt };
}

function tombstone(v: unknown, id: string): Tombstone | null {
  return isRec(v) && v.id === id && str(id, 1, 64) && count(v.deletedAt) ? { id, deletedAt: v.deletedAt } : null;
}

function savedReason(v: unknown, id: string): SavedReason | null {
  if (!isRec(v)) return null;
  const { personName, profileUrl, text, createdAt } = v;
  if (v.id !== id || !str(id, 1, 64) || !str(personName, 0, 200) || !nullableStr(profileUrl, 500) || !str(text, 0, 4000) || !count(createdAt)) return null;
  return { id, personName, profileUrl, text, createdAt };
}

function settings(v: unknown): Settings | null {
  if (!isRec(v)) return null;
  const { guardMode, noteLimit, myFirstName, extraGenericPhrases, syncEnabled, defaultInviteId, defaultReplyId, order, updatedAt } = v;
  if (!oneOf(GUARD_MODES, guardMode) || !oneOf(NOTE_LIMIT_SETTINGS, noteLimit) || !str(myFirstName, 0, 60)) return null;
  if (!strings(extraGenericPhrases, 100, 0, 300) || typeof syncEnabled !== 'boolean') return null;
  if (!nullableStr(defaultInviteId) || !nullableStr(defaultReplyId) || !strings(order, 2000, 0, Infinity) || !count(updatedAt)) return null;
  return {
    guardMode,
    noteLimit,
    myFirstName,
    extraGenericPhrases: [...extraGenericPhrases],
    syncEnabled,
    defaultInviteId,
    defaultReplyId,
    order: [...order],
    updatedAt,
  };
}

function setAsideList(v: unknown): SetAsideEntry[] | null {
  if (!Array.isArray(v)) return null;
  const out: SetAsideEntry[] = [];
  for (const e of v) {
    // zod wants the raw key present, even when its value is undefined.
    if (!isRec(e) || !('raw' in e) || typeof e.key !== 'string' || typeof e.reason !== 'string' || typeof e.at !== 'number' || !Number.isFinite(e.at)) {
      return null;
    }
    out.push({ key: e.key, raw: e.raw, reason: e.reason, at: e.at });
  }
  return out;
}

function syncStatus(v: unknown): SyncStatus | null {
  if (!isRec(v) || !oneOf(SYNC_STATES, v.state) || typeof v.message !== 'string' || typeof v.at !== 'number' || !Number.isFinite(v.at)) return null;
  if (!Array.isArray(v.unsynced)) return null;
  const unsynced: SyncStatus['unsynced'] = [];
  for (const u of v.unsynced) {
    if (!isRec(u) || typeof u.id !== 'string' || typeof u.name !== 'string' || !oneOf(UNSYNCED_REASONS, u.reason)) return null;
    unsynced.push({ id: u.id, name: u.name, reason: u.reason });
  }
  return { state: v.state, unsynced, message: v.message, at: v.at };
}

/** storage/layout.ts sortTemplates: the ids in `order` first, in that order; the rest by creation. */
function sortTemplates(templates: Template[], order: readonly string[]): Template[] {
  const rank = new Map<string, number>();
  order.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  return templates.sort((a, b) => {
    const ra = rank.get(a.id) ?? Infinity;
    const rb = rank.get(b.id) ?? Infinity;
    if (ra !== rb) return ra < rb ? -1 : 1;
    return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/**
 * The state for a snapshot of storage.local in the current schema version when everything in it
 * is valid; null as soon as anything is not (or settings are missing): parseLocal must decide then.
 */
export function fastState(snap: Rec): LibraryState | null {
  if (snap[K_VERSION] !== SCHEMA_VERSION) return null;
  const templates: Template[] = [];
  const savedReasons: SavedReason[] = [];
  let s: Settings | null = null;
  let setAside: SetAsideEntry[] = [];
  for (const key of Object.keys(snap)) {
    const raw = snap[key];
    if (key.startsWith(P_TEMPLATE)) {
      const t = template(raw, key.slice(P_TEMPLATE.length));
      if (!t) return null;
      templates.push(t);
    } else if (key.startsWith(P_TOMBSTONE)) {
      // Not shown, but a bad one is set aside by load(): let the full reader report it.
      if (!tombstone(raw, key.slice(P_TOMBSTONE.length))) return null;
    } else if (key.startsWith(P_REASON)) {
      const r = savedReason(raw, key.slice(P_REASON.length));
      if (!r) return null;
      savedReasons.push(r);
    } else if (key === K_SETTINGS) {
      s = settings(raw);
      if (!s) return null;
    } else if (key === K_SET_ASIDE) {
      const list = setAsideList(raw);
      if (!list) return null;
      setAside = list;
    }
  }
  if (!s) return null;
  savedReasons.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return {
    templates: sortTemplates(templates, s.order),
    settings: s,
    savedReasons,
    setAside,
    sync: !s.syncEnabled ? SYNC_OFF_STATUS : (syncStatus(snap[K_SYNC_STATUS]) ?? INITIAL_SYNC_STATUS),
    notices: [],
    readOnly: false,
  };
}

/**
 * A provisional state for the first paint from `read` (storage.local's get(null)), or null when
 * only load() can answer: a fresh install (it seeds the defaults) or data in another schema version
 * (it migrates, or refuses a newer one).
 */
export async function quickState(read: () => Promise<Rec>): Promise<LibraryState | null> {
  const snap = await read();
  if (snap[K_VERSION] !== SCHEMA_VERSION) return null;
  return fastState(snap) ?? (await import('./quick-full')).parsedState(snap);
}
