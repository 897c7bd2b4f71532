/**
 * Loads the on-demand UI (ui.ts) into this tab the first time a surface that needs it appears:
 * an invite dialog, received invitations, a message composer, or a page the People log reads
 * (a profile, the Sent and Connections lists, notifications; never the feed). The UI (preact, templates,
 * zod-validated storage) is 3-4 times the size of the guard, so most LinkedIn page views never
 * load it at all. The background injects it with scripting.executeScript: no file of ours is
 * web-accessible to linkedin.com.
 */
import { detectLocale, findComposers, findInviteDialogs, mayHaveInvitations, mayHavePeopleSurface, mayHaveSurfaces, stillShown } from '../linkedin';
import { nativeApi } from '../storage/native';
import type { Feature } from './runtime';

export const LOAD_UI = 'on-purpose/load-ui';

let requested = false;

/** Asks the background for the UI bundle, once per page (again only if the ask failed). */
export function requestUi(): void {
  if (requested) return;
  requested = true;
  const retry = (): void => {
    requested = false; // the worker was waking up: the next scan asks again
  };
  try {
    // The page's language, so the background can inject that message table with the UI.
    nativeApi()?.runtime.sendMessage({ type: LOAD_UI, lang: detectLocale(document) ?? undefined }).catch(retry);
  } catch {
    // Chrome throws at once once the extension context is gone (an update): the new copy asks.
    retry();
  }
}

/**
 * How long a surface must stay before its UI is worth loading and drawing. LinkedIn animates its
 * modal in over about as long, so the panel arrives as the dialog settles; dialogs that flash by
 * (SPA re-renders, a benchmark's churn) cost nothing. A blocked send never waits: see index.ts.
 */
export const SETTLE_MS = 250;
let settling: ReturnType<typeof setTimeout> | null = null;

/** Pages that are a surface as a whole (received invitations, the People pages): by path, O(1). */
const pageSurface = (doc: Document): boolean => mayHaveInvitations(doc) || mayHavePeopleSurface(doc);
/** The dialogs and message boxes shown now, as elements: "stayed" means the same element is still there. */
const shownSurfaces = (doc: Document): Set<Element> =>
  new Set<Element>([...findInviteDialogs(doc).map((d) => d.dialog), ...findComposers(doc).map((c) => c.editor)]);

/**
 * Load the UI once a surface has stayed SETTLE_MS: the same dialog or message box in two looks that
 * far apart (checked in a frame, where reading visibility costs no extra style pass). Looking only
 * at the second moment loaded it on a feed where invite dialogs come and go: the benchmark opens
 * one for a sixth of a second every 20 tasks, and a second look would often land on the next one.
 */
function settle(seen: Set<Element>): void {
  settling = setTimeout(() => {
    requestAnimationFrame(() => {
      settling = null;
      if (requested) return;
      if (pageSurface(document)) {
        // One look before handing over: this copy of the adapter is the one whose diagnostics are
        // recorded (index.ts), so an invite dialog it cannot place is logged here, as on any page.
        if (mayHaveSurfaces(document)) shownSurfaces(document);
        return requestUi();
      }
      // The same element, still attached and shown: O(seen), no search of the page.
      if ([...seen].some((e) => stillShown(e))) return requestUi();
      // A surface that appeared since the first look must stay as long; none: the next scan starts over.
      const now = mayHaveSurfaces(document) ? shownSurfaces(document) : new Set<Element>();
      if (now.size) settle(now);
    });
  }, SETTLE_MS);
}

export const uiLoader: Feature = {
  id: 'ui-loader',
  scan(doc) {
    if (requested || settling || !mayHaveSurfaces(doc)) return;
    settle(pageSurface(doc) ? new Set() : shownSurfaces(doc));
  },
};
