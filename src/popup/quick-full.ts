/**
 * quick.ts's fallback when its plain checks are unsure: the first paint read through the
 * library's own validating reader (zod), so a template that load() will set aside is never shown
 * and the banner about it does not pop in late. A separate chunk: only loaded when needed.
 */
import { K_SYNC_STATUS, parseLocal, sortTemplates } from '../storage/layout';
import { CURRENT_SCHEMA_VERSION } from '../storage/migrations';
import { SYNC_OFF_STATUS, SyncStatusSchema, INITIAL_SYNC_STATUS } from '../storage/sync';
import type { LibraryState } from '../storage/library';

export function parsedState(snap: Record<string, unknown>, now = Date.now()): LibraryState | null {
  const p = parseLocal(snap);
  if (p.version !== CURRENT_SCHEMA_VERSION) return null;
  const status = SyncStatusSchema.safeParse(snap[K_SYNC_STATUS]);
  return {
    templates: sortTemplates(p.templates.values(), p.settings.order),
    settings: p.settings,
    savedReasons: p.savedReasons,
    // What load() is about to set aside is already shown, so the banner does not pop in late.
    setAside: [...p.setAside, ...p.rejected.map((r) => ({ ...r, at: now }))],
    sync: !p.settings.syncEnabled ? SYNC_OFF_STATUS : status.success ? status.data : INITIAL_SYNC_STATUS,
    notices: [],
    readOnly: false,
  };
}
