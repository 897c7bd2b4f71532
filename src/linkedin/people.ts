/**
 * Relationship facts on the pages the user opens (issue 10): a profile's top card (degree, Pending,
 * Connect for THIS person, Message), the Sent and Connections lists, acceptance notifications and
 * the invitation-sent toast. Evidence: /work/shared/linkedin/relationships.md (S16 live survey
 * 2026-09-10, S17 sanitized mocks 2026-07/08); fixtures tests/fixtures/linkedin/{profile,sent,
 * connections,notifications}--*.
 *
 * Everything here reads; nothing clicks, scrolls or pages through lists. Each reader fails open:
 * when the page does not say something clearly, the answer is null / [] / 'unknown', and the
 * caller changes nothing. The profile and the invitation manager are SDUI (hashed classes, no
 * data-view-name): we go by URL, landmarks, aria-labels matched against the per-locale tables, and
 * the full name, never by class.
 */
import { LOCALES, type Locale } from '../core/locale';
import { absUrl, isEl, nameOf, person, safe, slugOf, text } from './dom';
import { LABELS, matchTemplate } from './locales';
import { containsPeopleLabel, matchPeopleTemplate, PEOPLE_LABELS, type PeopleLabelKey } from './people-locales';
import { overlayRoots } from './page';
import { SEL } from './selectors';
import type { PersonName } from './types';

export type PeoplePage = 'profile' | 'sent' | 'connections' | 'notifications';

/** Which relationship page this is, by path alone (O(1): the always-on loader asks it). */
export function peoplePageKind(loc: Pick<Location, 'pathname'> | null | undefined): PeoplePage | null {
  const p = loc?.pathname ?? '';
  // /in/<slug>/ only: sub-pages (/in/x/overlay/…, /in/x/details/…) carry no top card.
  if (/^\/in\/[^/]+\/?$/.test(p)) return 'profile';
  if (p.startsWith('/mynetwork/invitation-manager/sent')) return 'sent';
  // S17 connections mock and linkedin-connections-tracker [V13].
  if (p.startsWith('/mynetwork/invite-connect/connections')) return 'connections';
  if (p.startsWith('/notifications')) return 'notifications';
  return null;
}

/** Names as LinkedIn writes them in labels vs. the h1: compare case- and space-insensitively. */
export const sameName = (a: string | null | undefined, b: string | null | undefined): boolean => {
  const k = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return !!a && !!b && k(a) === k(b);
};

function controls(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`${SEL.labelled}, [role="menuitem"][aria-label]`));
}

/** Controls anywhere on the page whose label is `key`'s template naming exactly `names`. */
function namedControls(doc: Document, key: PeopleLabelKey | 'invite', names: readonly string[]): HTMLElement[] {
  return controls(doc).filter((c) => {
    const label = c.getAttribute('aria-label');
    const m = key === 'invite' ? matchTemplate(key, label) : matchPeopleTemplate(key, label);
    return !!m && names.some((n) => sameName(m.value, n));
  });
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** `urn:li:fsd_profile:<id>` from a compose href (?profileUrn=, S16) or a componentkey. */
export function profileUrnFrom(s: string | null | undefined): string | null {
  const m = /urn(?::|%3A)li(?::|%3A)fsd_profile(?::|%3A)([A-Za-z0-9_-]+)/i.exec(s ?? '');
  return m?.[1] ? `urn:li:fsd_profile:${m[1]}` : null;
}

// ── Degree ────────────────────────────────────────────────────────────────────────────────
const DEGREE_KEYS = [['degree1', 1], ['degree2', 2], ['degree3', 3]] as const;

/** Degree of a badge token ("· 1st", "1e", "2nd degree connection"), tables first for `prefer`. */
export function degreeOf(raw: string, prefer: Locale | null = null): 1 | 2 | 3 | null {
  // The separator dot and any spacing are decoration; "2nd degree connection" is the accessible
  // variant (S17 mock), English only.
  const t = raw.replace(/^[\s·•]+|\s+$/g, '').replace(/\s+degree connection$/i, '').toLowerCase();
  if (!t || t.length > 6) return null;
  const order = prefer ? [prefer, ...LOCALES.filter((l) => l !== prefer)] : LOCALES;
  for (const loc of order) {
    for (const [key, n] of DEGREE_KEYS) if (PEOPLE_LABELS[loc][key].some((s) => s.toLowerCase() === t)) return n;
  }
  return null;
}

// ── Profile top card ──────────────────────────────────────────────────────────────────────
export interface ProfileTopCard {
  /** The section holding the h1 and the action row (first copy; the sticky header is the second). */
  card: HTMLElement;
  person: PersonName;
  /** The h1 as written (labels name the person this way). */
  displayName: string;
  vanityName: string | null;
  profileUrn: string | null;
  /** From the top card's badge; null when none is shown (out of network, own profile, unknown). */
  degree: 1 | 2 | 3 | null;
  /** "Pending, click to withdraw invitation sent to <this name>" anywhere on the page. */
  pending: HTMLElement | null;
  /** "Invite <this name> to connect" anywhere on the page (never someone else's, S16 trap 2). */
  invite: HTMLElement | null;
  /** The top card's Message control (NOT proof of 1st degree, S16). */
  message: HTMLElement | null;
  /** LinkedIn's compose route for this person, when the page gives one. */
  composeUrl: string | null;
  /**
   * connected: 1st in the top card, no Pending and no Invite for this name (relationships.md,
   * recommended test a-c). pending: the Pending control names this person. not-connected: an
   * Invite control names this person. unknown: anything else (fail open).
   */
  relation: 'connected' | 'pending' | 'not-connected' | 'unknown';
  locale: Locale | null;
  /** Where our card goes: after the top card, out of LinkedIn's own layout. */
  mountAfter: HTMLElement;
}

const htmlLocale = (doc: Document): Locale | null => {
  const l = (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase() as Locale;
  return LOCALES.includes(l) ? l : null;
};

/** The nearest ancestor of the h1 (inside main) that also holds an action control. */
function topCardOf(h1: HTMLElement, main: Element): HTMLElement | null {
  for (let e: HTMLElement | null = h1.parentElement, depth = 0; e && depth < 6; e = e.parentElement, depth++) {
    if (
      e.querySelector(
        'a[href*="/messaging/compose/"], a[href*="/preload/custom-invite/"], button[aria-label], a[aria-label], [role="button"][aria-label]',
      )
    ) {
      return e;
    }
    if (e === main) break;
  }
  return null;
}

/** Text tokens of the card outside its controls (the badge is plain text beside the name). */
function badgeTexts(card: HTMLElement): string[] {
  const out: string[] = [];
  const doc = card.ownerDocument;
  const walker = doc.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < 400; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (!t || t.length > 60) continue;
    const el = n.parentElement;
    if (el?.closest('a, button, [role="button"], [role="menu"], h1')) continue;
    // "Elena Vasquez · 1st" or "· 1st": every piece after a separator is a candidate.
    for (const piece of t.split(/[·•]/)) if (piece.trim()) out.push(piece.trim());
  }
  return out;
}

export const readProfileTopCard = safe('readProfileTopCard', () => null, (doc: Document): ProfileTopCard | null => {
  if (peoplePageKind(doc.location) !== 'profile') return null;
  const main = doc.querySelector(SEL.main);
  const h1 = main?.querySelector<HTMLElement>('h1') ?? null;
  if (!main || !h1) return null;
  const displayName = text(h1);
  const who = person(displayName);
  if (!who) return null;
  const card = topCardOf(h1, main);
  if (!card) return null;
  const locale = htmlLocale(doc);

  let degree: 1 | 2 | 3 | null = null;
  for (const t of badgeTexts(card)) {
    const d = degreeOf(t, locale);
    if (d) {
      degree = d;
      break;
    }
  }
  const names = [displayName, who.fullName];
  const pending = namedControls(doc, 'pendingWithdraw', names)[0] ?? null;
  const invite = namedControls(doc, 'invite', names)[0] ?? null;

  const compose = card.querySelector<HTMLAnchorElement>('a[href*="/messaging/compose/"]');
  const message =
    compose ??
    Array.from(card.querySelectorAll<HTMLElement>('button, a, [role="button"]')).find((c) =>
      LOCALES.some((l) => LABELS[l].message.some((m) => m.toLowerCase() === nameOf(c).toLowerCase())),
    ) ??
    null;
  const composeUrl = compose ? absUrl(compose.getAttribute('href'), doc.location.href) : null;
  let profileUrn = profileUrnFrom(compose?.getAttribute('href'));
  if (!profileUrn) {
    for (const e of Array.from(card.querySelectorAll('[componentkey*="fsd_profile"]'))) {
      profileUrn = profileUrnFrom(e.getAttribute('componentkey'));
      if (profileUrn) break;
    }
  }
  const vanityName = slugOf(doc.location.pathname);

  // 1st together with a Pending or Invite for the same name contradicts itself: unknown.
  const relation: ProfileTopCard['relation'] =
    degree === 1
      ? pending || invite
        ? 'unknown'
        : 'connected'
      : pending && !invite
        ? 'pending'
        : invite && !pending
          ? 'not-connected'
          : 'unknown';
  return { card, person: who, displayName, vanityName, profileUrn, degree, pending, invite, message, composeUrl, relation, locale, mountAfter: card };
});

// ── Sent list ─────────────────────────────────────────────────────────────────────────────
export interface SentCard {
  card: HTMLElement;
  person: PersonName;
  vanityName: string | null;
  /** "2 weeks ago" (relative only, S16/S17), null when not shown. */
  sent: string | null;
}

export interface SentList {
  cards: SentCard[];
  /** "People (N)" when shown: the list is complete only when every one of N is rendered. */
  total: number | null;
  /** All of the user's sent invitations are on screen (so a missing person really is missing). */
  complete: boolean;
}

/** The card around a list control: the nearest list item, else the nearest block with an /in/ link. */
function cardAround(ctl: Element, stop: Element | null): HTMLElement | null {
  const item = ctl.closest<HTMLElement>('[role="listitem"], li, [data-display-contents]');
  if (item && (!stop || stop.contains(item))) return item;
  for (let e = ctl.parentElement; e && e !== stop; e = e.parentElement) {
    if (e.querySelector(SEL.profileLink)) return e;
  }
  return null;
}

function timeIn(card: HTMLElement, key: 'sentAgo' | 'connectedOn'): string | null {
  for (const p of Array.from(card.querySelectorAll('p, span, time'))) {
    if (p.children.length) continue;
    const m = matchPeopleTemplate(key, text(p));
    // A time phrase has a digit or is short ("yesterday", "today"); never a headline.
    if (m && (/\d/.test(m.value) || m.value.length <= 20)) return m.value;
  }
  return null;
}

export const readSentList = safe('readSentList', () => null, (doc: Document): SentList | null => {
  if (peoplePageKind(doc.location) !== 'sent') return null;
  const main = doc.querySelector(SEL.main);
  if (!main) return null;
  const cards: SentCard[] = [];
  const seen = new Set<HTMLElement>();
  for (const c of controls(main)) {
    const m = matchPeopleTemplate('withdrawSent', c.getAttribute('aria-label'));
    if (!m || c.closest('dialog, [role="dialog"]')) continue;
    const card = cardAround(c, main);
    const who = person(m.value);
    if (!card || !who || seen.has(card)) continue;
    seen.add(card);
    const slug = slugOf(card.querySelector(SEL.profileLink)?.getAttribute('href'));
    cards.push({ card, person: who, vanityName: slug, sent: timeIn(card, 'sentAgo') });
  }
  let total: number | null = null;
  for (const a of Array.from(main.querySelectorAll('a[href*="/invitation-manager/sent/"], a, [role="tab"]'))) {
    const m = matchPeopleTemplate('peopleCount', text(a));
    if (m) {
      total = Number(m.value);
      break;
    }
  }
  return { cards, total, complete: total !== null && cards.length >= total };
});

// ── Connections list ──────────────────────────────────────────────────────────────────────
export interface ConnectionCard {
  card: HTMLElement;
  person: PersonName;
  vanityName: string | null;
  /** "2 weeks ago" / "on March 3, 2026", null when not shown. */
  connected: string | null;
  message: HTMLElement | null;
}

export const readConnections = safe('readConnections', () => [] as ConnectionCard[], (doc: Document): ConnectionCard[] => {
  if (peoplePageKind(doc.location) !== 'connections') return [];
  const main = doc.querySelector(SEL.main);
  if (!main) return [];
  const out: ConnectionCard[] = [];
  const seen = new Set<HTMLElement>();
  // Each card has "Message <Full Name>" → /messaging/compose/?recipient=<slug> (S17 mock).
  for (const c of controls(main)) {
    const m = matchPeopleTemplate('messageTo', c.getAttribute('aria-label'));
    if (!m) continue;
    const card = cardAround(c, main);
    const who = person(m.value);
    if (!card || !who || seen.has(card)) continue;
    seen.add(card);
    const link = Array.from(card.querySelectorAll<HTMLAnchorElement>(SEL.profileLink)).find((a) => slugOf(a.getAttribute('href')));
    const href = c.getAttribute('href') ?? '';
    const recipient = /[?&]recipient=([^&#]+)/.exec(href)?.[1];
    const vanityName = slugOf(link?.getAttribute('href')) ?? (recipient && !/^ACo/.test(recipient) ? decode(recipient) : null);
    out.push({ card, person: who, vanityName, connected: timeIn(card, 'connectedOn'), message: c });
  }
  return out;
});

// ── Notifications ─────────────────────────────────────────────────────────────────────────
export interface AcceptedNotification {
  card: HTMLElement;
  person: PersonName | null;
  vanityName: string | null;
}

/** Ember notification cards (S16 survey 2026-09-09): article.nt-card / data-view-name container. */
const NT_CARD = 'article.nt-card, [data-view-name="notification-card-container"]';

export const readAcceptedNotifications = safe(
  'readAcceptedNotifications',
  () => [] as AcceptedNotification[],
  (doc: Document): AcceptedNotification[] => {
    if (peoplePageKind(doc.location) !== 'notifications') return [];
    const out: AcceptedNotification[] = [];
    for (const card of Array.from(doc.querySelectorAll<HTMLElement>(NT_CARD))) {
      if (out.some((o) => o.card.contains(card))) continue;
      const headline = card.querySelector('.nt-card__headline') ?? card;
      if (!containsPeopleLabel('accepted', text(headline))) continue;
      // The slug from the image link, never from the name (relationships.md, Notifications).
      const img = card.querySelector('a[data-view-name="notification-card-image"][href*="/in/"]') ?? card.querySelector(SEL.profileLink);
      const strong = headline.querySelector('strong');
      out.push({ card, person: person(text(strong)), vanityName: slugOf(img?.getAttribute('href')) });
    }
    return out;
  },
);

// ── The invitation-sent toast ─────────────────────────────────────────────────────────────
export interface InviteToast {
  element: HTMLElement;
  /** sent: "Your invitation to X was sent." / "Invitation sent"; failed: "Invitation not sent…". */
  kind: 'sent' | 'failed';
  /** The name in the toast, when it has one. */
  name: string | null;
}

/** Toast items (linkedin-dom.md §1.2: section#artdeco-toasts / .artdeco-toast-item). */
export const findInviteToasts = safe('findInviteToasts', () => [] as InviteToast[], (doc: Document): InviteToast[] => {
  const out: InviteToast[] = [];
  for (const root of overlayRoots(doc)) {
    const host = root === doc ? doc.getElementById('artdeco-toasts') : root.querySelector('#artdeco-toasts');
    const items = Array.from((host ?? root).querySelectorAll<HTMLElement>('.artdeco-toast-item'));
    for (const item of items) {
      const msg = text(item.querySelector('.artdeco-toast-item__message') ?? item);
      const named = matchPeopleTemplate('sentToast', msg);
      if (named) out.push({ element: item, kind: 'sent', name: named.value });
      else if (containsPeopleLabel('notSentToast', msg)) out.push({ element: item, kind: 'failed', name: null });
      else if (LOCALES.some((l) => PEOPLE_LABELS[l].sentToastPlain.some((s) => s.toLowerCase() === msg.replace(/[.!]+$/, '').toLowerCase()))) {
        out.push({ element: item, kind: 'sent', name: null });
      }
    }
  }
  return out;
});

/** Presence only, for the always-on loader: a relationship page with its landmark. */
export const mayHavePeopleSurface = safe('mayHavePeopleSurface', () => false, (doc: Document): boolean => {
  const kind = peoplePageKind(doc.location);
  if (!kind) return false;
  return kind === 'notifications' ? !!doc.body : isEl(doc.querySelector('main'));
});
