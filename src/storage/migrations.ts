/**
 * Numbered, pure migrations of the whole storage.local snapshot (see layout.ts for the v1 keys).
 * Each `up` takes the snapshot at `version - 1` and returns the snapshot at `version`, without
 * touching its input and without reading the clock: the runner stamps set-aside times. A
 * migration never drops data: what it cannot convert it appends to `setAside` verbatim.
 *
 * v0 is the prototype's layout (0.0.x, never released to the store but installed by testers):
 *   templates     Array<{ id?: string; title: string; text: string; kind?: 'invite' | 'reply' }>
 *                 (no tags, no timestamps)
 *   guardMode     'strict' | 'nudge' | 'off'   (top level, no settings object)
 *   myFirstName   string
 *   no schemaVersion key.
 */
import { DEFAULT_SETTINGS } from '../core/schema';
import { readableVersion } from './keyed-store';
import { K_SET_ASIDE, K_SETTINGS, K_VERSION, P_TEMPLATE } from './layout';

export interface Migration {
  version: number;
  description: string;
  up: (data: unknown) => unknown;
}

type Snapshot = Record<string, unknown>;

function asSnapshot(data: unknown): Snapshot {
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? { ...(data as Snapshot) } : {};
}

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** v0 → v1: the template array becomes one `t:<id>` key per template, settings become an object. */
function v0ToV1(data: unknown): unknown {
  const s = asSnapshot(data);
  const setAside: unknown[] = Array.isArray(s[K_SET_ASIDE]) ? [...(s[K_SET_ASIDE] as unknown[])] : [];
  const order: string[] = [];
  const used = new Set(Object.keys(s).filter((k) => k.startsWith(P_TEMPLATE)).map((k) => k.slice(P_TEMPLATE.length)));

  if ('templates' in s) {
    const list = s.templates;
    if (!Array.isArray(list)) {
      setAside.push({ key: 'templates', raw: list, reason: 'The old-format template list was not a list; it is kept as found.' });
    } else {
      list.forEach((item, i) => {
        if (!isObj(item) || (typeof item.title !== 'string' && typeof item.text !== 'string')) {
          setAside.push({ key: `templates[${i}]`, raw: item, reason: `Old-format template #${i + 1} had no title or text; it is kept as found.` });
          return;
        }
        let id = typeof item.id === 'string' && item.id.length > 0 && item.id.length <= 64 ? item.id : `v0-${i}`;
        while (used.has(id)) id = `${id}-${i}`.slice(-64);
        used.add(id);
        const title = typeof item.title === 'string' ? item.title.trim() : '';
        // Fields that do not convert cleanly are carried over as they are: the v1 validator then
        // sets the whole template aside with a reason, so nothing is lost silently.
        s[P_TEMPLATE + id] = {
          id,
          kind: item.kind === undefined ? 'invite' : item.kind,
          name: title || 'Untitled template',
          body: item.text ?? '',
          tags: [],
          // Unknown creation time: 0 is "oldest", so any real edit elsewhere wins a merge.
          createdAt: 0,
          updatedAt: 0,
        };
        order.push(id);
      });
    }
    delete s.templates;
  }

  if (!(K_SETTINGS in s)) {
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS, order };
    if ('guardMode' in s) settings.guardMode = s.guardMode;
    if ('myFirstName' in s) settings.myFirstName = s.myFirstName;
    s[K_SETTINGS] = settings;
    delete s.guardMode;
    delete s.myFirstName;
  }
  if (setAside.length) s[K_SET_ASIDE] = setAside;
  s[K_VERSION] = 1;
  return s;
}

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'Prototype template list (title/text, no timestamps) → one key per template, settings object',
    up: v0ToV1,
  },
];

export const CURRENT_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;

/** Keys that only exist in an installed, used copy (not in a fresh install). */
const DATA_HINTS = ['templates', 'guardMode', 'myFirstName', K_SETTINGS];

export type MigrationResult = (
  | { kind: 'current'; data: Snapshot }
  | { kind: 'fresh'; data: Snapshot }
  | { kind: 'migrated'; from: number; to: number; applied: string[]; data: Snapshot }
  | { kind: 'newer'; stored: number; data: Snapshot }
) & {
  /**
   * Present when the stored schemaVersion was not a readable number (a string, NaN, 1e308, -1,
   * 1.5...): the raw value, now in `setAside` of `data`, which was then read as if unversioned.
   */
  damagedVersion?: unknown;
};

export const DAMAGED_VERSION_REASON =
  'The stored version number, kept as found.';

/** The stored version: a missing key means v0 when there is data, a fresh install otherwise. */
export function storedVersion(snap: Snapshot): number | 'fresh' | { bad: unknown } {
  const v = snap[K_VERSION];
  if (v === undefined) {
    const hasData = Object.keys(snap).some((k) => DATA_HINTS.includes(k) || k.startsWith(P_TEMPLATE));
    return hasData ? 0 : 'fresh';
  }
  // 1e308 is an integer to JavaScript, but no layout version will ever be that high: damage.
  if (readableVersion(v)) return v;
  return { bad: v };
}

/**
 * Runs every migration newer than the stored version, in order. Refuses a downgrade (data from
 * a newer version of the extension): the data is returned as is. A version it cannot read is
 * damage, not a reason to stop: the raw value is set aside and the data is read as unversioned
 * (a v0 prototype layout is migrated; v1 keys pass v0→v1 untouched and are validated as usual).
 * `now` stamps the set-aside entries that migrations appended.
 */
export function migrate(snapshot: Snapshot, now: number, list: readonly Migration[] = migrations): MigrationResult {
  const target = list[list.length - 1]?.version ?? 0;
  const v = storedVersion(snapshot);
  if (v === 'fresh') return { kind: 'fresh', data: snapshot };
  if (typeof v === 'object') {
    const data = { ...snapshot };
    delete data[K_VERSION];
    const old = data[K_SET_ASIDE];
    const aside: unknown[] = old === undefined ? [] : Array.isArray(old) ? [...(old as unknown[])] : [old];
    aside.push({ key: K_VERSION, raw: v.bad, reason: DAMAGED_VERSION_REASON, at: now });
    data[K_SET_ASIDE] = aside;
    const inner = migrate(data, now, list);
    // A fresh-looking store still gets its version written: the damage was seen and handled.
    return { ...inner, damagedVersion: v.bad };
  }
  if (v > target) return { kind: 'newer', stored: v, data: snapshot };
  if (v === target) return { kind: 'current', data: snapshot };
  let data: Snapshot = snapshot;
  const applied: string[] = [];
  for (const m of list) {
    if (m.version <= v) continue;
    const before = Array.isArray(data[K_SET_ASIDE]) ? (data[K_SET_ASIDE] as unknown[]).length : 0;
    data = asSnapshot(m.up(data));
    data[K_VERSION] = m.version;
    const aside = data[K_SET_ASIDE];
    if (Array.isArray(aside) && aside.length > before) {
      data[K_SET_ASIDE] = aside.map((e, i) => (i >= before && isObj(e) && typeof e.at !== 'number' ? { ...e, at: now } : e));
    }
    applied.push(`${m.version}: ${m.description}`);
  }
  return { kind: 'migrated', from: v, to: target, applied, data };
}
