/**
 * The storage.local key layout and the validating reader shared by the popup's library
 * (library.ts) and the content script's light reader (read.ts). No writes here, no sync, no
 * migrations: this file is in the content-script bundle.
 *
 * storage.local (the source of truth), schema version 1:
 *   schemaVersion  number: the layout version (src/storage/migrations.ts). Missing on a fresh
 *                  install, or 0-era data from the prototype.
 *   t:<id>         Template, one key per template (so two tabs saving different templates can
 *                  never overwrite each other, and a bad template is set aside on its own).
 *   x:<id>         Tombstone of a deleted template (travels to other browsers via sync).
 *   settings       Settings (includes the user order of template ids and the default per kind).
 *   r:<id>         SavedReason, one key per reason (written by the content script).
 *   setAside       SetAsideEntry[]: data that failed validation, kept verbatim, never dropped.
 *   syncStatus     SyncStatus: what the last sync run did, for the popup.
 *   handoff        Pending text between page loads, only when storage.session is unavailable.
 * Any other key is left alone (never read, never deleted).
 */
import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  SavedReasonSchema,
  SettingsSchema,
  TemplateSchema,
  TombstoneSchema,
  type SavedReason,
  type Settings,
  type Template,
  type TemplateKind,
  type Tombstone,
} from '../core/schema';

import { K_SET_ASIDE, K_SETTINGS, K_VERSION, P_REASON, P_TEMPLATE, P_TOMBSTONE } from './keys';

export { K_HANDOFF, K_SET_ASIDE, K_SETTINGS, K_SYNC_STATUS, K_VERSION, P_REASON, P_TEMPLATE, P_TOMBSTONE } from './keys';

/** A value that failed validation, moved out of the way and kept exactly as it was found. */
export interface SetAsideEntry {
  /** The storage key it was found under (or `templates[3]` for an item of an old-format list). */
  key: string;
  raw: unknown;
  /** Plain language: what was wrong. */
  reason: string;
  /** When it was set aside (ms since epoch). */
  at: number;
}

const SetAsideEntrySchema = z.object({
  key: z.string(),
  raw: z.unknown(),
  reason: z.string(),
  at: z.number(),
});

/** A value found invalid by this read, not yet moved to the backup (`at` is set when moved). */
export interface Rejected {
  key: string;
  raw: unknown;
  reason: string;
}

export interface ParsedLocal {
  /** `schemaVersion` as stored: undefined when missing, the raw value when not a number. */
  version: unknown;
  templates: Map<string, Template>;
  tombstones: Map<string, Tombstone>;
  settings: Settings;
  /** True when `settings` exists in storage (valid or salvaged). */
  hasSettings: boolean;
  /** The settings value to write back when the stored one was salvaged field by field. */
  settingsRepaired: boolean;
  savedReasons: SavedReason[];
  setAside: SetAsideEntry[];
  /** setAside itself had to be repaired (a non-array or bad entries were wrapped). */
  setAsideRepaired: boolean;
  rejected: Rejected[];
}

const ISSUE_LIMIT = 3;

function at(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** zod/mini ships no messages (bundle size); say what is wrong in words a user can act on. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): string {
  const parts = issues.slice(0, ISSUE_LIMIT).map((i) => {
    const where = i.path.length ? i.path.map(String).join('.') : 'the value';
    switch (i.code) {
      case 'invalid_type':
        if (i.path.length && at(raw, i.path) === undefined) return `${where} is missing`;
        return `${where} should be ${i.expected === 'int' ? 'a whole number' : `${/^[aeiou]/.test(i.expected) ? 'an' : 'a'} ${i.expected}`}`;
      case 'too_big':
        return `${where} is too ${i.origin === 'number' ? 'large' : 'long'} (at most ${String(i.maximum)})`;
      case 'too_small':
        return i.origin === 'string' && i.minimum === 1
          ? `${where} is empty`
          : `${where} is too ${i.origin === 'number' ? 'small' : 'short'} (at least ${String(i.minimum)})`;
      case 'invalid_value':
        return `${where} should be one of ${i.values.map(String).join(', ')}`;
      default:
        return `${where} is not valid`;
    }
  });
  if (issues.length > ISSUE_LIMIT) parts.push(`and ${issues.length - ISSUE_LIMIT} more`);
  return parts.join('; ');
}

function nameOf(raw: unknown): string | null {
  const n = at(raw, ['name']);
  return typeof n === 'string' && n.trim() ? n.trim().slice(0, 80) : null;
}

/**
 * Settings are salvaged field by field: a hand-edited object with one bad field keeps the rest,
 * and the bad value is reported (the whole original goes to the backup).
 */
export function salvageSettings(raw: unknown): { settings: Settings; problem: string | null } {
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, problem: null };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, problem: 'the settings were not an object; defaults are used' };
  }
  const src = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const shape = SettingsSchema.shape;
  for (const k of Object.keys(shape) as Array<keyof typeof shape>) {
    if (!(k in src)) continue;
    const r = shape[k].safeParse(src[k]);
    if (r.success) out[k] = r.data;
  }
  return {
    settings: out as Settings,
    problem: `${describeIssues(whole.error.issues, raw)}; the default is used for ${
      whole.error.issues.length === 1 ? 'that setting' : 'those settings'
    }`,
  };
}

/** Validates a whole storage.local snapshot. Pure: reports what is bad, moves nothing. */
export function parseLocal(snap: Record<string, unknown>): ParsedLocal {
  const out: ParsedLocal = {
    version: snap[K_VERSION],
    templates: new Map(),
    tombstones: new Map(),
    settings: { ...DEFAULT_SETTINGS },
    hasSettings: K_SETTINGS in snap,
    settingsRepaired: false,
    savedReasons: [],
    setAside: [],
    setAsideRepaired: false,
    rejected: [],
  };
  for (const [key, raw] of Object.entries(snap)) {
    if (key.startsWith(P_TEMPLATE)) {
      const r = TemplateSchema.safeParse(raw);
      const id = key.slice(P_TEMPLATE.length);
      const label = nameOf(raw) ? `The template “${nameOf(raw)}”` : 'A template';
      if (!r.success) out.rejected.push({ key, raw, reason: `${label} could not be read: ${describeIssues(r.error.issues, raw)}.` });
      else if (r.data.id !== id) out.rejected.push({ key, raw, reason: `${label} was stored under the wrong key (${key}).` });
      else out.templates.set(id, r.data);
    } else if (key.startsWith(P_TOMBSTONE)) {
      const r = TombstoneSchema.safeParse(raw);
      if (r.success && r.data.id === key.slice(P_TOMBSTONE.length)) out.tombstones.set(r.data.id, r.data);
      else out.rejected.push({ key, raw, reason: 'A record of a deleted template could not be read.' });
    } else if (key.startsWith(P_REASON)) {
      const r = SavedReasonSchema.safeParse(raw);
      if (r.success && r.data.id === key.slice(P_REASON.length)) out.savedReasons.push(r.data);
      else out.rejected.push({ key, raw, reason: 'A saved reason could not be read.' });
    } else if (key === K_SETTINGS) {
      const s = salvageSettings(raw);
      out.settings = s.settings;
      // A stored null is damage too (nothing we write is null): kept in the backup, never silently
      // replaced by the defaults the next write puts there.
      if (raw === null) {
        out.settingsRepaired = true;
        out.rejected.push({ key, raw, reason: 'The settings were empty (null); the defaults are used.' });
      } else if (s.problem) {
        out.settingsRepaired = true;
        out.rejected.push({ key, raw, reason: `The settings could not be fully read: ${s.problem}.` });
      }
    } else if (key === K_SET_ASIDE) {
      if (!Array.isArray(raw)) {
        out.setAsideRepaired = true;
        out.setAside.push({ key, raw, reason: 'The list of set-aside data was damaged; it is kept as found.', at: 0 });
        continue;
      }
      for (const e of raw) {
        const r = SetAsideEntrySchema.safeParse(e);
        if (r.success) out.setAside.push(r.data as SetAsideEntry);
        else {
          out.setAsideRepaired = true;
          out.setAside.push({ key, raw: e, reason: 'A set-aside item was damaged; it is kept as found.', at: 0 });
        }
      }
    }
  }
  out.savedReasons.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return out;
}

/** The user's order: ids listed in `order` first, in that order; the rest by creation time. */
export function sortTemplates(templates: Iterable<Template>, order: readonly string[]): Template[] {
  const rank = new Map<string, number>();
  order.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  return [...templates].sort((a, b) => {
    const ra = rank.get(a.id) ?? Infinity;
    const rb = rank.get(b.id) ?? Infinity;
    if (ra !== rb) return ra < rb ? -1 : 1;
    return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** The default template of a kind: the chosen one if it still exists, otherwise the first of that kind. */
export function resolveDefault(sorted: readonly Template[], settings: Settings, kind: TemplateKind): Template | null {
  // Follow-up templates have no chosen default: the first one in the user's order.
  const want = kind === 'invite' ? settings.defaultInviteId : kind === 'reply' ? settings.defaultReplyId : null;
  return sorted.find((t) => t.kind === kind && t.id === want) ?? sorted.find((t) => t.kind === kind) ?? null;
}
