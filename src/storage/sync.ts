/**
 * The storage.sync mirror: its key layout, Chrome's quotas, and the pure planning of one mirror
 * write. library.ts does the I/O.
 *
 * storage.sync layout (one key per template so one write never rewrites the whole library and
 * one oversized template never blocks the others):
 *   schemaVersion  number: the local layout version of the browser that wrote last. A browser
 *                  finding a NEWER number stops syncing (reads and writes) until it is updated.
 *   settings       Settings (its `syncEnabled` is ignored on read: sync on/off is per browser).
 *                  When the whole item would pass the 8 KB per-item quota (the template order
 *                  grows with the library: ~200 templates with long ids), it holds the head of
 *                  the order that fits, and the full order travels in chunks:
 *   so:<n>         { updatedAt, part: n, of, ids }: the template order in parts of ~7 KB, valid
 *                  only with the `settings` of the same `updatedAt` (written in the same set).
 *                  Older versions ignore these keys and use the truncated order (the rest of
 *                  their templates sort by creation): nothing breaks, nothing is lost.
 *   t:<id>         Template
 *   x:<id>         Tombstone
 * Keys this code does not recognise, or cannot validate, are left untouched and counted against
 * the quota.
 *
 * What does not fit stays in storage.local (the source of truth) and is reported, per template,
 * in SyncStatus. A stale copy of an unsynced template is removed from the mirror to free space:
 * absence from the mirror never deletes anything (only a tombstone does).
 */
import * as z from 'zod/mini';
import { SettingsSchema, TemplateSchema, TombstoneSchema, type Settings, type Template, type Tombstone } from '../core/schema';
import { K_SETTINGS, K_VERSION, P_TEMPLATE, P_TOMBSTONE } from './layout';
import { deletionBeats, isExpired, sameValue } from './merge';

/** chrome.storage.sync limits (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync). */
export const SYNC_LIMITS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

import type { SyncStatus, UnsyncedReason } from './keys';

export { INITIAL_SYNC_STATUS, SYNC_OFF_STATUS } from './keys';
export type { SyncStatus, UnsyncedReason } from './keys';

export const SyncStatusSchema = z.object({
  state: z.enum(['off', 'ok', 'partial', 'error']),
  unsynced: z.array(
    z.object({ id: z.string(), name: z.string(), reason: z.enum(['too-large', 'quota', 'max-items', 'rate-limit', 'error']) }),
  ),
  message: z.string(),
  at: z.number(),
});


const utf8 = new TextEncoder();

/**
 * Extra bytes Chromium's JSON writer spends on numbers: a number outside the 32-bit integer range is
 * a double there, written in exponential form (measured: 1767225600001 counts as
 * "1.767225600001e+12", 5 bytes more; every timestamp is such a number). Counted at the longer of
 * the two forms, so the estimate is never below Chromium's (tests/e2e/storage-faults.e2e.ts).
 */
function numberExtra(v: unknown): number {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || (Number.isInteger(v) && v >= -2_147_483_648 && v <= 2_147_483_647)) return 0;
    return Math.max(0, v.toExponential().length - String(v).length);
  }
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + numberExtra(x), 0);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + numberExtra(x), 0);
  return 0;
}

/**
 * Chrome measures an item as its key plus its JSON, in UTF-8 bytes. Its JSON writer escapes `<`
 * as `\u003C` and U+2028/U+2029 as `\u2028`/`\u2029`, and writes large numbers in exponential
 * form, so those cost more than in JSON.stringify: they are counted at Chrome's size so the
 * estimate is never below Chrome's.
 */
export function itemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let extra = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x3c) extra += 5;
    else if (c === 0x2028 || c === 0x2029) extra += 3;
  }
  return utf8.encode(key).length + utf8.encode(json).length + extra + numberExtra(value);
}

/** Sync-only keys holding the template order in parts (see the layout above). */
export const P_ORDER = 'so:';
const ORDER_PART_BYTES = 7_000;

const OrderPartSchema = z.object({
  updatedAt: z.number(),
  part: z.number().check(z.int(), z.nonnegative()),
  of: z.number().check(z.int(), z.positive()),
  ids: z.array(z.string()),
});

/**
 * The settings as they go into the mirror: whole when they fit in one item; otherwise with the
 * head of the order that fits, plus the whole order in parts.
 */
export function splitSettings(settings: Settings): { settings: Settings; parts: Record<string, unknown> } {
  if (itemBytes(K_SETTINGS, settings) <= SYNC_LIMITS.QUOTA_BYTES_PER_ITEM) return { settings, parts: {} };
  let room = SYNC_LIMITS.QUOTA_BYTES_PER_ITEM - itemBytes(K_SETTINGS, { ...settings, order: [] }) - 16;
  const head: string[] = [];
  for (const id of settings.order) {
    const cost = itemBytes('', id) + 1;
    if (cost > room) break;
    room -= cost;
    head.push(id);
  }
  const groups: string[][] = [[]];
  let size = 0;
  for (const id of settings.order) {
    const cost = itemBytes('', id) + 1;
    if (size + cost > ORDER_PART_BYTES && groups[groups.length - 1]!.length) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1]!.push(id);
    size += cost;
  }
  const parts: Record<string, unknown> = {};
  groups.forEach((ids, part) => (parts[`${P_ORDER}${part}`] = { updatedAt: settings.updatedAt, part, of: groups.length, ids }));
  return { settings: { ...settings, order: head }, parts };
}

/** The full order from the parts written with these settings, or null when they are not all there. */
function joinOrder(snap: Record<string, unknown>, updatedAt: number): string[] | null {
  const parts: string[][] = [];
  let of = -1;
  for (const [key, raw] of Object.entries(snap)) {
    if (!key.startsWith(P_ORDER)) continue;
    const r = OrderPartSchema.safeParse(raw);
    if (!r.success || r.data.updatedAt !== updatedAt || key !== `${P_ORDER}${r.data.part}`) continue;
    if (of !== -1 && of !== r.data.of) return null;
    of = r.data.of;
    parts[r.data.part] = r.data.ids;
  }
  if (of < 1) return null;
  for (let i = 0; i < of; i++) if (!parts[i]) return null;
  return parts.slice(0, of).flat();
}

export interface RemoteCopy {
  version: number | null;
  templates: Map<string, Template>;
  tombstones: Map<string, Tombstone>;
  settings: Settings | null;
}

/** Reads the mirror, skipping (never deleting) what does not validate. */
export function parseRemote(snap: Record<string, unknown>): RemoteCopy {
  const v = snap[K_VERSION];
  const out: RemoteCopy = {
    version: typeof v === 'number' && Number.isInteger(v) ? v : null,
    templates: new Map(),
    tombstones: new Map(),
    settings: null,
  };
  for (const [key, raw] of Object.entries(snap)) {
    if (key.startsWith(P_TEMPLATE)) {
      const r = TemplateSchema.safeParse(raw);
      if (r.success && r.data.id === key.slice(P_TEMPLATE.length)) out.templates.set(r.data.id, r.data);
    } else if (key.startsWith(P_TOMBSTONE)) {
      const r = TombstoneSchema.safeParse(raw);
      if (r.success && r.data.id === key.slice(P_TOMBSTONE.length)) out.tombstones.set(r.data.id, r.data);
    } else if (key === K_SETTINGS) {
      const r = SettingsSchema.safeParse(raw);
      if (r.success) out.settings = r.data;
    }
  }
  if (out.settings) {
    const full = joinOrder(snap, out.settings.updatedAt);
    if (full && full.length > out.settings.order.length) out.settings = { ...out.settings, order: full.slice(0, 2000) };
  }
  return out;
}

export interface MirrorInput {
  /** In the user's order: earlier templates get the space first. */
  templates: readonly Template[];
  tombstones: readonly Tombstone[];
  settings: Settings;
  version: number;
  now: number;
}

export interface MirrorPlan {
  set: Record<string, unknown>;
  remove: string[];
  unsynced: SyncStatus['unsynced'];
  settingsSynced: boolean;
  /** Deletions that did not fit in the mirror (they may come back from another browser). */
  tombstonesUnsynced: number;
  /** Ids of templates the plan writes (for rate-limit reporting when the write is postponed). */
  writing: string[];
}

/**
 * What to write to the mirror so it holds as much of `input` as the quotas allow. `current` is
 * the mirror as just read, and must already be merged into `input` (library.ts does both from
 * one read), so every valid template in it is either in `input` or beaten by a tombstone.
 */
export function planMirror(input: MirrorInput, current: Record<string, unknown>): MirrorPlan {
  const remote = parseRemote(current);
  const localT = new Map(input.templates.map((t) => [t.id, t]));
  const localX = new Map(input.tombstones.map((x) => [x.id, x]));
  const remove = new Set<string>();

  // Removals that do not depend on space: copies beaten by our tombstones, tombstones that
  // expired or were overtaken by a newer edit. Decided from the values read, never by absence.
  for (const [id, t] of remote.templates) {
    const x = localX.get(id);
    if (x && deletionBeats(t, x)) remove.add(P_TEMPLATE + id);
  }
  for (const [id, x] of remote.tombstones) {
    const t = localT.get(id);
    if ((t && !deletionBeats(t, x)) || (isExpired(x, input.now) && !localX.has(id))) remove.add(P_TOMBSTONE + id);
  }

  // Keys we will (re)write or may remove are not fixed costs; everything else is.
  const ours = new Set<string>([K_VERSION, K_SETTINGS, ...Object.keys(current).filter((k) => k.startsWith(P_ORDER))]);
  for (const id of localT.keys()) if (remote.templates.has(id) || !(P_TEMPLATE + id in current)) ours.add(P_TEMPLATE + id);
  for (const id of localX.keys()) ours.add(P_TOMBSTONE + id);
  let bytes = 0;
  let items = 0;
  for (const [k, v] of Object.entries(current)) {
    if (ours.has(k) || remove.has(k)) continue;
    bytes += itemBytes(k, v);
    items += 1;
  }

  const desired = new Map<string, unknown>();
  const take = (key: string, value: unknown): UnsyncedReason | null => {
    const size = itemBytes(key, value);
    if (size > SYNC_LIMITS.QUOTA_BYTES_PER_ITEM) return 'too-large';
    if (items + 1 > SYNC_LIMITS.MAX_ITEMS) return 'max-items';
    if (bytes + size > SYNC_LIMITS.QUOTA_BYTES) return 'quota';
    bytes += size;
    items += 1;
    desired.set(key, value);
    return null;
  };

  take(K_VERSION, input.version);
  const split = splitSettings(input.settings);
  let settingsSynced = take(K_SETTINGS, split.settings) === null;
  if (settingsSynced) for (const [k, v] of Object.entries(split.parts)) settingsSynced = take(k, v) === null && settingsSynced;
  if (!settingsSynced && K_SETTINGS in current) {
    // The older settings stay in the mirror (other browsers keep a usable copy): count them.
    bytes += itemBytes(K_SETTINGS, current[K_SETTINGS]);
    items += 1;
  }
  let tombstonesUnsynced = 0;
  // Deletions first, newest first: they are tiny, and a deletion that does not travel lets the
  // template come back from another browser.
  for (const x of [...input.tombstones].sort((a, b) => b.deletedAt - a.deletedAt)) {
    if (take(P_TOMBSTONE + x.id, x) !== null) tombstonesUnsynced += 1;
  }
  const unsynced: MirrorPlan['unsynced'] = [];
  for (const t of input.templates) {
    const reason = take(P_TEMPLATE + t.id, t);
    if (reason === null) continue;
    unsynced.push({ id: t.id, name: t.name, reason });
    // Free the space of an older copy; an unreadable value under that key is left alone.
    const old = remote.templates.get(t.id);
    if (old && old.updatedAt <= t.updatedAt) remove.add(P_TEMPLATE + t.id);
  }

  const set: Record<string, unknown> = {};
  const writing: string[] = [];
  for (const [k, v] of desired) {
    remove.delete(k);
    if (!(k in current) || !sameValue(current[k], v)) {
      set[k] = v;
      if (k.startsWith(P_TEMPLATE)) writing.push(k.slice(P_TEMPLATE.length));
    }
  }
  // Order parts of earlier settings, or of a larger order, go (the new ones came in the same set).
  for (const k of Object.keys(current)) if (k.startsWith(P_ORDER) && !desired.has(k) && settingsSynced) remove.add(k);
  for (const k of remove) if (!(k in current)) remove.delete(k);
  return { set, remove: [...remove], unsynced, settingsSynced, tombstonesUnsynced, writing };
}

/** Maps a storage.sync error (Chrome's or Firefox's wording) to a reason. */
export function classifySyncError(e: unknown): UnsyncedReason {
  const m = e instanceof Error ? e.message : String(e);
  if (/MAX_WRITE_OPERATIONS/i.test(m)) return 'rate-limit';
  if (/QUOTA_BYTES_PER_ITEM|kQuotaBytesPerItem/i.test(m)) return 'too-large';
  if (/MAX_ITEMS|kMaxItems/i.test(m)) return 'max-items';
  if (/QUOTA_BYTES|kQuotaBytes|quota/i.test(m)) return 'quota';
  return 'error';
}

const WHY: Record<UnsyncedReason, string> = {
  'too-large': 'too large to sync (over 8 KB)',
  quota: 'no room left in the browser’s sync space (100 KB in total)',
  'max-items': 'the browser’s sync space holds at most 512 items',
  'rate-limit': 'waiting: too many changes in a short time',
  error: 'sync failed',
};

function quoteList(names: string[]): string {
  const q = names.slice(0, 5).map((n) => `“${n}”`);
  if (names.length > 5) q.push(`${names.length - 5} more`);
  return q.join(', ');
}

/** Plain-language summary for the popup. */
export function describeStatus(
  plan: Pick<MirrorPlan, 'unsynced' | 'settingsSynced' | 'tombstonesUnsynced'>,
  total: number,
  now: number,
): SyncStatus {
  const { unsynced } = plan;
  const parts: string[] = [];
  if (unsynced.length) {
    const byReason = new Map<UnsyncedReason, string[]>();
    for (const u of unsynced) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.name]);
    const why = [...byReason].map(([r, names]) => `${quoteList(names)}: ${WHY[r]}`);
    parts.push(
      `${unsynced.length} of ${total} template${total === 1 ? ' is' : 's are'} kept on this browser only (${why.join('; ')}). ` +
        'They are safe here; shorten or delete some templates to sync them.',
    );
  }
  if (!plan.settingsSynced) parts.push('Your settings are too large to sync (long lists of phrases); they are kept on this browser.');
  if (plan.tombstonesUnsynced) parts.push(`${plan.tombstonesUnsynced} deletion(s) could not be synced, so those templates may reappear from another browser.`);
  if (!parts.length) {
    const message = total ? `All ${total} template${total === 1 ? ' is' : 's are'} synced.` : 'Sync is on; there are no templates yet.';
    return { state: 'ok', unsynced: [], message, at: now };
  }
  return { state: 'partial', unsynced, message: parts.join(' '), at: now };
}
