/**
 * The content script's view of the library: read, validate, never repair. It skips what does not
 * validate (the popup's library moves it to the backup and tells the user), never migrates and
 * never writes, except `saveReason`. Deliberately does not import library.ts, sync.ts or
 * migrations.ts: the content script has a 20 KB gzip budget.
 */
import { SavedReasonSchema, type SavedReason, type Settings, type Template } from '../core/schema';
import { localArea, type StorageAreaLike, type StorageChanges } from './areas';
import { readWhere } from './read-where';
import { notPeople } from './keys';
import { K_SETTINGS, P_REASON, P_TEMPLATE, P_TOMBSTONE, describeIssues, parseLocal, sortTemplates } from './layout';

export interface LibraryView {
  /** In the user's order. */
  templates: Template[];
  settings: Settings;
}

export async function readLibrary(area: StorageAreaLike = localArea()): Promise<LibraryView> {
  // Not People's records: this runs on every LinkedIn page, beside thousands of them.
  const parsed = parseLocal(await readWhere(area, notPeople));
  return { templates: sortTemplates(parsed.templates.values(), parsed.settings.order), settings: parsed.settings };
}

const relevant = (k: string) => k === K_SETTINGS || k.startsWith(P_TEMPLATE) || k.startsWith(P_TOMBSTONE);

/**
 * Calls `cb` with the library after every change to templates or settings, from any context,
 * until `signal` aborts. Changes in one storage event are read once; a read that finishes after
 * a newer one started is dropped, so `cb` never goes back in time.
 */
export function onLibraryChange(cb: (lib: LibraryView) => void, signal: AbortSignal, area: StorageAreaLike = localArea()): void {
  if (signal.aborted) return;
  let seq = 0;
  const listener = (changes: StorageChanges) => {
    if (!Object.keys(changes).some(relevant)) return;
    const mine = ++seq;
    readLibrary(area).then(
      (lib) => {
        if (mine === seq && !signal.aborted) cb(lib);
      },
      () => undefined,
    );
  };
  area.onChanged.addListener(listener);
  signal.addEventListener('abort', () => area.onChanged.removeListener(listener), { once: true });
}

/** Keeps a reason the user wrote when LinkedIn would not take a note (one key per reason). */
export async function saveReason(r: SavedReason, area: StorageAreaLike = localArea()): Promise<void> {
  const v = SavedReasonSchema.safeParse(r);
  if (!v.success) throw new Error(`The reason cannot be kept: ${describeIssues(v.error.issues, r)}.`);
  await area.set({ [P_REASON + v.data.id]: v.data });
}
