/**
 * The one way our content script watches the page (DESIGN §2, Observation): one MutationObserver
 * per watched node, shared by every feature, torn down with the signal. The callback receives only
 * batches that the adapter's cheap filter says may matter; features never see raw mutations.
 */
export function observe(
  node: Node,
  options: MutationObserverInit,
  onBatch: (records: MutationRecord[]) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const observer = new MutationObserver(onBatch);
  observer.observe(node, options);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** addEventListener that is removed when the signal aborts (a thin wrapper, for readability). */
export function listen<K extends keyof WindowEventMap>(
  target: Window | Document | ShadowRoot | HTMLElement,
  type: K,
  handler: (event: WindowEventMap[K]) => void,
  signal: AbortSignal,
  capture = true,
): void {
  target.addEventListener(type, handler as EventListener, { capture, signal, passive: false });
}
