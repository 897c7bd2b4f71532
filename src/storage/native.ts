/**
 * The browser's own promise-based extension API, for the two places where every kilobyte counts:
 * the always-on content script and the popup's first paint (src/popup/main.tsx).
 *
 * Everything else goes through webextension-polyfill (./browser.ts). The content script that runs
 * on every LinkedIn page has a 20 KB gzip budget (issue #6) and uses three calls that both engines
 * already return promises for in MV3 (storage.local.get, storage.onChanged, runtime.sendMessage),
 * so it skips the polyfill's 3 KB. Firefox exposes `browser`, Chrome `chrome`.
 */
export interface NativeApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      /** Used only for small raw writes that must stay out of zod: the diagnostics log (./diagnostics.ts)
       *  and the People pending events of the always-on script (src/content/send-log.ts). */
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: {
      addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

export function nativeApi(): NativeApi | null {
  const g = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  return api?.runtime && api.storage ? api : null;
}
