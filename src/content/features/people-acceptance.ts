/**
 * People log, part 2 (issue 10): notice acceptance passively, from pages the user opens. No
 * requests, no scrolling, no paging: we read what is on screen, once per view and card, and only
 * for people already in the log (the store ignores anyone else).
 *
 * - Profile: the strong signal. 1st in the top card, with no Pending and no "Invite <this name>"
 *   → profile-1st. Pending for this name → pending-shown (confirms a send). Invite for this name
 *   → profile-not-connected (kept as evidence; the state machine decides what it means).
 * - Connections list: "Connected N ago" for a logged person → connections-list (corroborates).
 * - Sent list: listed → sent-list-listed (confirms); missing from a COMPLETE list (every one of
 *   "People (N)" rendered) → sent-list-absent (a hint: accepted, withdrawn or expired).
 * - Notifications: "X accepted your invitation" → notification-accepted (a hint only).
 */
import type { Evidence, Person, PersonMatch } from '../../core/people/model';
import { matchesPerson } from '../../core/people/model';
import {
  peoplePageKind,
  readAcceptedNotifications,
  readConnections,
  readProfileTopCard,
  readSentList,
} from '../../linkedin';
import { peopleLog } from '../people-log';
import type { Feature } from '../runtime';

/** What this view already reported (scans repeat; evidence must not). Reset per view. */
let reported = new Set<string>();
let viewSignal: AbortSignal | null = null;
let busy = false;

/** Right after a send, the profile may still show Connect: that is not evidence of anything. */
const SETTLE_AFTER_SEND_MS = 20_000;
/** The same signal from the same place is not news within this window. */
const REPEAT_MS = 6 * 3600_000;

function isNews(p: Person, ev: Evidence): boolean {
  const last = [...p.evidence].reverse().find((e) => e.signal === ev.signal);
  return !last || last.where !== ev.where || ev.at - last.at > REPEAT_MS || p.state === 'unconfirmed';
}

async function apply(items: Array<{ match: PersonMatch; ev: Evidence; key: string }>): Promise<void> {
  const fresh = items.filter((i) => !reported.has(i.key));
  if (!fresh.length) return;
  fresh.forEach((i) => reported.add(i.key));
  const log = peopleLog();
  const people = await log.all().catch(() => [] as Person[]);
  for (const { match, ev } of fresh) {
    const p = people.find((x) => matchesPerson(x, match));
    if (!p || !isNews(p, ev)) continue;
    if (ev.signal === 'profile-not-connected' && p.invite && ev.at - p.invite.at < SETTLE_AFTER_SEND_MS) continue;
    await log.evidence(match, ev).catch(() => null);
    // The profile shows the URN the log may lack (slugs change; the URN does not).
    if (!p.profileUrn && match.profileUrn) await log.patch(p.id, { profileUrn: match.profileUrn }).catch(() => null);
  }
}

function collect(doc: Document): Array<{ match: PersonMatch; ev: Evidence; key: string }> {
  const kind = peoplePageKind(doc.location);
  const where = doc.location.pathname;
  const at = Date.now();
  const out: Array<{ match: PersonMatch; ev: Evidence; key: string }> = [];
  if (kind === 'profile') {
    const card = readProfileTopCard(doc);
    if (!card) return out;
    const match = { vanityName: card.vanityName, profileUrn: card.profileUrn, fullName: card.person.fullName };
    const signal =
      card.relation === 'connected' ? 'profile-1st' : card.relation === 'pending' ? 'pending-shown' : card.relation === 'not-connected' ? 'profile-not-connected' : null;
    // No detail: the signal's own (localized) label says it all; a fixed English phrase here was
    // shown as is beside it, in every UI language.
    if (signal) out.push({ match, ev: { signal, at, where }, key: `${where}|${signal}` });
  } else if (kind === 'connections') {
    for (const c of readConnections(doc)) {
      // The detail is LinkedIn's own time phrase, in the page's language ("2 hours ago"); the
      // signal's localized label says the rest. No English words of ours in stored evidence.
      const ev: Evidence = { signal: 'connections-list', at, where, ...(c.connected ? { detail: c.connected } : {}) };
      out.push({ match: { vanityName: c.vanityName, fullName: c.person.fullName }, ev, key: `c|${c.vanityName ?? c.person.fullName}` });
    }
  } else if (kind === 'notifications') {
    for (const n of readAcceptedNotifications(doc)) {
      if (!n.vanityName && !n.person) continue;
      out.push({
        match: { vanityName: n.vanityName, fullName: n.person?.fullName ?? null },
        ev: { signal: 'notification-accepted', at, where },
        key: `n|${n.vanityName ?? n.person?.fullName}`,
      });
    }
  }
  return out;
}

/** The Sent list needs the log first: absence only means something for people we hold as sent. */
async function sentList(doc: Document): Promise<void> {
  const list = readSentList(doc);
  if (!list) return;
  const where = doc.location.pathname;
  const at = Date.now();
  const items: Array<{ match: PersonMatch; ev: Evidence; key: string }> = list.cards.map((c) => ({
    match: { vanityName: c.vanityName, fullName: c.person.fullName },
    ev: { signal: 'sent-list-listed' as const, at, where, ...(c.sent ? { detail: c.sent } : {}) },
    key: `s|${c.vanityName ?? c.person.fullName}`,
  }));
  if (list.complete) {
    const people = await peopleLog().all().catch(() => [] as Person[]);
    for (const p of people) {
      if (p.state !== 'sent' && p.state !== 'unconfirmed') continue;
      if (list.cards.some((c) => matchesPerson(p, { vanityName: c.vanityName, fullName: c.person.fullName }))) continue;
      items.push({
        match: { vanityName: p.vanityName, profileUrn: p.profileUrn, fullName: p.fullName },
        ev: { signal: 'sent-list-absent', at, where },
        key: `a|${p.id}`,
      });
    }
  }
  await apply(items);
}

export const peopleAcceptance: Feature = {
  id: 'people-acceptance',
  scan(doc, view) {
    if (view !== viewSignal) {
      viewSignal = view;
      reported = new Set();
    }
    const kind = peoplePageKind(doc.location);
    if (!kind || busy) return;
    busy = true;
    const work = kind === 'sent' ? sentList(doc) : apply(collect(doc));
    void work.finally(() => (busy = false));
  },
};
