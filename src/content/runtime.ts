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
import { isRelevantMutation, observationTargets } from '../linkedin';
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

export function run(initial: readonly Feature[]): Runtime {
  const features = [...initial];
  // A newer copy (after an update) tells older ones to stand down, then listens itself.
  window.dispatchEvent(new CustomEvent(TAKEOVER));
  const script = new AbortController();
  window.addEventListener(TAKEOVER, () => script.abort(), { once: true, signal: script.signal });

  for (const f of features) guard(f.id, () => f.arm?.(script.signal));

  let view = new AbortController();
  let viewUrl = location.pathname + location.search;
  let observed = new WeakSet<Node>();
  let scheduled = false;

  const scan = (): void => {
    scheduled = false;
    if (script.signal.aborted) return;
    if (!contextValid()) return script.abort();
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
