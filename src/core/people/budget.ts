/**
 * Keeping a person small (issue 10 §8: about 2 KB per person or less) and in one canonical shape.
 *
 * `personBytes()` estimates what Chrome counts for a storage item: the key's length plus the length of
 * the JSON of the value (storage.sync documents it that way for QUOTA_BYTES_PER_ITEM; storage.local's
 * getBytesInUse counts the same serialization), in UTF-8 bytes.
 *
 * `clampPerson()` is the one normal form: fixed key order, lists sorted by time (newest last) and
 * bounded (evidence ≤ 20, events ≤ 50, follow-ups ≤ 30, answers ≤ 10), text capped at the schema's
 * limits (never splitting a surrogate pair), and answer keys that could pollute a prototype dropped.
 * The store calls it before each write so a write never fails validation for length; merges and
 * imports produce it, so equal people compare equal as JSON.
 */
import {
  MAX_ANSWERS,
  MAX_ANSWER,
  MAX_ANSWER_KEY,
  MAX_DETAIL,
  MAX_EVENT_TEXT,
  MAX_FOLLOW_UP_TITLE,
  MAX_FOLLOW_UPS,
  MAX_HOW_TEXT,
  MAX_HOW_WHEN,
  MAX_HOW_WHERE,
  MAX_NOTE,
  MAX_PERSON_NAME,
  MAX_REASON,
  MAX_TEMPLATE_NAME,
  MAX_URN,
  MAX_VANITY,
  MAX_WHERE,
  type Evidence,
  type FollowUp,
  type Invite,
  type Person,
  type PersonEvent,
} from './model';
import { trimEvents, trimEvidence } from './state';

/** The storage key prefix the People store uses (PEOPLE-CONTRACT: `p:<id>`), for the estimate. */
export const PERSON_KEY_PREFIX = 'p:';
export const PERSON_BUDGET_BYTES = 2048;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

export function personBytes(person: Person, key = `${PERSON_KEY_PREFIX}${person.id}`): number {
  return bytes(key) + bytes(JSON.stringify(person));
}

/** Cuts to `max` UTF-16 units without leaving half a surrogate pair. */
export function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
const capN = (s: string | null, max: number) => (s === null ? null : cap(s, max));

const byTime = <T extends { at: number }>(key: (x: T) => string) => (a: T, b: T) => a.at - b.at || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
/** One entry per key (the last one wins, as a later write would). */
const unique = <T>(list: readonly T[], key: (x: T) => string): T[] => [...new Map(list.map((x) => [key(x), x])).values()];
export const evidenceKey = (e: Evidence) => `${e.signal}|${e.at}|${e.where}|${e.detail ?? ''}`;

function cleanEvidence(e: Evidence): Evidence {
  const out: Evidence = { signal: e.signal, at: e.at, where: cap(e.where, MAX_WHERE) };
  // An empty detail is no detail: evidenceKey() already treats them alike, and keeping both forms
  // made a merge depend on argument order (CI counterexample, stop 14: `detail: ""` vs none).
  if (e.detail) out.detail = cap(e.detail, MAX_DETAIL);
  return out;
}

function cleanEvent(e: PersonEvent): PersonEvent {
  const out: PersonEvent = { id: e.id, type: e.type, at: e.at };
  if (e.text !== undefined) out.text = cap(e.text, MAX_EVENT_TEXT);
  return out;
}

function cleanFollowUp(f: FollowUp): FollowUp {
  const title = f.title === undefined ? {} : { title: cap(f.title, MAX_FOLLOW_UP_TITLE) };
  return { id: f.id, kind: f.kind, due: f.due, ...title, doneAt: f.doneAt, createdAt: f.createdAt };
}

/** Bounded: open follow-ups are kept; the oldest done ones go first. Sorted by due date, then id. */
export function trimFollowUps(list: FollowUp[]): FollowUp[] {
  const out = [...list].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  while (out.length > MAX_FOLLOW_UPS) {
    let oldest = -1;
    out.forEach((f, i) => {
      if (f.doneAt !== null && (oldest < 0 || f.doneAt < out[oldest]!.doneAt!)) oldest = i;
    });
    out.splice(oldest >= 0 ? oldest : 0, 1);
  }
  return out;
}

function cleanInvite(i: Invite): Invite {
  const answers: Record<string, string> = {};
  for (const [k, v] of Object.entries(i.answers).slice(0, MAX_ANSWERS * 2)) {
    if (FORBIDDEN_KEYS.has(k) || Object.keys(answers).length >= MAX_ANSWERS) continue;
    answers[cap(k, MAX_ANSWER_KEY)] = cap(v, MAX_ANSWER);
  }
  return {
    at: i.at,
    note: cap(i.note, MAX_NOTE),
    templateId: capN(i.templateId, 64),
    templateName: capN(i.templateName, MAX_TEMPLATE_NAME),
    answers,
    reason: cap(i.reason, MAX_REASON),
    mode: i.mode,
  };
}

export function clampPerson(p: Person): Person {
  const out: Person = {
    id: p.id,
    fullName: cap(p.fullName, MAX_PERSON_NAME),
    vanityName: capN(p.vanityName, MAX_VANITY),
    profileUrn: capN(p.profileUrn, MAX_URN),
    state: p.state,
    evidence: trimEvidence(unique(p.evidence.map(cleanEvidence), evidenceKey).sort(byTime(evidenceKey))),
    invite: p.invite ? cleanInvite(p.invite) : null,
    events: trimEvents(unique(p.events.map(cleanEvent), (e) => e.id).sort(byTime((e) => e.id))),
    followUps: trimFollowUps(unique(p.followUps.map(cleanFollowUp), (f) => f.id)),
    cadenceWeeks: p.cadenceWeeks,
    lastContactAt: p.lastContactAt,
    howWeMet: { text: cap(p.howWeMet.text, MAX_HOW_TEXT), where: cap(p.howWeMet.where, MAX_HOW_WHERE), when: cap(p.howWeMet.when, MAX_HOW_WHEN) },
    reasonDeliveredAt: p.reasonDeliveredAt,
    connectedAt: p.connectedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
  if (p.cadenceSnoozedUntil !== undefined) out.cadenceSnoozedUntil = p.cadenceSnoozedUntil;
  return out;
}
