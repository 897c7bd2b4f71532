/**
 * The content script's lifecycle (DESIGN §2, Lifecycle), after WXT's ContentScriptContext:
 * - a script session, aborted when the extension context is invalidated (update, reload,
 *   uninstall) or when a newer copy of this script starts in the same page;
 * - a view session per SPA view, aborted on navigation, so features rebuild their UI per view.
 * Everything a feature adds takes one of these signals; aborting removes it. On abort the page is
 * left exactly as LinkedIn made it (fail open).
 *
 * Watching is cheap by construction: global listeners only for user actions (click, keys, focus),
 * and MutationObservers only on the narrow overlay hosts and lists the adapter names.
 */
import { isRelevantMutation, observationTargets, overlayRoots } from '../linkedin';
import { nativeApi } from '../storage/native';
import { observe } from './observe';

export interface Feature {
  id: string;
  /** Once per script session, at document_start: capture-phase listeners for user actions. */
  arm?(signal: AbortSignal): void;
  /** On every scan: find surfaces, mount or update UI. Idempotent, cheap, never throws. */
  scan?(doc: Document, view: AbortSignal): void;
}

const TAKEOVER = 'on-purpose:takeover';
/**
 * How long a copy whose extension context is gone keeps guarding while the new copy is on its way
 * (the worker injects it on update: src/background/reinject.ts). Long enough to bridge a worker
 * start under load; short, because after an uninstall or a disable nobody takes over.
 */
export const STALE_GRACE_MS = 5000;

function contextValid(): boolean {
  try {
    return Boolean(nativeApi()?.runtime.id);
  } catch {
    return false;
  }
}

export interface Runtime {
  signal: AbortSignal;
  /** Look again soon (coalesced): for features that wait for something to settle. */
  requestScan(): void;
  /** Features that arrive later (the on-demand UI): armed now, scanned from now on. */
  addFeatures(more: readonly Feature[]): void;
}

/** The marks of our injected UI (every host carries data-on-purpose-ui: src/ui/mount.ts callers). */
const OUR_UI = '[data-on-purpose-ui]';

export function run(initial: readonly Feature[]): Runtime {
  const features = [...initial];
  // A newer copy (after an update: src/background/reinject.ts) tells older ones to stand down,
  // then listens itself. The event crosses isolated worlds (one DOM), and Chrome gives a reloaded
  // extension a new world, so the old copy's globals are out of reach: the event is the only
  // channel. Listeners run synchronously, so the old copy's UI is gone when dispatch returns.
  window.dispatchEvent(new CustomEvent(TAKEOVER));
  // UI that no copy owns any more (Firefox nukes an unloaded extension's scripts without running
  // their abort handlers): remove it, so the new copy's UI is the only one.
  guard('sweep', () => {
    for (const root of overlayRoots(document)) for (const e of Array.from(root.querySelectorAll(OUR_UI))) e.remove();
  });
  const script = new AbortController();
  // The page shares the DOM and could dispatch the event too: only a copy whose extension context
  // is gone stands down (after an update it always is), so LinkedIn's page cannot disarm the guard.
  window.addEventListener(TAKEOVER, () => !contextValid() && script.abort(), { signal: script.signal });

  // Once the context is gone, the guard (pure DOM) keeps holding for a short while, so a tab is
  // never unguarded between the update and the new copy's takeover; then the page is LinkedIn's.
  let stale: ReturnType<typeof setTimeout> | null = null;
  const checkContext = (): boolean => {
    if (contextValid()) return true;
    stale ??= setTimeout(() => script.abort(), STALE_GRACE_MS);
    return false;
  };
  // Before any feature's listener: a user action is where a stale copy is noticed at the latest.
  window.addEventListener('click', checkContext, { capture: true, passive: true, signal: script.signal });
  script.signal.addEventListener('abort', () => stale && clearTimeout(stale), { once: true });

  for (const f of features) guard(f.id, () => f.arm?.(script.signal));

  let view = new AbortController();
  let viewUrl = location.pathname + location.search;
  let observed = new WeakSet<Node>();
  let scheduled = false;

  const scan = (): void => {
    scheduled = false;
    if (script.signal.aborted) return;
    if (!checkContext()) return; // no surface work without the extension: it cannot load UI or read storage
    const url = location.pathname + location.search;
    if (url !== viewUrl) {
      viewUrl = url;
      view.abort();
      view = new AbortController();
      observed = new WeakSet();
    }
    const signal = view.signal;
    for (const { node, options } of guard('targets', () => observationTargets(document)) ?? []) {
      if (observed.has(node)) continue;
      observed.add(node);
      observe(node, options, (records) => {
        for (const r of records) if (isRelevantMutation(r)) return requestScan();
      }, signal);
    }
    for (const f of features) guard(f.id, () => f.scan?.(document, signal));
  };

  // Scans read layout-dependent state (is this dialog shown?). Run them in the next animation
  // frame, where the browser computes style anyway, rather than forcing an extra style pass in the
  // middle of LinkedIn's own DOM work. A hidden tab gets no frames: the timer stands in.
  const requestScan = (): void => {
    if (scheduled) return;
    scheduled = true;
    const raf = requestAnimationFrame(run);
    const timer = setTimeout(run, 100);
    function run(): void {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
      scan();
    }
  };

  script.signal.addEventListener('abort', () => view.abort(), { once: true });

  // User actions may open surfaces we do not observe (an unknown mount point): look again after
  // LinkedIn has reacted. Scoped to actions, so an idle feed costs nothing.
  const afterAction = (): void => {
    requestScan();
    requestAnimationFrame(() => requestScan());
    setTimeout(requestScan, 350);
  };
  const opts = { capture: true, passive: true, signal: script.signal } as const;
  window.addEventListener('click', afterAction, opts);
  window.addEventListener('focusin', requestScan, opts);
  window.addEventListener('keyup', (e) => e.key === 'Escape' && requestScan(), opts);
  window.addEventListener('popstate', requestScan, opts);
  // The Navigation API sees the SPA's pushState (Chromium; Firefox falls back to the checks above).
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', requestScan, { signal: script.signal });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', requestScan, { once: true, signal: script.signal });
    // document.body may appear before DOMContentLoaded on a streamed page: the body observer
    // (no subtree) catches overlay hosts as they are added.
    document.addEventListener('readystatechange', requestScan, { signal: script.signal });
  }
  requestScan();
  return {
    signal: script.signal,
    requestScan,
    addFeatures(more) {
      for (const f of more) {
        features.push(f);
        guard(f.id, () => f.arm?.(script.signal));
      }
      requestScan();
    },
  };
}

/** Runs feature code so that a bug in one feature can never break LinkedIn or another feature. */
function guard<T>(id: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (__OP_DEV__) console.warn(`[on-purpose] ${id} failed`, error);
    return undefined;
  }
}
