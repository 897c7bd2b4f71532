/**
 * Is there anything on this page our UI may be needed for? Presence only: no visibility check and
 * no handle, so no style pass and no full-document selector scan in the common case (the always-on
 * loader asks this after every overlay mutation; the full adapters confirm later).
 */
import { hasClass, isShown, safe } from './dom';
import { mayHoldInviteDialog } from './invite';
import { matchTemplate } from './locales';
import { currentPageKind, mayCarryInvitations, overlayRoots } from './page';
import { mayHavePeopleSurface } from './people';
import { SEL } from './selectors';

export const mayHaveSurfaces = safe('mayHaveSurfaces', () => false, (doc: Document): boolean => {
  const kind = currentPageKind(doc.location);
  if (kind === 'invitation-manager' || kind === 'mynetwork') return true;
  if (mayHoldInviteDialog(doc)) return true;
  // Relationship pages (profile, Sent, Connections, notifications): by path, O(1).
  if (mayHavePeopleSurface(doc)) return true;
  // Composers: one class on its fast path and the few <form>s (linkedin-dom.md §3).
  if (hasClass(doc, 'msg-form') || Array.from(doc.forms).some((f) => f.id.startsWith('msg-form'))) return true;
  if (kind === 'other' && hasClass(doc, 'invitation-card')) return true;
  // Overlay shadow roots (#interop-outlet) are small: a plain query there.
  const sel = `${SEL.inviteDialog}, ${SEL.inviteMarker}, ${SEL.upsellDialog}, ${SEL.upsellHeading}, ${SEL.composerForm}`;
  return overlayRoots(doc).some((r) => r !== doc && r.querySelector(sel) !== null);
});

/**
 * May received invitation cards be on the page? The candidates findInvitationCards (./invitations.ts)
 * starts from, without describing them: the always-on loader asks this, so the card adapter stays in
 * the on-demand UI bundle (performance budget). A superset: a false yes only loads the UI, which
 * then finds no card. Same page gate as findInvitationCards.
 */
export const mayHaveInvitations = safe('mayHaveInvitations', () => false, (doc: Document): boolean => {
  const kind = currentPageKind(doc.location);
  if (!mayCarryInvitations(kind)) return false;
  const screen = `${SEL.classicCard}, ${SEL.invitationAction}, ${SEL.invitationsPreview}, ${SEL.invitationScreen}`;
  if (kind !== 'invitation-manager' && kind !== 'mynetwork' && !hasClass(doc, 'invitation-card')) {
    if (kind !== 'other' || !doc.querySelector(screen)) return false;
  }
  if (doc.querySelector(`${SEL.classicCard}, ${SEL.invitationAction}, ${SEL.invitationScreen} [role="listitem"], ${SEL.invitationsPreview} [role="listitem"]`)) return true;
  // Localized Accept controls (S16, S17): findInvitationCards' other way in.
  return Array.from(doc.querySelectorAll(SEL.labelled)).some((e) => matchTemplate('accept', e.getAttribute('aria-label')));
});

/** Is a dialog or message box found earlier (findInviteDialogs, findComposers) still on screen?
 *  O(its ancestors): no search of the page. */
export const stillShown = safe('stillShown', () => false, (surface: Element): boolean => isShown(surface, true));
