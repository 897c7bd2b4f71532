/**
 * After an install or an update, LinkedIn tabs that were already open have no live content script:
 * Chrome and Firefox inject manifest content scripts only into pages loaded from then on, and the
 * copy of the previous version stood down when its extension context was invalidated (see
 * src/content/runtime.ts). People keep LinkedIn open for days while the browser updates extensions
 * in the background, so the worker injects the always-on script into every open LinkedIn tab.
 *
 * No `tabs` permission: tabs.query filters by URL for tabs the host permission covers (Chrome and
 * Firefox both grant URL access to tabs whose origin is in host_permissions).
 */
import { browser, type Runtime, type Tabs } from '../storage/browser';

/** The page the always-on script runs on: the manifest's match pattern. */
export const LINKEDIN_TABS = 'https://www.linkedin.com/*';

/** The built file names of the always-on script, read at run time (the bundler names them). */
export function contentScriptFiles(manifest: { content_scripts?: Array<{ js?: string[] }> }): string[] {
  return manifest.content_scripts?.[0]?.js ?? [];
}

/**
 * Open tabs on LinkedIn. Chrome filters by URL for host-permitted tabs; Firefox exposes the URL of
 * host-permitted tabs since 86 (bug 1679688), but an older engine may refuse the `url` filter
 * without `tabs`: then read every tab and keep those whose URL we are allowed to see.
 */
async function linkedInTabs(): Promise<Tabs.Tab[]> {
  try {
    return await browser.tabs.query({ url: LINKEDIN_TABS });
  } catch {
    const all = await browser.tabs.query({});
    return all.filter((t) => t.url?.startsWith('https://www.linkedin.com/'));
  }
}

/** Injects the always-on script into every open LinkedIn tab; resolves to how many took it. */
export async function reinjectIntoOpenTabs(): Promise<number> {
  const files = contentScriptFiles(browser.runtime.getManifest());
  if (!files.length) return 0;
  const tabs = await linkedInTabs();
  const results = await Promise.all(
    tabs.map((tab) =>
      // A discarded tab has no document to run in: it loads the manifest's script when restored.
      tab.id === undefined || tab.discarded
        ? false
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files }).then(
            () => true,
            // A tab that navigated away, an error page, or a tab closed meanwhile: nothing to guard.
            () => false,
          ),
    ),
  );
  return results.filter(Boolean).length;
}

/** Install and update only: a browser update restarts the browser, and its tabs reload anyway. */
export function onInstalled(details: Runtime.OnInstalledDetailsType): void {
  if (details.reason !== 'install' && details.reason !== 'update') return;
  reinjectIntoOpenTabs().catch((e: unknown) => console.error('On Purpose: could not guard the open LinkedIn tabs', e));
}
