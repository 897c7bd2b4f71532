/**
 * Where to look and what to watch on the current page (DESIGN §2 "Where to look", "Observation";
 * linkedin-dom.md §4, §5.1).
 */
import { LOCALES, type Locale } from '../core/locale';
import { isEl, person, safe, text } from './dom';
import { labelLocales, type LabelKey } from './locales';
import { SEL } from './selectors';
import type { PersonName, SearchRoot } from './types';

export type PageKind = 'profile' | 'search' | 'mynetwork' | 'invitation-manager' | 'messaging' | 'feed' | 'other';

export function currentPageKind(loc: Pick<Location, 'pathname'> | null | undefined): PageKind {
  const p = loc?.pathname ?? '';
  // /preload/custom-invite/?vanityName= renders the profile's invite flow (S16 2026-09-10).
  if (/^\/(in\/[^/]+|preload\/custom-invite)/.test(p)) return 'profile';
  if (p.startsWith('/search/')) return 'search';
  if (p.startsWith('/mynetwork/invitation-manager')) return 'invitation-manager';
  if (p.startsWith('/mynetwork')) return 'mynetwork';
  if (p.startsWith('/messaging')) return 'messaging';
  if (p === '/' || p.startsWith('/feed')) return 'feed';
  return 'other';
}

/**
 * Whether a page of this kind can hold received invitations: /mynetwork/ pages, and pages we do
 * not know. Never the feed, a profile, search or messaging. The bench's profile showed why it
 * matters: a "cheap" class-collection look (`getElementsByClassName('invitation-card').length`)
 * walks the whole document again after every mutation, and on a churning feed the UI bundle's
 * scans spent 29 ms there (README, Performance).
 */
export function mayCarryInvitations(kind: PageKind): boolean {
  return kind === 'invitation-manager' || kind === 'mynetwork' || kind === 'other';
}

/** Body-level shadow hosts that are (or are named like) LinkedIn's overlay outlet, never our own. */
const isOutletHost = (e: Element): boolean =>
  !!e.shadowRoot &&
  !e.localName.startsWith('on-purpose-') &&
  (e.matches(SEL.overlayHost) || /interop|outlet/i.test(`${e.id} ${e.getAttribute('data-testid') ?? ''}`));

/** The document and the open shadow roots of known overlay hosts: #interop-outlet (U2, U16) and
 *  any body-level host named like an outlet. Cheap: an id lookup plus body's direct children. */
export const overlayRoots = safe('overlayRoots', (): SearchRoot[] => [], (doc: Document): SearchRoot[] => {
  const out: SearchRoot[] = [doc];
  const add = (e: Element | null): void => {
    if (e?.shadowRoot && !out.includes(e.shadowRoot)) out.push(e.shadowRoot);
  };
  add(doc.getElementById('interop-outlet')); // O(1); the testid alternative is checked on body's children
  for (const e of Array.from(doc.body?.children ?? [])) if (isOutletHost(e)) add(e);
  return out;
});

const DEEP: MutationObserverInit = { childList: true, subtree: true };

/**
 * The narrow places to watch on this page. Never a document-wide subtree observer: body is watched
 * without subtree (outlets and portals are body children); outlets, overlay shadow roots and the
 * messaging dock deeply (they hold only overlays); `main` deeply only on invitation and messaging
 * pages, where the lists and the composer live. Call again after each relevant batch: hosts and
 * outlets come and go, and attaching a shadow root fires no mutation.
 */
export const observationTargets = safe(
  'observationTargets',
  () => [],
  (doc: Document): Array<{ node: Node; options: MutationObserverInit }> => {
    const t: Array<{ node: Node; options: MutationObserverInit }> = [];
    const add = (node: Node | null | undefined, options: MutationObserverInit): void => {
      if (node && !t.some((x) => x.node === node)) t.push({ node, options });
    };
    add(doc.body, { childList: true });
    add(doc.querySelector(SEL.modalOutlet), DEEP);
    for (const r of overlayRoots(doc)) if (r !== doc) add(r, DEEP);
    // A host whose shadow root is not attached yet: its own children/attributes change when
    // LinkedIn fills it, which prompts a rescan that picks the root up.
    const host = doc.getElementById('interop-outlet');
    if (host && !host.shadowRoot) add(host, { childList: true, attributes: true });
    add(doc.querySelector(SEL.msgOverlay), DEEP);
    const kind = currentPageKind(doc.location);
    if (kind === 'invitation-manager' || kind === 'mynetwork' || kind === 'messaging') {
      add(doc.querySelector(SEL.main), DEEP);
    }
    return t;
  },
);

const SKIP = /^(on-purpose-|script$|style$|link$|meta$|noscript$|template$)/;

/** Cheap filter per MutationRecord: added elements only; our own UI never counts. Under body
 *  (shallow), only outlets, shadow hosts, dialogs and overlays count. */
export const isRelevantMutation = safe('isRelevantMutation', () => false, (r: MutationRecord): boolean => {
  if (r.type !== 'childList' || !r.addedNodes.length) return r.type === 'attributes';
  const atBody = isEl(r.target) && r.target.localName === 'body';
  for (const n of Array.from(r.addedNodes)) {
    if (!isEl(n) || SKIP.test(n.localName)) continue;
    if (!atBody) return true;
    if (
      n.shadowRoot ||
      /outlet|overlay|modal/i.test(n.id) ||
      n.localName === 'dialog' ||
      n.getAttribute('role') === 'dialog' ||
      n.hasAttribute('data-testid') ||
      n.querySelector(`${SEL.dialogish}, ${SEL.composerForm}`)
    ) {
      return true;
    }
  }
  return false;
});

/** The locale in `prefer` order among `cands`, else the first, else null. */
export function pickLocale(cands: readonly Locale[], prefer: Locale | null): Locale | null {
  return prefer && cands.includes(prefer) ? prefer : (cands[0] ?? null);
}

const KEYS: LabelKey[] = ['sendWithoutNote', 'addNote', 'connect', 'message', 'dismiss'];

/** `<html lang>`, else the first labelled control whose label is in exactly one locale's table. */
export const detectLocale = safe('detectLocale', () => null, (doc: Document): Locale | null => {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase() as Locale;
  if (LOCALES.includes(lang)) return lang;
  const els = Array.from(doc.querySelectorAll(SEL.labelled)).slice(0, 200);
  for (const e of els) {
    for (const k of KEYS) {
      const l = labelLocales(k, e.getAttribute('aria-label'));
      if (l.length === 1) return l[0]!;
    }
  }
  return null;
});

/** Profile pages only: the top card's h1, else `<title>` "Name | LinkedIn" (S16). */
export const recipientFromPage = safe('recipientFromPage', () => null, (doc: Document): PersonName | null => {
  if (currentPageKind(doc.location) !== 'profile') return null;
  const h1 = doc.querySelector('main h1') ?? doc.querySelector('h1');
  const fromH1 = person(text(h1));
  if (fromH1) return fromH1;
  const parts = doc.title.replace(/^\(\d+\+?\)\s*/, '').split(' | ');
  return parts.length === 2 && parts[1]?.trim() === 'LinkedIn' ? person(parts[0]) : null;
});

