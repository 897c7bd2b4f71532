/**
 * A provisional first paint. library.load() also pulls and pushes storage.sync before it resolves
 * (hundreds of ms), but the popup must show the list within 150 ms, so the list is first drawn from a
 * plain, validated read of storage.local. load() replaces it a moment later with the full state
 * (set-aside moves done, sync merged). Returns null when only load() can answer: a fresh install
 * (it seeds the defaults) or data in another schema version (it migrates, or refuses a newer one).
 */
import { localArea } from '../storage/areas';
import { K_SYNC_STATUS, parseLocal, sortTemplates } from '../storage/layout';
import { CURRENT_SCHEMA_VERSION } from '../storage/migrations';
import { SYNC_OFF_STATUS, SyncStatusSchema, INITIAL_SYNC_STATUS } from '../storage/sync';
import type { LibraryState } from '../storage/library';

export async function quickState(): Promise<LibraryState | null> {
  const snap = await localArea().get(null);
  const p = parseLocal(snap);
  if (p.version !== CURRENT_SCHEMA_VERSION) return null;
  const status = SyncStatusSchema.safeParse(snap[K_SYNC_STATUS]);
  return {
    templates: sortTemplates(p.templates.values(), p.settings.order),
    settings: p.settings,
    savedReasons: p.savedReasons,
    // What load() is about to set aside is already shown, so the banner does not pop in late.
    setAside: [...p.setAside, ...p.rejected.map((r) => ({ ...r, at: Date.now() }))],
    sync: !p.settings.syncEnabled ? SYNC_OFF_STATUS : status.success ? status.data : INITIAL_SYNC_STATUS,
    notices: [],
    readOnly: false,
  };
}
