/**
 * The three settings the always-on guard needs at click time, read without zod.
 *
 * Why not the zod schema: the guard ships in the content script that runs on every LinkedIn page
 * (20 KB gzip budget) and zod/mini alone is 6 KB of it. These fields are checked one by one
 * against the same constants the schema uses; anything unexpected falls back to the default for
 * that field (fail safe: the default mode, nudge, still guards). The full, zod-validated read is
 * in ./read.ts, used by the on-demand UI and the popup, which also sets bad data aside.
 */
import { GUARD_MODES, NOTE_LIMIT_SETTINGS, type GuardMode, type NoteLimitSetting } from '../core/constants';
import { nativeApi } from './native';

export interface GuardSettings {
  guardMode: GuardMode;
  noteLimit: NoteLimitSetting;
  extraGenericPhrases: string[];
}

export const DEFAULT_GUARD_SETTINGS: GuardSettings = { guardMode: 'nudge', noteLimit: 'auto', extraGenericPhrases: [] };
const SETTINGS_KEY = 'settings';

export function pickGuardSettings(raw: unknown): GuardSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const mode = s.guardMode;
  const limit = s.noteLimit;
  const phrases = Array.isArray(s.extraGenericPhrases) ? s.extraGenericPhrases : [];
  return {
    guardMode: GUARD_MODES.includes(mode as GuardMode) ? (mode as GuardMode) : 'nudge',
    noteLimit: NOTE_LIMIT_SETTINGS.includes(limit as NoteLimitSetting) ? (limit as NoteLimitSetting) : 'auto',
    extraGenericPhrases: phrases.filter((p): p is string => typeof p === 'string' && p.length <= 300).slice(0, 100),
  };
}

/** Reads now and on every change of storage.local's settings, until the signal aborts. */
export function watchGuardSettings(cb: (s: GuardSettings) => void, signal: AbortSignal): void {
  const api = nativeApi();
  if (!api) return;
  api.storage.local.get(SETTINGS_KEY).then(
    (got) => !signal.aborted && cb(pickGuardSettings(got[SETTINGS_KEY])),
    () => undefined,
  );
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(pickGuardSettings(changes[SETTINGS_KEY]?.newValue));
  };
  api.storage.onChanged.addListener(onChanged);
  signal.addEventListener(
    'abort',
    () => {
      try {
        api.storage.onChanged.removeListener(onChanged);
      } catch {
        // The extension context is gone (an update): its listeners went with it.
      }
    },
    { once: true },
  );
}
