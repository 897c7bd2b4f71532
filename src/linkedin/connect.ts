/**
 * Connect controls outside dialogs (linkedin-dom.md §1.4) and the memory of the last one activated,
 * which names the invite dialog's recipient when the dialog itself does not (note step, U1/S16).
 */
import { isEl, nameOf, person, safe, slugOf, text } from './dom';
import { labelLocales, matchTemplate, norm, LABELS } from './locales';
import { LOCALES } from '../core/locale';
import { currentPageKind, recipientFromPage } from './page';
import { SEL } from './selectors';
import type { ConnectControl, PersonName } from './types';

const CONTROL_TAGS = /^(button|a)$/;
const CONTROL_ROLES = /^(button|menuitem)$/;

export const isControl = (e: Element): boolean =>
  CONTROL_TAGS.test(e.localName) || CONTROL_ROLES.test(e.getAttribute('role') ?? '') ||
  (e.localName === 'input' && /^(submit|button)$/.test((e as HTMLInputElement).type));

/** role=dialog|alertdialog, artdeco modal, or native <dialog>: cheap checks for path walking. */
export const isDialogish = (e: Element): boolean => {
  const role = e.getAttribute('role');
  return role === 'dialog' || role === 'alertdialog' || e.localName === 'dialog' || e.classList.contains('artdeco-modal');
};

const VANITY_RE = /\/preload\/(?:search-)?custom-invite\/?\?(?:[^#]*&)?vanityName=([^&#]+)/;

const isPending = (label: string): boolean => {
  const t = norm(label);
  return LOCALES.some((l) => LABELS[l].pending.some((p) => t.startsWith(norm(p))));
};

export const customInviteUrl = (slug: string): string =>
  `https://www.linkedin.com/preload/custom-invite/?vanityName=${encodeURIComponent(slug)}`;

/** The card around a control: the nearest list item / component whose /in/ links name one person. */
function cardPerson(ctl: Element): { name: string | null; slug: string | null } {
  const card = ctl.closest(SEL.personCard);
  if (!card) return { name: null, slug: null };
  const links = Array.from(card.querySelectorAll<HTMLAnchorElement>(SEL.profileLink));
  const slugs = new Set(links.map((a) => slugOf(a.getAttribute('href'))).filter(Boolean));
  if (slugs.size !== 1) return { name: null, slug: null };
  const named = links.find((a) => text(a) && !a.contains(ctl));
  return { name: named ? text(named.querySelector('strong') ?? named) : null, slug: [...slugs][0] ?? null };
}

function classify(path: readonly EventTarget[]): ConnectControl | null {
  let ctl: HTMLElement | null = null;
  for (const t of path) {
    if (!isEl(t)) continue;
    if (isDialogish(t)) return null; // inside a dialog: the invite dialog's own business
    if (!ctl && isControl(t)) ctl = t;
  }
  if (!ctl) return null;
  const href = ctl.getAttribute('href') ?? '';
  const aria = ctl.getAttribute('aria-label') ?? '';
  if (isPending(aria) || isPending(text(ctl))) return null;
  let slug: string | null = null;
  const vm = VANITY_RE.exec(href);
  if (vm?.[1]) {
    try {
      slug = decodeURIComponent(vm[1]);
    } catch {
      slug = vm[1];
    }
  }
  const inv = matchTemplate('invite', aria);
  const isConnect =
    !!slug ||
    !!inv ||
    labelLocales('connect', nameOf(ctl)).length > 0 ||
    ctl.matches(SEL.connectKey);
  if (!isConnect) return null;
  const card = cardPerson(ctl);
  const doc = ctl.ownerDocument;
  // Outside any person card on a profile, the Connect is the profile's own: its slug is the URL's.
  const own = !card.slug && currentPageKind(doc?.location) === 'profile';
  slug ??= card.slug ?? (own ? slugOf(doc.location.pathname) : null);
  // /mynetwork/ cards (People you may know) send on Connect with no dialog; SDUI Connect links to
  // the custom-invite flow always open the dialog (U1, U2, S15).
  const oneClick = !vm && !!doc && /^(mynetwork|invitation-manager)$/.test(currentPageKind(doc.location));
  // The profile's own More-menu Connect has no label and no card: the page names the person.
  const who = person(inv?.value ?? card.name) ?? (own ? recipientFromPage(doc) : null);
  return {
    control: ctl,
    behaviour: oneClick ? 'one-click' : 'opens-dialog',
    person: who,
    vanityName: slug,
    customInviteUrl: slug ? customInviteUrl(slug) : null,
  };
}

/** Connect controls outside dialogs, from an event's composedPath(). O(path) until a match. */
export const classifyConnectControl = safe('classifyConnectControl', () => null, classify);

/** Every Connect control on the page (a full scan: for diagnostics and tests, not per mutation). */
export const findConnectControls = safe('findConnectControls', () => [], (doc: Document): ConnectControl[] => {
  const out: ConnectControl[] = [];
  for (const el of Array.from(doc.querySelectorAll(SEL.control))) {
    const path: Element[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) path.push(e);
    const c = classify(path);
    if (c && c.control === el) out.push(c);
  }
  return out;
});

interface Opener {
  person: PersonName | null;
  vanityName: string | null;
  at: number;
  /** Where it was clicked: an opener from another view is stale. */
  page: string;
}
let flowAt = 0;
const OPENER_TTL = 10 * 60_000;
const FLOW_TTL = 60_000;

/** Call on every click (cheap): remembers the last Connect control activated, and when the user
 *  last acted in the invite flow (an upsell without invite markup is recognised only then). */
export const rememberOpener = safe('rememberOpener', () => undefined, (path: readonly EventTarget[]): void => {
  const c = classify(path);
  if (c) {
    shared().opener = { person: c.person, vanityName: c.vanityName, at: Date.now(), page: c.control.ownerDocument.location?.pathname ?? '' };
    flowAt = Date.now();
    return;
  }
  for (const t of path) {
    if (isEl(t) && (t.classList.contains('send-invite') || t.getAttribute('aria-labelledby') === 'send-invite-modal' || isKnownInviteDialog(t))) {
      flowAt = Date.now();
      return;
    }
  }
});

/** The remembered opener if recent and from this view (or the custom-invite flow it opened). */
export function lastOpener(doc: Document): Opener | null {
  const here = doc.location?.pathname ?? '';
  const opener = shared().opener ?? null;
  return opener && Date.now() - opener.at < OPENER_TTL && (here === opener.page || here.startsWith('/preload/'))
    ? opener
    : null;
}

export const inInviteFlow = (): boolean => Date.now() - Math.max(flowAt, shared().at) < FLOW_TTL;

/** A Connect control was activated on this view within the flow window: a dialog that appears now
 *  was most likely opened by it (the structural rule for unknown languages, RECOGNITION.md). */
export const openedByConnect = (doc: Document): boolean => {
  const o = lastOpener(doc);
  return !!o && Date.now() - o.at < FLOW_TTL;
};

/**
 * Dialogs already recognised as invite dialogs (by meaning or by their opener): they stay so while
 * they live, after the flow window, and clicks in them keep the flow open. The last one is kept so
 * the scan finds it again even without LinkedIn's markers (a dialog in a body-level portal).
 *
 * Shared through the isolated world's global (a registered symbol), not module state: the always-on
 * script sees the Connect click and recognises the dialog, and the on-demand UI bundle (its own copy
 * of this module) must find the same dialog, name the same recipient and key the same flow (a block
 * keyed by the opener's vanityName in one copy and by the name in the other was lost). Invisible to
 * the page. A copy from an older build may have left an object without `opener`: read defensively.
 */
interface Shared {
  known: WeakSet<Element>;
  last: Element | null;
  at: number;
  /** The last Connect activated: both copies must name the same recipient and key the same flow. */
  opener: Opener | null;
}
const KEY = Symbol.for('on-purpose.invite-dialogs');
function shared(): Shared {
  const g = globalThis as unknown as Record<symbol, Shared | undefined>;
  const s = g[KEY];
  if (s && s.known instanceof WeakSet) return s;
  return (g[KEY] = { known: new WeakSet(), last: null, at: 0, opener: null });
}
export function noteInviteDialog(d: Element): void {
  const s = shared();
  s.known.add(d);
  s.last = d;
  s.at = flowAt = Date.now();
}
export const isKnownInviteDialog = (d: Element): boolean => shared().known.has(d);
export const lastInviteDialog = (): Element | null => {
  const l = shared().last;
  return l?.isConnected ? l : null;
};

/** Test hook: forget the remembered opener. */
export function resetOpener(): void {
  flowAt = 0;
  const s = shared();
  s.opener = null;
  s.last = null;
  s.at = 0;
}
