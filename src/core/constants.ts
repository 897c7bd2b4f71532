/**
 * Enumerations and limits, without zod, so the always-on content script can use them without
 * bundling a schema library (see src/storage/guard-settings.ts). schema.ts builds on these.
 */
export const TEMPLATE_KINDS = ['invite', 'reply', 'follow-up'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const GUARD_MODES = ['strict', 'nudge', 'off'] as const;
export type GuardMode = (typeof GUARD_MODES)[number];

export const NOTE_LIMIT_SETTINGS = ['auto', '200', '300'] as const;
export type NoteLimitSetting = (typeof NOTE_LIMIT_SETTINGS)[number];

/** LinkedIn's limits, in UTF-16 code units as its counter counts them (`value.length`). */
export const INVITE_LIMIT_FREE = 200;
export const INVITE_LIMIT_PREMIUM = 300;
/** LinkedIn's message composer accepts up to 8,000 characters. */
export const MESSAGE_LIMIT = 8000;
