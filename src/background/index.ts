/**
 * The service worker. Kept thin on purpose (DESIGN §1): the library does the work.
 * Everything is registered synchronously at the top level so that install, startup and storage
 * events wake the worker (MV3 drops listeners added later).
 */
import { browser, type Runtime, type Tabs } from '../storage/browser';
import { allowSessionInContentScripts } from '../storage/handoff';
import { createLibrary } from '../storage/library';
import { handleCommand } from './commands';
import { onInstalled } from './reinject';
import { handleMessage } from './ui-injection';
import { startReminders } from './reminders';

// Content scripts hand text between page loads through storage.session (handoff.ts). Chrome
// keeps the access level for the browser session only, so set it at every start of the worker.
void allowSessionInContentScripts();

// Listens to storage.sync (pulls other browsers' edits into storage.local, where the content
// script sees them) and mirrors edits made in a popup that closed before its own sync ran.
const library = createLibrary({ mirrorExternalEdits: true });

function prepareLibrary(): void {
  // Migrations, set-aside of unreadable data, default templates on first run, then a sync.
  library.load().catch((e: unknown) => console.error('On Purpose: could not prepare the template library', e));
}

browser.runtime.onInstalled.addListener(prepareLibrary);
// Open LinkedIn tabs get the new always-on script at once, not at their next reload.
browser.runtime.onInstalled.addListener(onInstalled);
browser.runtime.onStartup.addListener(prepareLibrary);

// The content script asks for its on-demand UI when a surface appears (src/content/loader.ts).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));

// Keyboard commands (manifest `commands`): the template picker in the focused LinkedIn field.
browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => void handleCommand(command, tab));
// No automation can press a browser-level shortcut (CDP key events reach the page, not the
// browser's command dispatcher), so the end-to-end suite calls this same handler from the worker.
// The worker's global scope is not reachable from any web page.
(globalThis as { onPurposeCommand?: typeof handleCommand }).onPurposeCommand = handleCommand;
// People: the due count on the toolbar icon and the opt-in daily notification (reminders.ts).
startReminders();
