/**
 * The library's hand-off to storage.sync: pull (merge the mirror into storage.local), push (one
 * remove and one set per run, within quotas), and the pacing around it. Sync is a mirror:
 * - runs are batched in a debounce window, limited to half of Chrome's write rates (the popup and
 *   the background share the quota), and postponed with backoff when Chrome refuses for rate;
 * - sync off (`settings.syncEnabled`, per browser) stops pulling and pushing; the mirror is NOT
 *   cleared (other browsers may still sync through it);
 * - every failure is reported in the sync status with the templates it concerns; nothing local is
 *   ever removed because of one (storage.local is the source of truth).
 */
import type { StorageAreaLike } from './areas';
import { commitDiff, type Snapshot } from './keyed-store';
import { K_SETTINGS, K_SYNC_STATUS, P_TEMPLATE, P_TOMBSTONE, sortTemplates } from './layout';
import type { Prepared } from './library-load';
import { mergeCopies, sameValue } from './merge';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { SYNC_LIMITS, SYNC_OFF_STATUS, SyncStatusSchema, classifySyncError, describeStatus, parseRemote, planMirror, type SyncStatus } from './sync';

/** Each context keeps to half of Chrome's rates: the popup and the background share them. */
const SOFT_PER_MINUTE = SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE / 2;
const SOFT_PER_HOUR = SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_HOUR / 2;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MAX_BACKOFF_MS = 30 * MINUTE;

export interface SyncDeps {
  local: StorageAreaLike;
  sync: StorageAreaLike | null;
  now: () => number;
  serial: <T>(fn: () => Promise<T>) => Promise<T>;
  prepare: () => Promise<Prepared>;
}

export interface SyncHandoff {
  /** Runs a sync after `delay` ms; the earliest pending request wins. */
  schedule(delay: number): void;
  /** Cancels the pending run and runs now (queued behind other operations). */
  flush(): Promise<SyncStatus>;
  cancel(): void;
  dispose(): void;
}

const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** How long the "deleted there, edited here: kept" note stays in the status after the merge. */
const KEPT_NOTE_MS = 10 * MINUTE;
const KEPT_NOTE_END = 'so the edit was kept.';

export function createSyncHandoff({ local, sync, now, serial, prepare }: SyncDeps): SyncHandoff {
  let disposed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = 0;
  const writeOps: number[] = [];
  let backoffMs = 0;
  let backoffUntil = 0;
  /** Why the current backoff started: the pause is worded after it. */
  let backoffWhy: 'rate' | 'error' = 'rate';

  function schedule(delay: number): void {
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

  function cancel(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function scheduleRetry(kind: 'minute' | 'hour' | 'error'): void {
    backoffWhy = kind === 'error' ? 'error' : 'rate';
    const floor = kind === 'hour' ? 10 * MINUTE : MINUTE;
    backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(floor, backoffMs * 2));
    backoffUntil = now() + backoffMs;
    schedule(backoffMs);
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

  /** The note about edits kept over a deletion, from this run or (for a while) an earlier one. */
  let keptNote = '';
  async function writeStatus(snap: Snapshot, status0: SyncStatus): Promise<void> {
    const prev = SyncStatusSchema.safeParse(snap[K_SYNC_STATUS]);
    let note = keptNote;
    if (!note && prev.success && now() - prev.data.at < KEPT_NOTE_MS) {
      const i = prev.data.message.indexOf(KEPT_NOTE_END);
      if (i >= 0) note = prev.data.message.slice(0, i + KEPT_NOTE_END.length);
    }
    keptNote = '';
    // A note makes the status visible in the popup's banner (partial), without templates listed.
    const status: SyncStatus = note ? { ...status0, state: status0.state === 'ok' ? 'partial' : status0.state, message: `${note} ${status0.message}` } : status0;
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
        return fail(`Sync is not available right now (${errText(e)}). Your templates are safe on this browser.`);
      }
      const remote = parseRemote(remoteSnap);
      if (remote.version !== null && remote.version > CURRENT_SCHEMA_VERSION) {
        return fail('Another browser uses a newer version of On Purpose. Update the extension here to sync again; your templates are safe on this browser.');
      }

      // Pull: merge the mirror into storage.local.
      const merged = mergeCopies({ templates: p.parsed.templates, tombstones: p.parsed.tombstones, settings: p.parsed.settings }, remote, t);
      const next: Snapshot = { ...p.snap };
      for (const id of p.parsed.templates.keys()) if (!merged.templates.has(id)) delete next[P_TEMPLATE + id];
      for (const id of p.parsed.tombstones.keys()) if (!merged.tombstones.has(id)) delete next[P_TOMBSTONE + id];
      for (const [id, tpl] of merged.templates) next[P_TEMPLATE + id] = tpl;
      for (const [id, x] of merged.tombstones) next[P_TOMBSTONE + id] = x;
      const settings = merged.settings ?? p.parsed.settings;
      if (p.parsed.hasSettings || merged.settings !== p.parsed.settings) next[K_SETTINGS] = settings;
      await commitDiff(local, p.snap, next);
      if (merged.keptOverDeletion.length) {
        const names = merged.keptOverDeletion.map((id) => `“${merged.templates.get(id)?.name ?? id}”`);
        keptNote = `${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} deleted on another browser while being edited on one, ${KEPT_NOTE_END}`;
      }

      // Push: one remove and one set, within quotas and rates.
      const sorted = sortTemplates(merged.templates.values(), settings.order);
      const byId = new Map(sorted.map((x) => [x.id, x]));
      const named = (ids: string[], reason: SyncStatus['unsynced'][number]['reason']) =>
        ids.flatMap((id) => {
          const tpl = byId.get(id);
          return tpl ? [{ id, name: tpl.name, reason }] : [];
        });
      const plan = planMirror({ templates: sorted, tombstones: [...merged.tombstones.values()], settings, version: CURRENT_SCHEMA_VERSION, now: t }, remoteSnap);
      const hasSet = Object.keys(plan.set).length > 0;
      const ops = (plan.remove.length ? 1 : 0) + (hasSet ? 1 : 0);
      const rateLimited = (message: string): SyncStatus => {
        const base = describeStatus(plan, sorted.length, t);
        return { state: 'partial', unsynced: [...base.unsynced, ...named(plan.writing, 'rate-limit')], message: `${message} ${base.state === 'ok' ? '' : base.message}`.trim(), at: t };
      };
      if (ops > 0) {
        const wait = rateWait(ops, t);
        if (wait > 0) {
          schedule(wait);
          const why = backoffUntil > t && backoffWhy === 'error' ? 'after a sync error' : 'many changes in a short time';
          const s = rateLimited(`Syncing is paused for about ${Math.ceil(wait / MINUTE)} minute(s): ${why}. Your templates are safe on this browser.`);
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
            scheduleRetry(/HOUR/i.test(errText(e)) ? 'hour' : 'minute');
            const s = rateLimited('The browser asked to slow down: too many sync writes. Syncing will retry automatically; your templates are safe on this browser.');
            await writeStatus(next, s);
            return s;
          }
          scheduleRetry('error');
          const unsynced = named(plan.writing, reason);
          const s: SyncStatus = {
            state: 'error',
            unsynced,
            message:
              `Sync failed (${errText(e)}). ` +
              (unsynced.length ? `Not synced: ${unsynced.slice(0, 5).map((u) => `“${u.name}”`).join(', ')}${unsynced.length > 5 ? ` and ${unsynced.length - 5} more` : ''}. ` : '') +
              'Your templates are safe on this browser; syncing will retry.',
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

  return {
    schedule,
    flush() {
      cancel();
      return syncNow();
    },
    cancel,
    dispose() {
      disposed = true;
      cancel();
    },
  };
}
