/**
 * Keyboard commands (manifest `commands`). "open-template-picker" (Alt+Shift+O unless the user
 * rebinds it in chrome://extensions/shortcuts or about:addons → Manage Extension Shortcuts) opens
 * the template picker in the LinkedIn note or message box that has focus.
 *
 * The worker only routes: it makes sure the on-demand UI is in the tab (the shortcut may come
 * before the UI loaded itself, e.g. in a composer that just opened), then asks it to open the
 * picker (src/content/picker-command.ts). Nothing happens outside www.linkedin.com, where we hold
 * no permission anyway.
 */
import { browser, type Tabs } from '../storage/browser';
import { injectUi } from './ui-injection';

export const OPEN_PICKER_COMMAND = 'open-template-picker';
/** Must match OPEN_PICKER in src/content/picker-command.ts (the worker does not import content code). */
const OPEN_PICKER_MESSAGE = { type: 'on-purpose/open-picker' } as const;

export type CommandOutcome = 'opened' | 'no-field' | 'not-linkedin' | 'unknown-command';

const onLinkedIn = (url: string | undefined): boolean => {
  try {
    return !!url && new URL(url).origin === 'https://www.linkedin.com';
  } catch {
    return false;
  }
};

export async function handleCommand(command: string, tab?: Tabs.Tab): Promise<CommandOutcome> {
  if (command !== OPEN_PICKER_COMMAND) return 'unknown-command';
  // Older Chrome passes no tab: the command was pressed in the active tab of the focused window.
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  // A tab's url is visible to us only where we hold host permission: LinkedIn.
  if (target?.id === undefined || !onLinkedIn(target.url)) return 'not-linkedin';
  try {
    // The page's language, for the UI's message table (the always-on script sends it with its own
    // request; here the UI may not have been asked for yet). Only the primary subtag is used.
    const [read] = await browser.scripting.executeScript({ target: { tabId: target.id, frameIds: [0] }, func: () => document.documentElement.lang });
    const lang = typeof read?.result === 'string' ? read.result.toLowerCase().split(/[-_]/)[0] : undefined;
    await injectUi(target.id, 0, lang);
    const reply = (await browser.tabs.sendMessage(target.id, OPEN_PICKER_MESSAGE, { frameId: 0 })) as { opened?: boolean } | undefined;
    return reply?.opened ? 'opened' : 'no-field';
  } catch {
    // The tab is loading or was closed: nothing to open, and nothing to report to the user.
    return 'no-field';
  }
}
