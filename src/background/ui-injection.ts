/**
 * Injects the on-demand UI bundle into a LinkedIn tab when its always-on content script asks
 * (src/content/loader.ts). Messages are one zod-validated union (DESIGN §2, Messaging); anything
 * else, or any sender that is not our content script on www.linkedin.com, is ignored.
 */
import * as z from 'zod/mini';
import uiScript from '../content/ui?script&iife';
import { browser, type Runtime } from '../storage/browser';

const LINKEDIN = 'https://www.linkedin.com';

export const MessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('on-purpose/load-ui') })]);

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
  await injectUi(sender.tab!.id!, 0);
  return { ok: true };
}

/** Runs the UI bundle in a LinkedIn tab's frame. A second run is a no-op (ui.ts checks the bridge). */
export async function injectUi(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [uiScript] });
}
