/**
 * Received invitations (linkedin-dom.md §2): the 2026 SDUI list (role=listitem cards anchored on
 * "Accept <Name>’s invitation", the note after the action row, S16/S17), the classic Ember
 * li.invitation-card (U5, U14), the 2024/25 data-view-name cards and the /mynetwork/ preview (U12).
 */
import { isControl } from './connect';
import { absUrl, hasClass, log, nameOf, person, safe, slugOf, text } from './dom';
import { containsLabel, LABELS, LOCALES, labelLocales, matchTemplate } from './locales';
import { currentPageKind, mayCarryInvitations } from './page';
import { SEL } from './selectors';
import type { InvitationCard } from './types';

/** Accept control of a card: the localized label (S16, S17), else the 2025 invitation-action pair's
 *  second button (U12), else — inside an invitations screen only — the second of exactly two
 *  buttons of a card that offers no Connect (unknown locale; Ignore comes first, S16). */
function acceptOf(card: Element): { el: HTMLElement; name: string | null } | null {
  const labelled = Array.from(card.querySelectorAll<HTMLElement>(SEL.labelled))
    .map((el) => ({ el, m: matchTemplate('accept', el.getAttribute('aria-label')) }))
    .filter((x) => x.m);
  if (labelled.length > 1) {
    log('invitation card: more than one Accept (drift)', card);
    return null;
  }
  if (labelled[0]) return { el: labelled[0].el, name: labelled[0].m?.value ?? null };
  const ia = Array.from(card.querySelectorAll<HTMLElement>(SEL.invitationAction)).flatMap((e) =>
    e.localName === 'button' ? [e] : Array.from(e.querySelectorAll<HTMLElement>('button')),
  );
  if (ia.length === 2) return { el: ia[1]!, name: null };
  const classic = card.querySelectorAll<HTMLElement>(`${SEL.classicActions} button`);
  if (classic.length >= 2) return { el: classic[classic.length - 1]!, name: null };
  if (!card.closest(`${SEL.invitationScreen}, ${SEL.invitationsPreview}`)) return null;
  const bs = Array.from(card.querySelectorAll<HTMLElement>('button, [role="button"]'));
  const connecty = bs.some(
    (b) => labelLocales('connect', nameOf(b)).length || matchTemplate('invite', b.getAttribute('aria-label')),
  );
  if (bs.length !== 2 || connecty || card.querySelector(SEL.customInviteLink) || containsLabel('pymk', text(card))) return null;
  return { el: bs[1]!, name: null };
}

/** Smallest ancestor of the accept control holding the card's other action (Ignore). */
function actionRow(accept: HTMLElement, card: Element): HTMLElement {
  const classic = card.querySelector<HTMLElement>(SEL.classicActions);
  if (classic) return classic;
  let row: HTMLElement = accept;
  while (row.parentElement && row.parentElement !== card) {
    row = row.parentElement;
    if (row.querySelectorAll('button, [role="button"]').length >= 2) return row;
  }
  return row;
}

/** Is this the Message/Reply control of a card (2026 link to /messaging/, classic Reply to X)? */
function isMessageControl(e: Element): boolean {
  if (e.matches(`${SEL.messageLink}, ${SEL.classicMessage}`)) return true;
  const label = nameOf(e);
  return labelLocales('message', label).length > 0 || !!matchTemplate('replyTo', label);
}

/** Text the card shows after its action row: the note (2026: no stable class, S17 parser). */
function textAfter(row: Element, card: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    if (n.nodeType !== 1) return;
    const e = n as Element;
    // Controls (Message/Reply, "See more") are not the note; a long role=button may wrap a clamp.
    if (isControl(e) && (isMessageControl(e) || text(e).length <= 30)) return;
    if (e.localName.startsWith('on-purpose-')) return;
    for (const c of Array.from(e.childNodes)) walk(c);
  };
  for (let e: Element | null = row; e && e !== card; e = e.parentElement) {
    for (let s = e.nextSibling; s; s = s.nextSibling) walk(s);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Where an "invited you to …" phrase starts in `s` (any locale), else -1. */
function invitedAt(s: string): number {
  const low = s.toLowerCase();
  for (const loc of LOCALES) {
    for (const p of LABELS[loc].invitedTo) {
      const i = low.indexOf(p.toLowerCase());
      if (i >= 0) return i;
    }
  }
  return -1;
}

/** 2025 preview: the note is a quoted line among the details ("UNCERTAIN" in its fixture, U12). */
function quoted(card: Element, row: Element): boolean {
  return Array.from(card.querySelectorAll('p, span')).some(
    (e) => !e.childElementCount && !row.contains(e) && /^[“"«„‚‘].{2,}[”"»“‘’]$/.test(text(e)),
  );
}

function describeCard(card: HTMLElement, doc: Document): InvitationCard | null {
  const accept = acceptOf(card);
  if (!accept) return null;
  const isClassic = card.matches(SEL.classicMarker) || !!card.querySelector(SEL.classicMarker);
  const layout = isClassic ? 'classic' : card.closest(SEL.invitationsPreview) ? 'preview' : 'sdui-2026';
  const row = actionRow(accept.el, card);

  const labels = Array.from(card.querySelectorAll(SEL.labelled)).map((e) => e.getAttribute('aria-label'));
  const ignoreConnect = labels.some((l) => matchTemplate('ignoreConnect', l));
  const ignoreOther = labels.some((l) => matchTemplate('ignoreOther', l));
  // Person unless the card says otherwise: "Ignore an invitation from X" (not "…to connect from X"),
  // "Invited you to follow/join/…", or a company/page/event/newsletter link as the invited entity.
  const other = !ignoreConnect && (ignoreOther || !!containsLabel('invitedTo', text(card)) || !!card.querySelector(SEL.entityLink));

  const classicNote = card.querySelector(SEL.classicNote);
  const hasNote = isClassic ? !!classicNote && text(classicNote).length > 0 : textAfter(row, card).length > 0 || quoted(card, row);

  const profile = card.querySelector<HTMLAnchorElement>(SEL.profileLink);
  let name =
    accept.name ??
    (text(card.querySelector(SEL.classicTitle)) ||
      text(card.querySelector(`${SEL.profileLink} strong`)) ||
      text(Array.from(card.querySelectorAll(SEL.profileLink)).find((a) => text(a))));
  // Classic non-person titles read "Casey Inviter invited you to follow Example Systems".
  const cut = invitedAt(name);
  if (cut > 0) name = name.slice(0, cut);

  const messageControl =
    card.querySelector<HTMLElement>(SEL.messageLink) ??
    card.querySelector<HTMLElement>(SEL.classicMessage) ??
    Array.from(card.querySelectorAll<HTMLElement>('button, a, [role="button"]')).find(isMessageControl) ??
    null;
  const base = doc.location?.href ?? '';
  let composeUrl = messageControl?.getAttribute('href')?.includes('/messaging/')
    ? absUrl(messageControl.getAttribute('href'), base)
    : null;
  if (!composeUrl) {
    // An invitation URN anywhere in the card's markup (attributes, links) builds the compose route.
    const m = /urn(?::|%3A)li(?::|%3A)(?:fsd_)?invitation(?::|%3A)(\d+)/i.exec(card.outerHTML);
    if (m) composeUrl = `https://www.linkedin.com/messaging/compose/?invitation=${encodeURIComponent(`urn:li:fsd_invitation:${m[1]}`)}`;
  }
  const href = profile?.getAttribute('href');
  const vanityName = slugOf(href);
  // No Message control and no invitation URN (2026 SDUI cards without a note, S16/S17): LinkedIn's
  // compose route also takes the profile's vanity name. It is the form public "Say hi on LinkedIn"
  // links and outreach scripts build from a card's /in/<vanity>/ link (issue 9). Never `&body=`:
  // the text goes through our hand-over, inserted as typing, so LinkedIn registers it.
  if (!composeUrl && vanityName) composeUrl = composeRouteFor(vanityName);
  return {
    card,
    layout,
    kind: other ? 'other' : 'person',
    person: person(name),
    profileUrl: href ? (absUrl(href, base)?.replace(/[?#].*$/, '') ?? null) : null,
    vanityName,
    hasNote,
    messageControl,
    composeUrl,
    mountAfter: row,
  };
}

/** LinkedIn's message composer addressed to a profile by its vanity name (see describeCard). */
export function composeRouteFor(vanityName: string): string {
  return `https://www.linkedin.com/messaging/compose/?recipient=${encodeURIComponent(vanityName)}`;
}

/**
 * Received invitation cards in the document, in document order. "People you may know" cards
 * (Connect, no Accept) are not invitations and never returned.
 */
export const findInvitationCards = safe('findInvitationCards', () => [], (doc: Document): InvitationCard[] => {
  // Received invitations live on /mynetwork/ pages (issue #5; every layout in linkedin-dom.md §2,
  // 2018-2026). Pages we know carry none: nothing to look at. Only on pages we do not know, look
  // further when an invitation container is there, so an idle scan costs one query.
  const kind = currentPageKind(doc.location);
  if (!mayCarryInvitations(kind)) return [];
  if (kind !== 'invitation-manager' && kind !== 'mynetwork') {
    // Elsewhere, an O(1) look first (the cached class collection of classic cards); the attribute
    // scan (~1 ms on a heavy feed) only on pages we do not know.
    if (hasClass(doc, 'invitation-card')) {
      // classic cards present: go on
    } else if (kind !== 'other' || !doc.querySelector(`${SEL.classicCard}, ${SEL.invitationAction}, ${SEL.invitationsPreview}, ${SEL.invitationScreen}`)) {
      return [];
    }
  }
  const cards = new Set<HTMLElement>();
  const add = (e: Element | null): void => {
    if (e) cards.add(e as HTMLElement);
  };
  for (const c of Array.from(doc.querySelectorAll(SEL.classicCard))) add(c);
  const accepts = Array.from(doc.querySelectorAll<HTMLElement>(SEL.labelled)).filter((e) =>
    matchTemplate('accept', e.getAttribute('aria-label')),
  );
  for (const a of accepts) {
    const c = cardFor(a, accepts);
    if (!c) log('invitation: Accept without a recognisable card', a);
    add(c);
  }
  for (const e of Array.from(doc.querySelectorAll(SEL.invitationAction))) add(e.closest(SEL.cardRoot));
  for (const e of Array.from(doc.querySelectorAll(`${SEL.invitationScreen} [role="listitem"], ${SEL.invitationsPreview} [role="listitem"]`))) add(e);
  const found: InvitationCard[] = [];
  for (const c of cards) {
    const d = describeCard(c, doc);
    if (d) found.push(d);
  }
  // Keep the innermost card when an outer candidate wraps one (a list item inside a list item).
  return found
    .filter((c) => !found.some((o) => o !== c && c.card.contains(o.card)))
    .sort((a, b) => (a.card.compareDocumentPosition(b.card) & 4 ? -1 : 1));
});

/** The card holding an Accept: the nearest card-like ancestor with a link, else the largest
 *  ancestor holding no other Accept (unknown wrappers), stopping at list containers. */
function cardFor(accept: HTMLElement, accepts: HTMLElement[]): Element | null {
  let top: Element | null = null;
  for (let e = accept.parentElement; e; e = e.parentElement) {
    if (e.localName === 'body' || e.matches(`${SEL.listContainer}, ${SEL.invitationsPreview}`)) break;
    if (accepts.some((o) => o !== accept && e.contains(o))) break;
    const linked = !!e.querySelector(`${SEL.profileLink}, ${SEL.entityLink}`);
    if (linked && e.matches(SEL.cardish)) return e;
    if (linked) top = e;
  }
  return top;
}
