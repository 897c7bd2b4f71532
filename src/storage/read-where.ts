/**
 * Reading one store's keys only. Free of the polyfill (areas.ts loads it) so zod-free and
 * node-tested modules (library-load, the popup's first paint) can use it.
 */
import type { StorageAreaLike } from './areas';

/**
 * The values of the keys `wanted` accepts, and only those. Each store reads its own keys: with
 * 5,000 People records (6-10 MB) in the same area, `get(null)` costs the template library about a
 * second, because the browser clones every value. Listing the keys first is cheap (no values).
 * Without `getKeys` (older browsers) it reads everything and filters: slower, the same result.
 */
export async function readWhere(area: StorageAreaLike, wanted: (key: string) => boolean): Promise<Record<string, unknown>> {
  let keys: string[] | null = null;
  if (area.getKeys) {
    try {
      keys = (await area.getKeys()).filter(wanted);
    } catch {
      keys = null; // A browser that declares it but fails: the full read still works.
    }
  }
  const all = keys ? (keys.length ? await area.get(keys) : {}) : await area.get(null);
  if (keys) return all;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(all)) if (wanted(k)) out[k] = all[k];
  return out;
}
