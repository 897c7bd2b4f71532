/**
 * Injects the on-demand UI bundle into a LinkedIn tab when its always-on content script asks
 * (src/content/loader.ts). Messages are one zod-validated union (DESIGN §2, Messaging); anything
 * else, or any sender that is not our content script on www.linkedin.com, is ignored.
 */
import * as z from 'zod/mini';
import uiScript from '../content/ui?script&iife';
import { browser, type Runtime } from '../storage/browser';

export const MessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('on-purpose/load-ui') })]);

function fromLinkedIn(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || !sender.tab?.id || !sender.url) return false;
  try {
    return new URL(sender.url).origin === 'https://www.linkedin.com';
  } catch {
    return false;
  }
}

export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  const parsed = MessageSchema.safeParse(message);
  if (!parsed.success || !fromLinkedIn(sender)) return { ok: false };
  await injectUi(sender.tab!.id!, sender.frameId ?? 0);
  return { ok: true };
}

/** Runs the UI bundle in a LinkedIn tab's frame. A second run is a no-op (ui.ts checks the bridge). */
export async function injectUi(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [uiScript] });
}
