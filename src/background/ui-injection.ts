/**
 * Injects the on-demand UI bundle into a LinkedIn tab when its always-on content script asks
 * (src/content/loader.ts). Messages are one zod-validated union (DESIGN §2, Messaging); anything
 * else, or any sender that is not our content script on www.linkedin.com, is ignored.
 */
import * as z from 'zod/mini';
import uiScript from '../content/ui?script&iife';
import deTable from '../content/tables/de?script&iife';
import esTable from '../content/tables/es?script&iife';
import frTable from '../content/tables/fr?script&iife';
import itTable from '../content/tables/it?script&iife';
import nlTable from '../content/tables/nl?script&iife';
import plTable from '../content/tables/pl?script&iife';
import ptTable from '../content/tables/pt?script&iife';
import { browser, type Runtime } from '../storage/browser';

const LINKEDIN = 'https://www.linkedin.com';

/** The injected UI's message table per page language (see src/ui/i18n-tables.ts); English is in ui.js. */
const TABLE_SCRIPTS: Readonly<Record<string, string>> = {
  de: deTable,
  es: esTable,
  fr: frTable,
  it: itTable,
  nl: nlTable,
  pl: plTable,
  pt: ptTable,
};

export const MessageSchema = z.discriminatedUnion('type', [
  // `lang`: the page's language as the always-on script read it; anything else is ignored.
  z.object({ type: z.literal('on-purpose/load-ui'), lang: z.optional(z.string().check(z.maxLength(16))) }),
]);

/**
 * Our own content script, in the top frame of a tab on https://www.linkedin.com, and nothing else:
 * not another extension (sender.id), not an extension page (no tab), not a frame LinkedIn embeds
 * (our script runs with all_frames: false, so a message from frameId ≠ 0 is not ours), not
 * another origin. Chrome also reports sender.origin; when present it must agree.
 */
export function fromLinkedIn(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || typeof sender.tab?.id !== 'number' || sender.tab.id < 0 || !sender.url) return false;
  if (sender.frameId !== 0) return false;
  try {
    if (new URL(sender.url).origin !== LINKEDIN) return false;
  } catch {
    return false;
  }
  const origin = (sender as { origin?: unknown }).origin;
  return origin === undefined || origin === LINKEDIN;
}

export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  // Messages arrive serialized, so a real one is a plain object with its own `type`; anything that
  // inherits its fields is not from our content script.
  if (message === null || typeof message !== 'object' || !Object.hasOwn(message, 'type')) return { ok: false };
  const parsed = MessageSchema.safeParse(message);
  if (!parsed.success || !fromLinkedIn(sender)) return { ok: false };
  // Always the top frame: LinkedIn's surfaces live there, and a message from a sub-frame was refused above.
  await injectUi(sender.tab!.id!, 0, parsed.data.lang);
  return { ok: true };
}

/**
 * Runs the UI bundle in a LinkedIn tab's frame, after the page language's message table when we
 * have one (files run in order, in the same isolated world). A second run is a no-op (ui.ts checks
 * the bridge).
 */
export async function injectUi(tabId: number, frameId = 0, lang?: string): Promise<void> {
  const table = lang && Object.hasOwn(TABLE_SCRIPTS, lang) ? TABLE_SCRIPTS[lang] : undefined;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: table ? [table, uiScript] : [uiScript] });
}
