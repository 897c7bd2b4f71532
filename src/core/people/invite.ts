/**
 * The moments that start and carry a person's story: the invitation (logged when the user presses
 * LinkedIn's Send in a guarded dialog) and the reason delivered after they accept, plus the render
 * context that lets a follow-up template say {reason} and {invitedOn}.
 */
import { DEFAULT_KEPT_REASON_ID } from '../defaults';
import type { Template } from '../schema';
import { renderBody, type RenderContext } from '../syntax';
import { clampPerson } from './budget';
import { formatLocalDate } from './dates';
import { logContact } from './followups';
import { reasonOf } from './ics';
import { newPerson, normalizeVanity, type Invite, type Person, type PersonMatch } from './model';
import { applyEvidence } from './state';

export interface InviteInput {
  match: PersonMatch;
  invite: Invite;
  /** where Send was pressed, e.g. /in/jane-doe/ */
  where: string;
}

/**
 * Records an invitation on a new or existing person: the invite as sent, 'send-pressed' evidence
 * (→ unconfirmed until LinkedIn confirms), the 'invited' event, identifiers filled in when newly seen,
 * and "how we met" seeded from the reason when the user has not written one. Null when the match
 * identifies nobody (no vanity, URN or name).
 */
export function withInvite(existing: Person | null, input: InviteInput, now: number): Person | null {
  const base = existing ?? newPerson(input.match, now);
  if (!base) return null;
  const vanity = normalizeVanity(input.match.vanityName);
  const urn = typeof input.match.profileUrn === 'string' && input.match.profileUrn.trim() ? input.match.profileUrn.trim() : null;
  const name = input.match.fullName?.trim() ?? '';
  let p: Person = {
    ...base,
    vanityName: base.vanityName ?? vanity,
    profileUrn: base.profileUrn ?? urn,
    fullName: base.fullName || name,
    invite: input.invite,
    howWeMet: base.howWeMet.text ? base.howWeMet : { ...base.howWeMet, text: input.invite.reason.trim() },
    updatedAt: Math.max(base.updatedAt, now),
  };
  p = applyEvidence(p, { signal: 'send-pressed', at: input.invite.at, where: input.where });
  return clampPerson(p);
}

export interface ReplyInput {
  /** The inviter as their card named them: full name, /in/<vanity>/, URN when the page showed one. */
  match: PersonMatch;
  /** The reply as sent ('' if unknown). */
  text: string;
  /** When the user sent it. */
  at: number;
  /** Where their invitation was seen, e.g. /mynetwork/invitation-manager/ ('' if unknown). */
  where: string;
}

/**
 * The user replied to a blank invitation ("Ask how we met", then LinkedIn's Send): the inviter joins
 * the log when absent, with no more than was seen. Their state is left as it was (a new person stays
 * 'unknown': they invited the user, and whether the user accepted is not seen there); an
 * 'invitation-received' evidence entry says where they came from; the 'reply-sent' contact carries
 * the text and resets any cadence. Identifiers the record lacked are filled in. Null when the match
 * identifies nobody.
 */
export function withReplyToInvitation(existing: Person | null, input: ReplyInput, timeZone: string): Person | null {
  const base = existing ?? newPerson(input.match, input.at);
  if (!base) return null;
  const vanity = normalizeVanity(input.match.vanityName);
  const urn = typeof input.match.profileUrn === 'string' && input.match.profileUrn.trim() ? input.match.profileUrn.trim() : null;
  let p: Person = {
    ...base,
    vanityName: base.vanityName ?? vanity,
    profileUrn: base.profileUrn ?? urn,
    fullName: base.fullName || (input.match.fullName?.trim() ?? ''),
  };
  p = applyEvidence(p, { signal: 'invitation-received', at: input.at, where: input.where.slice(0, 300) });
  p = logContact(p, { type: 'reply-sent', at: input.at, ...(input.text ? { text: input.text } : {}) }, timeZone);
  return clampPerson(p);
}

/**
 * The kept reason went out (the user pressed Send in LinkedIn's composer after we inserted it): a
 * 'reason-sent' contact, which also resets the cadence. The first delivery time is kept.
 */
export function markReasonDelivered(person: Person, at: number, timeZone: string, text?: string): Person {
  const p = logContact(person, { type: 'reason-sent', at, ...(text ? { text } : {}) }, timeZone);
  return p === person ? p : { ...p, reasonDeliveredAt: person.reasonDeliveredAt ?? at };
}

/** Whether "Send the reason you kept" applies: no note went out, a reason was kept, they accepted, not yet delivered. */
export function hasKeptReason(person: Person): boolean {
  return person.invite?.mode === 'reason-kept' && reasonOf(person) !== '' && person.state === 'accepted' && person.reasonDeliveredAt === null;
}

/**
 * What a follow-up template needs from the log: the person, {reason} and {invitedOn} (a readable date
 * in the user's zone and language). Fill-in answers and the user's own name are the caller's.
 */
export function followUpContext(person: Person, opts: { timeZone: string; locale?: string }): Pick<RenderContext, 'person' | 'reason' | 'invitedOn'> {
  const ctx: Pick<RenderContext, 'person' | 'reason' | 'invitedOn'> = { person: { fullName: person.fullName } };
  const reason = reasonOf(person);
  if (reason) ctx.reason = reason;
  if (person.invite) ctx.invitedOn = formatLocalDate(person.invite.at, opts.timeZone, opts.locale);
  return ctx;
}

/**
 * The text "Send the reason you kept" inserts (the profile card and the People view alike): the
 * default kept-reason follow-up first, then the user's other follow-up templates that say {reason},
 * the first that renders completely from the log alone (fill-ins only by their defaults). Else the
 * reason itself: never a half-rendered template.
 */
export function keptReasonMessage(
  templates: readonly Template[],
  person: Person,
  opts: { timeZone: string; locale?: string; me?: { firstName?: string } },
): { text: string; template: Template | null } {
  const ctx: RenderContext = { ...followUpContext(person, opts), me: opts.me ?? {} };
  const followUps = templates.filter((t) => t.kind === 'follow-up' && /\{\s*reason\s*\}/i.test(t.body));
  const ordered = [...followUps.filter((t) => t.id === DEFAULT_KEPT_REASON_ID), ...followUps.filter((t) => t.id !== DEFAULT_KEPT_REASON_ID)];
  for (const t of ordered) {
    const r = renderBody(t.body, ctx);
    if (!r.errors.length && !r.missing.length && !r.unresolvedVariables.length && r.text.trim()) return { text: r.text, template: t };
  }
  return { text: reasonOf(person), template: null };
}
