/**
 * Waits, after a user action, for LinkedIn to show something (a composer, the note step). It
 * watches the document only for the few seconds after that action, never while the user is idle.
 */
export function waitFor<T>(find: () => T | null, timeoutMs: number): Promise<T | null> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const check = () => {
      const found = find();
      if (found) finish(found);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    // Shadow roots (#interop-outlet) are invisible to a document observer: look on a slow beat too.
    const beat = setInterval(check, 100);
    const timer = setTimeout(() => finish(find()), timeoutMs);
    function finish(value: T | null) {
      observer.disconnect();
      clearInterval(beat);
      clearTimeout(timer);
      resolve(value);
    }
  });
}
