/**
 * Is there anything on this page our UI may be needed for? Presence only: no visibility check and
 * no handle, so no style pass and no full-document selector scan in the common case (the always-on
 * loader asks this after every overlay mutation; the full adapters confirm later).
 */
import { safe } from './dom';
import { mayHoldInviteDialog } from './invite';
import { currentPageKind, overlayRoots } from './page';
import { mayHavePeopleSurface } from './people';
import { SEL } from './selectors';

export const mayHaveSurfaces = safe('mayHaveSurfaces', () => false, (doc: Document): boolean => {
  const kind = currentPageKind(doc.location);
  if (kind === 'invitation-manager' || kind === 'mynetwork') return true;
  if (mayHoldInviteDialog(doc)) return true;
  // Relationship pages (profile, Sent, Connections, notifications): by path, O(1).
  if (mayHavePeopleSurface(doc)) return true;
  // Composers: the cached class collection and the few <form>s (linkedin-dom.md §3).
  if (doc.getElementsByClassName('msg-form').length || Array.from(doc.forms).some((f) => f.id.startsWith('msg-form'))) return true;
  if (doc.getElementsByClassName('invitation-card').length) return true;
  // Overlay shadow roots (#interop-outlet) are small: a plain query there.
  const sel = `${SEL.inviteDialog}, ${SEL.inviteMarker}, ${SEL.upsellDialog}, ${SEL.upsellHeading}, ${SEL.composerForm}`;
  return overlayRoots(doc).some((r) => r !== doc && r.querySelector(sel) !== null);
});
