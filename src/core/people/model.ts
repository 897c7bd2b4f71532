/**
 * People (issue 10): the person record and its parts, as zod/mini schemas and the types inferred from
 * them. This is the contract between the People branches (PEOPLE-CONTRACT.md): names here are fixed,
 * fields may only be added. Pure: no DOM, no browser API.
 *
 * Every read from storage or from an import file goes through PersonSchema. Text fields are capped so a
 * record stays around 2 KB (see budget.ts); the caps are generous for what a person would type and are
 * enforced by `clampPerson()` before writing, so a write never fails validation because of length.
 */
import * as z from 'zod/mini';

import { isLocalDate } from './dates';
import { MAX_PERSON_NAME, MAX_URN, MAX_VANITY, normalizeVanity, personKey, type PersonMatch } from './identity';

// Identity lives in a zod-free module so the always-on content script can key people without zod.
export { MAX_PERSON_NAME, MAX_URN, MAX_VANITY, matchesPerson, normalizeName, normalizeVanity, personKey, type PersonMatch } from './identity';

export const PERSON_STATES = ['unconfirmed', 'sent', 'accepted', 'withdrawn', 'unknown'] as const;
/**
 * unconfirmed: the user pressed Send in a guarded dialog, LinkedIn's feedback not seen yet.
 * sent: LinkedIn confirmed (invitation-sent toast, or Connect turned into Pending, or listed in Sent).
 * accepted: profile reads 1st degree (strong), corroborated by Connections list / gone from Sent list.
 * withdrawn: the user withdrew (Sent list "Withdraw" seen / Connect shown again with no Pending and not 1st).
 * unknown: contradictory or insufficient evidence (e.g. imported with no invite, or someone who invited
 *   the user and got a reply: whether the user accepted is not seen there).
 */
export type PersonState = (typeof PERSON_STATES)[number];

export const SIGNALS = [
  'send-pressed',
  'sent-toast',
  'pending-shown',
  'sent-list-listed',
  'sent-list-absent',
  'profile-1st',
  'profile-not-connected',
  'connections-list',
  'notification-accepted',
  'withdrawn',
  'connections-csv',
  'user',
  /** They invited the user (seen on a received-invitation card the user replied to): no state of its own. */
  'invitation-received',
] as const;
export type Signal = (typeof SIGNALS)[number];

export const PERSON_EVENT_TYPES = [
  'invited',
  'confirmed',
  'accepted',
  'withdrawn',
  'reply-sent',
  'message-sent',
  'reason-sent',
  'follow-up-done',
  'note',
  'imported',
] as const;
export type PersonEventType = (typeof PERSON_EVENT_TYPES)[number];

/** "drop them a line", "meet", "call". */
export const FOLLOW_UP_KINDS = ['line', 'meet', 'call'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const INVITE_MODES = ['note', 'reason-kept'] as const;

// Bounds (budget.ts measures what they give). Lists are trimmed oldest-first by clampPerson().
export const MAX_EVIDENCE = 20;
export const MAX_EVENTS = 50;
export const MAX_FOLLOW_UPS = 30;
export const MAX_ID_LENGTH = 200;
export const MAX_WHERE = 300;
export const MAX_DETAIL = 300;
export const MAX_EVENT_TEXT = 500;
export const MAX_NOTE = 400; // LinkedIn's notes are ≤ 300; room for a Premium note and some slack
export const MAX_REASON = 300;
export const MAX_ANSWERS = 10;
export const MAX_ANSWER_KEY = 64;
export const MAX_ANSWER = 300;
export const MAX_TEMPLATE_NAME = 80;
export const MAX_FOLLOW_UP_TITLE = 200;
export const MAX_HOW_TEXT = 1000;
export const MAX_HOW_WHERE = 200;
export const MAX_HOW_WHEN = 100;
export const MAX_CADENCE_WEEKS = 104;

const time = () => z.number().check(z.int(), z.nonnegative());
const text = (max: number) => z.string().check(z.maxLength(max));
const id = () => z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
/** A local calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const LocalDateSchema = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  z.refine((s) => isLocalDate(s), { message: 'is not a real calendar date' }),
);

export const EvidenceSchema = z.object({
  signal: z.enum(SIGNALS),
  /** epoch ms */
  at: time(),
  /** where it was seen: a path such as /in/jane/, or 'Connections.csv', or 'popup' */
  where: text(MAX_WHERE),
  detail: z.optional(text(MAX_DETAIL)),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const PersonEventSchema = z.object({
  id: id(),
  type: z.enum(PERSON_EVENT_TYPES),
  at: time(),
  text: z.optional(text(MAX_EVENT_TEXT)),
});
export type PersonEvent = z.infer<typeof PersonEventSchema>;

export const FollowUpSchema = z.object({
  id: id(),
  kind: z.enum(FOLLOW_UP_KINDS),
  /** YYYY-MM-DD, the user's local date */
  due: LocalDateSchema,
  title: z.optional(text(MAX_FOLLOW_UP_TITLE)),
  doneAt: z.nullable(time()),
  createdAt: time(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const InviteSchema = z.object({
  at: time(),
  /** as sent, '' when none */
  note: text(MAX_NOTE),
  templateId: z.nullable(text(64)),
  templateName: z.nullable(text(MAX_TEMPLATE_NAME)),
  answers: z.record(z.string().check(z.maxLength(MAX_ANSWER_KEY)), text(MAX_ANSWER)),
  /** the fill-in answer(s) that say why; '' if none */
  reason: text(MAX_REASON),
  /** 'reason-kept': a no-note invite with a kept reason (spent quota) */
  mode: z.enum(INVITE_MODES),
});
export type Invite = z.infer<typeof InviteSchema>;

export const HowWeMetSchema = z.object({
  text: text(MAX_HOW_TEXT),
  where: text(MAX_HOW_WHERE),
  when: text(MAX_HOW_WHEN),
});
export type HowWeMet = z.infer<typeof HowWeMetSchema>;

export const PersonSchema = z.object({
  /** stable key: personKey({vanityName, profileUrn, fullName}) */
  id: id(),
  fullName: text(MAX_PERSON_NAME),
  vanityName: z.nullable(text(MAX_VANITY)),
  profileUrn: z.nullable(text(MAX_URN)),
  state: z.enum(PERSON_STATES),
  /** newest last, bounded (MAX_EVIDENCE) */
  evidence: z.array(EvidenceSchema).check(z.maxLength(MAX_EVIDENCE)),
  invite: z.nullable(InviteSchema),
  events: z.array(PersonEventSchema).check(z.maxLength(MAX_EVENTS)),
  followUps: z.array(FollowUpSchema).check(z.maxLength(MAX_FOLLOW_UPS)),
  cadenceWeeks: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_CADENCE_WEEKS))),
  lastContactAt: z.nullable(time()),
  /**
   * Added by people-core (optional, so records without it stay valid): the cadence reminder snoozed to
   * this local date. Cleared by any logged contact. See followups.ts.
   */
  cadenceSnoozedUntil: z.optional(LocalDateSchema),
  /** private note, seeded from the reason */
  howWeMet: HowWeMetSchema,
  reasonDeliveredAt: z.nullable(time()),
  connectedAt: z.nullable(time()),
  createdAt: time(),
  updatedAt: time(),
});
export type Person = z.infer<typeof PersonSchema>;

/** A blank record for someone new; the caller fills in invite/evidence. */
export function newPerson(match: PersonMatch, now: number): Person | null {
  const key = personKey(match);
  if (!key) return null;
  return {
    id: key,
    fullName: (match.fullName ?? '').trim().slice(0, MAX_PERSON_NAME),
    vanityName: normalizeVanity(match.vanityName),
    profileUrn: typeof match.profileUrn === 'string' && match.profileUrn.trim() ? match.profileUrn.trim().slice(0, MAX_URN) : null,
    state: 'unknown',
    evidence: [],
    invite: null,
    events: [],
    followUps: [],
    cadenceWeeks: null,
    lastContactAt: null,
    howWeMet: { text: '', where: '', when: '' },
    reasonDeliveredAt: null,
    connectedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
