/**
 * The template library's public types (library.ts re-exports them). A file of its own so the
 * library's pieces (library-load.ts, library-edit.ts, library-sync.ts) can share them without
 * importing library.ts, which composes them.
 */
import type { SavedReason, Settings, Template, TemplateKind } from '../core/schema';
import type { ImportError, ImportPreview } from '../core/exchange';
import type { StorageAreaLike } from './areas';
import type { SetAsideEntry } from './layout';
import type { SyncStatus } from './sync';

export interface LibraryState {
  /** In the user's order. */
  templates: Template[];
  settings: Settings;
  savedReasons: SavedReason[];
  /** Data that failed validation, kept verbatim; the popup offers to export it. */
  setAside: SetAsideEntry[];
  sync: SyncStatus;
  /** Plain-language messages for the user (upgrade done, data set aside, newer version...). */
  notices: string[];
  /** True when the stored data is from a newer version: every edit is refused, nothing is written. */
  readOnly: boolean;
  /**
   * Read-only because of a newer format number: the popup offers Repair (for someone who never
   * had a newer version: everything is set aside, kept exportable, and a fresh library starts).
   * Optional so states built elsewhere (the popup's first paint) need not say.
   */
  repairable?: boolean;
}

export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; error: ImportError };
export type ImportOutcome = { ok: true; preview: ImportPreview; added: Template[] } | { ok: false; error: ImportError };

export type SettingsPatch = Partial<Omit<Settings, 'updatedAt' | 'order'>>;

export class LibraryError extends Error {
  constructor(
    readonly code: 'invalid' | 'read-only' | 'not-found',
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export interface Library {
  load(): Promise<LibraryState>;
  /** Creates or replaces; returns the stored copy (with the library's timestamps). */
  saveTemplate(t: Template): Promise<Template>;
  /** All or nothing: validates every template before writing any. */
  saveTemplates(ts: readonly Template[]): Promise<Template[]>;
  /** Leaves a tombstone; returns the deleted template (keep it for undo) or null if absent. */
  deleteTemplate(id: string): Promise<Template | null>;
  /** Undo of a delete: stores `t` again (newer than its tombstone), at `position` in the order. */
  restoreTemplate(t: Template, position?: number): Promise<Template>;
  /** The new user order; ids not listed keep their relative order after the listed ones. */
  reorder(ids: readonly string[]): Promise<void>;
  /** null means "the first template of that kind". */
  setDefault(kind: TemplateKind, id: string | null): Promise<void>;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  /**
   * Parses an export file and compares it with the library. Reads only: nothing is written,
   * whatever the file holds.
   */
  previewImport(text: string): Promise<ImportCheck>;
  /**
   * Parses the file again and merges it (core's applyImport: new templates added, conflicts kept
   * on both sides with the imported copy renamed). A rejected file writes nothing at all.
   * Imported templates are stamped as edited now (creation time kept), so a tombstone from
   * another browser can never make a just-imported template vanish.
   */
  applyImport(text: string): Promise<ImportOutcome>;
  deleteSavedReason(id: string): Promise<void>;
  /** Deletes the set-aside backup (after the user exported it or chose to discard it). */
  clearSetAside(): Promise<void>;
  /** Called with the new state after any change to storage.local (from any context). */
  subscribe(cb: (state: LibraryState) => void): () => void;
  /** Runs the pending sync now (pull, merge, push) and returns the resulting status. */
  flushSync(): Promise<SyncStatus>;
  /**
   * Read-only mode only: moves every library value (templates, deletions, settings, reasons, the
   * version) into the set-aside backup, verbatim, and starts a fresh library. Loses nothing.
   */
  repair(): Promise<LibraryState>;
  /** Removes listeners and timers. */
  dispose(): void;
}

export interface LibraryAreas {
  local: StorageAreaLike;
  /** null where storage.sync does not exist: sync is then reported off. */
  sync: StorageAreaLike | null;
}

export interface LibraryOptions {
  areas?: LibraryAreas;
  now?: () => number;
  /** Edits within this window go out in one sync write. */
  debounceMs?: number;
  /** Listen to storage events: pull on sync changes, feed subscribers. Default true. */
  listen?: boolean;
  /**
   * Also mirror edits made by other contexts (the background does, so an edit made in a popup
   * closed before its own sync run still reaches sync). Default false.
   */
  mirrorExternalEdits?: boolean;
  /** The library seeded on first run; defaults to core's defaultTemplates. */
  seed?: (now: number) => Template[];
}

