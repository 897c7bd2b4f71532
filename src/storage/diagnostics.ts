/**
 * The "LinkedIn changed" log (issue 9 part 7): which adapter could not place which dialog, and why,
 * with a redacted outline snapshot (src/linkedin/diagnostics.ts makes it; nothing personal is in it).
 *
 * storage.local key `diag`: { v: 1, entries: DiagEntry[] }, at most MAX_ENTRIES entries, one per
 * adapter + reason + outline hash with a count, newest first; each snapshot at most MAX_SNAPSHOT
 * characters. Local only, never synced, never sent anywhere.
 *
 * Written by the always-on content script, so no zod and no polyfill (20 KB gzip budget): a raw
 * read-modify-write through ./native.ts, batched and rate-limited (one write per WRITE_EVERY_MS at
 * most; a page that keeps meeting the same unknown dialog writes once). Read by the popup with the
 * same tolerant parser: anything malformed is dropped, never shown as an error.
 */
import { nativeApi } from './native';

export const DIAG_KEY = 'diag';
export const MAX_ENTRIES = 50;
export const MAX_SNAPSHOT = 4096;
const WRITE_EVERY_MS = 5000;

export interface DiagEntry {
  adapter: string;
  step: string;
  reason: string;
  hash: string;
  /** The kind of page (profile, search, …): never the URL. */
  page: string;
  snapshot: string;
  count: number;
  first: number;
  last: number;
}

const str = (x: unknown, max: number): string | null => (typeof x === 'string' ? x.slice(0, max) : null);
const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0);

/** Tolerant parse of the stored value: valid entries only, bounded. */
export function parseDiag(raw: unknown): DiagEntry[] {
  const list = raw && typeof raw === 'object' && Array.isArray((raw as { entries?: unknown }).entries) ? (raw as { entries: unknown[] }).entries : [];
  const out: DiagEntry[] = [];
  for (const e of list.slice(0, MAX_ENTRIES)) {
    if (!e || typeof e !== 'object') continue;
    const r = e as Record<string, unknown>;
    const adapter = str(r.adapter, 60);
    const reason = str(r.reason, 80);
    if (!adapter || !reason) continue;
    out.push({
      adapter,
      reason,
      step: str(r.step, 30) ?? '',
      hash: str(r.hash, 20) ?? '',
      page: str(r.page, 30) ?? '',
      snapshot: str(r.snapshot, MAX_SNAPSHOT) ?? '',
      count: Math.max(1, Math.floor(num(r.count))),
      first: num(r.first),
      last: num(r.last),
    });
  }
  return out;
}

/** Merge new reports into the stored entries: same adapter + reason + hash → one entry, counted. */
export function mergeDiag(stored: DiagEntry[], reports: Array<Omit<DiagEntry, 'count' | 'first' | 'last'> & { at: number }>): DiagEntry[] {
  const out = stored.map((e) => ({ ...e }));
  for (const r of reports) {
    const same = out.find((e) => e.adapter === r.adapter && e.reason === r.reason && e.hash === r.hash);
    if (same) {
      same.count++;
      same.last = r.at;
      continue;
    }
    const { at, ...rest } = r;
    out.push({ ...rest, snapshot: rest.snapshot.slice(0, MAX_SNAPSHOT), count: 1, first: at, last: at });
  }
  return out.sort((a, b) => b.last - a.last).slice(0, MAX_ENTRIES);
}

let pending: Array<Omit<DiagEntry, 'count' | 'first' | 'last'> & { at: number }> = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let lastWrite = 0;

async function flush(): Promise<void> {
  timer = null;
  const api = nativeApi();
  const batch = pending;
  pending = [];
  if (!api || !batch.length) return;
  lastWrite = Date.now();
  try {
    const got = await api.storage.local.get(DIAG_KEY);
    await api.storage.local.set({ [DIAG_KEY]: { v: 1, entries: mergeDiag(parseDiag(got[DIAG_KEY]), batch) } });
  } catch {
    // Storage full or the extension reloading: a diagnostic is never worth an error on the page.
  }
}

/** Queue one diagnostic; written within WRITE_EVERY_MS, batched with any others. */
export function recordDiag(d: Omit<DiagEntry, 'count' | 'first' | 'last'>): void {
  if (pending.length >= MAX_ENTRIES) return;
  pending.push({ ...d, at: Date.now() });
  timer ??= setTimeout(() => void flush(), Math.max(0, lastWrite + WRITE_EVERY_MS - Date.now()));
}
