/**
 * What the content script knows of the user's library: templates and settings, read once and kept
 * current through storage change events (so a template created in the popup is offered at once).
 * Decisions never wait for storage: until the first read completes, the defaults apply, and the
 * default guard mode (nudge) blocks generic sends like any other.
 */
import { DEFAULT_SETTINGS, type Settings, type Template } from '../core/schema';
import { onLibraryChange, readLibrary } from '../storage/read';

export interface LibrarySnapshot {
  templates: Template[];
  settings: Settings;
  loaded: boolean;
}

let snapshot: LibrarySnapshot = { templates: [], settings: DEFAULT_SETTINGS, loaded: false };
const listeners = new Set<() => void>();

export function library(): LibrarySnapshot {
  return snapshot;
}

export function onLibrary(cb: () => void, signal: AbortSignal): void {
  listeners.add(cb);
  signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
}

function publish(next: { templates: Template[]; settings: Settings }): void {
  snapshot = { ...next, loaded: true };
  for (const cb of listeners) cb();
}

export function startLibrary(signal: AbortSignal): void {
  readLibrary().then(publish, () => {
    // Storage unreadable (context invalidated, or a browser bug): keep defaults; the guard still works.
  });
  onLibraryChange(publish, signal);
}
