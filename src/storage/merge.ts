/**
 * Pure merge of two copies of the library (this browser's storage.local and the storage.sync
 * mirror written by other browsers). Deterministic, so every browser converges on the same result:
 * - per template, the copy with the later `updatedAt` wins; an exact tie is broken by comparing
 *   the JSON text, so both sides pick the same copy;
 * - a tombstone beats every copy updated at or before its `deletedAt`; a copy updated after
 *   the deletion wins (a genuinely newer edit resurrects it) and the tombstone is dropped;
 * - tombstones older than TOMBSTONE_TTL_MS expire, except those of the shipped defaults (which
 *   a fresh install would otherwise seed again);
 * - settings: the later `updatedAt` wins, but `syncEnabled` stays this browser's own choice.
 */
import type { Settings, Template, Tombstone } from '../core/schema';

export const TOMBSTONE_TTL_MS = 90 * 24 * 60 * 60 * 1000;
/** Ids given to the seeded default templates (library.ts); their tombstones never expire. */
export const SEED_ID_PREFIX = 'default-';

export interface LibraryCopy {
  templates: ReadonlyMap<string, Template>;
  tombstones: ReadonlyMap<string, Tombstone>;
  settings: Settings | null;
}

export interface MergeResult {
  templates: Map<string, Template>;
  tombstones: Map<string, Tombstone>;
  settings: Settings | null;
  /** Ids deleted on one side while edited on the other (the deleter never saw the edit): kept. */
  keptOverDeletion: string[];
}

/**
 * Whether a deletion beats a copy: the copy is not newer than the deletion, and (when the
 * tombstone says which copy it deleted) not an edit the deleting browser never saw. Two browsers
 * editing and deleting the same template within one sync window thus keep the edit: nothing is
 * lost, and the user is told.
 */
export function deletionBeats(t: Template, x: Tombstone): boolean {
  return t.updatedAt <= x.deletedAt && (x.base === undefined || t.updatedAt <= x.base);
}

/** JSON with object keys sorted, so equal values compare equal whatever order they were stored in. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

export const sameValue = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);

function jsonCmp(a: unknown, b: unknown): number {
  const ja = stableJson(a);
  const jb = stableJson(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

export function newerTemplate(a: Template | undefined, b: Template | undefined): Template | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return jsonCmp(a, b) >= 0 ? a : b;
}

export function isExpired(t: Tombstone, now: number): boolean {
  return !t.id.startsWith(SEED_ID_PREFIX) && t.deletedAt < now - TOMBSTONE_TTL_MS;
}

export function mergeCopies(local: LibraryCopy, remote: LibraryCopy, now: number): MergeResult {
  const ids = new Set([...local.templates.keys(), ...remote.templates.keys(), ...local.tombstones.keys(), ...remote.tombstones.keys()]);
  const templates = new Map<string, Template>();
  const tombstones = new Map<string, Tombstone>();
  const keptOverDeletion: string[] = [];
  for (const id of ids) {
    const t = newerTemplate(local.templates.get(id), remote.templates.get(id));
    let x: Tombstone | undefined;
    for (const c of [local.tombstones.get(id), remote.tombstones.get(id)]) {
      if (c && !isExpired(c, now) && (!x || c.deletedAt > x.deletedAt)) x = c;
    }
    if (t && (!x || !deletionBeats(t, x))) {
      templates.set(id, t);
      if (x && t.updatedAt <= x.deletedAt) keptOverDeletion.push(id);
    } else if (x) tombstones.set(id, x);
  }
  return { templates, tombstones, settings: mergeSettings(local.settings, remote.settings), keptOverDeletion };
}

export function mergeSettings(local: Settings | null, remote: Settings | null): Settings | null {
  if (!remote) return local;
  if (!local) return remote;
  const r = { ...remote, syncEnabled: local.syncEnabled };
  if (r.updatedAt !== local.updatedAt) return r.updatedAt > local.updatedAt ? r : local;
  return jsonCmp(r, local) > 0 ? r : local;
}
