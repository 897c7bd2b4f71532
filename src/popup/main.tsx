/**
 * The popup's entry: as small as a script can be, so it runs as soon as the page does. It starts
 * the one storage read the first paint needs, and only then loads the code that paints (start.tsx),
 * so the read runs in the browser process while that code loads (first render budget: 150 ms).
 * The read uses the browser's own promise API (storage/native.ts): the polyfill would have to load
 * first.
 */
import { nativeApi } from '../storage/native';

// The end-to-end test measures op-start → op-first-render (budget 150 ms).
performance.mark('op-start');

const api = nativeApi();
const snapshot = api ? api.storage.local.get(null) : import('../storage/areas').then((a) => a.localArea().get(null));
// Handled by start (quick.ts falls back to library.load()); this only keeps it from being reported as unhandled.
snapshot.catch(() => undefined);
void import('./start').then((m) => m.start(snapshot));
