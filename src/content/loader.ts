/**
 * Loads the on-demand UI (ui.ts) into this tab the first time a surface that needs it appears:
 * an invite dialog, received invitations, a message composer, or a page the People log reads
 * (a profile, the Sent and Connections lists, notifications; never the feed). The UI (preact, templates,
 * zod-validated storage) is 3-4 times the size of the guard, so most LinkedIn page views never
 * load it at all. The background injects it with scripting.executeScript: no file of ours is
 * web-accessible to linkedin.com.
 */
import { detectLocale, findComposers, findInviteDialogs, mayHaveInvitations, mayHavePeopleSurface, mayHaveSurfaces } from '../linkedin';
import { nativeApi } from '../storage/native';
import type { Feature } from './runtime';

export const LOAD_UI = 'on-purpose/load-ui';

let requested = false;

export function needsUi(doc: Document): boolean {
  return (
    findInviteDialogs(doc).length > 0 ||
    findComposers(doc).length > 0 ||
    // Received invitations: a presence check; the card adapter is the UI bundle's.
    mayHaveInvitations(doc) ||
    // Profile, Sent, Connections, notifications: the People log reads them (by path, O(1)).
    mayHavePeopleSurface(doc)
  );
}

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

export const uiLoader: Feature = {
  id: 'ui-loader',
  scan(doc) {
    if (requested || settling || !mayHaveSurfaces(doc)) return;
    settling = setTimeout(() => {
      // Confirm in a frame, where reading visibility costs no extra style pass.
      requestAnimationFrame(() => {
        settling = null;
        if (needsUi(document)) requestUi();
      });
    }, SETTLE_MS);
  },
};
