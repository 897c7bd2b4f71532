/**
 * Storage key names and the two initial sync statuses, free of zod so the popup's first-paint
 * reader (src/popup/quick.ts) can use them without loading a schema library. layout.ts and
 * sync.ts re-export them; the layout itself is documented at the top of layout.ts.
 */
export const K_VERSION = 'schemaVersion';
export const K_SETTINGS = 'settings';
export const K_SET_ASIDE = 'setAside';
export const K_SYNC_STATUS = 'syncStatus';
export const K_HANDOFF = 'handoff';
export const P_TEMPLATE = 't:';
export const P_TOMBSTONE = 'x:';
export const P_REASON = 'r:';

export type UnsyncedReason = 'too-large' | 'quota' | 'max-items' | 'rate-limit' | 'error';

export interface SyncStatus {
  state: 'off' | 'ok' | 'partial' | 'error';
  unsynced: Array<{ id: string; name: string; reason: UnsyncedReason }>;
  message: string;
  /** When this status was computed (ms since epoch); 0 when never. */
  at: number;
}

export const INITIAL_SYNC_STATUS: SyncStatus = { state: 'ok', unsynced: [], message: 'Not synced yet.', at: 0 };
export const SYNC_OFF_STATUS: SyncStatus = {
  state: 'off',
  unsynced: [],
  message: 'Sync is off: your templates are kept on this browser only.',
  at: 0,
};

/**
 * People's keys (storage/people.ts, people-index.ts, reminder-settings.ts): `p:<id>` records,
 * `pe:<t>` pending events, `peopleMeta`, `peopleIndex`, `peopleHead`, `peopleReminders`. The library and its
 * readers skip them (readWhere in areas.ts): 5,000 records weigh 6-10 MB, and cloning them made the
 * Templates list take a second. Spelled here, zod-free, for the first-paint and content readers.
 */
export function isPeopleKey(k: string): boolean {
  return k.startsWith('p:') || k.startsWith('pe:') || k === 'peopleMeta' || k === 'peopleIndex' || k === 'peopleHead' || k === 'peopleReminders';
}
/** Everything but People: what the template library, its sync and its readers may read. */
export const notPeople = (k: string): boolean => !isPeopleKey(k);
