/**
 * The persisted shapes, as zod/mini schemas (full zod would add ~18 KB gzip to the content script).
 * Every read from storage or from an import file goes through these. Keep them backwards-readable:
 * a change of shape needs a numbered migration in src/storage/migrations.ts.
 */
import * as z from 'zod/mini';

import { GUARD_MODES, NOTE_LIMIT_SETTINGS, TEMPLATE_KINDS } from './constants';

export * from './constants';

// No code generation, ever (issue 11, SECURITY.md): zod may otherwise compile object parsers with
// `new Function`, which the extension pages' CSP forbids and which the bundle check
// (scripts/check-bundle.mjs) rejects. Every bundle that validates anything imports this module.
z.config({ jitless: true });

export const MAX_NAME_LENGTH = 80;
export const MAX_BODY_LENGTH = 4000;
export const MAX_TAGS = 12;
export const MAX_TAG_LENGTH = 32;

export const TemplateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: z.enum(TEMPLATE_KINDS),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  body: z.string().check(z.maxLength(MAX_BODY_LENGTH)),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(MAX_TAG_LENGTH))).check(z.maxLength(MAX_TAGS)),
  createdAt: z.number().check(z.int(), z.nonnegative()),
  updatedAt: z.number().check(z.int(), z.nonnegative()),
});
export type Template = z.infer<typeof TemplateSchema>;

/** A deletion that must travel to other browsers, so a deleted template does not come back. */
export const TombstoneSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  deletedAt: z.number().check(z.int(), z.nonnegative()),
  /**
   * The `updatedAt` of the copy that was deleted. An edit made elsewhere after that copy (which the
   * deleting browser never saw) is kept rather than silently deleted (storage/merge.ts). Optional:
   * older tombstones have none, and older versions ignore it.
   */
  base: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type Tombstone = z.infer<typeof TombstoneSchema>;


export const SettingsSchema = z.object({
  guardMode: z.enum(GUARD_MODES),
  /** 'auto' reads the limit from LinkedIn's counter and falls back to 200 (the free-account limit). */
  noteLimit: z.enum(NOTE_LIMIT_SETTINGS),
  myFirstName: z.string().check(z.maxLength(60)),
  extraGenericPhrases: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(100)),
  syncEnabled: z.boolean(),
  /** Default template per kind; null means "first in the list". */
  defaultInviteId: z.nullable(z.string()),
  defaultReplyId: z.nullable(z.string()),
  /** User-defined order of template ids (ids missing here sort after, by creation). */
  order: z.array(z.string()).check(z.maxLength(2000)),
  updatedAt: z.number().check(z.int(), z.nonnegative()),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  guardMode: 'nudge',
  noteLimit: 'auto',
  myFirstName: '',
  extraGenericPhrases: [],
  syncEnabled: true,
  defaultInviteId: null,
  defaultReplyId: null,
  order: [],
  updatedAt: 0,
};

/** A note the user wrote when LinkedIn would not accept one (quota spent): send it as a message later. */
export const SavedReasonSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  personName: z.string().check(z.maxLength(200)),
  profileUrl: z.nullable(z.string().check(z.maxLength(500))),
  text: z.string().check(z.maxLength(MAX_BODY_LENGTH)),
  createdAt: z.number().check(z.int(), z.nonnegative()),
});
export type SavedReason = z.infer<typeof SavedReasonSchema>;
