/**
 * The service worker. Kept thin on purpose (DESIGN §1): the library does the work.
 * Everything is registered synchronously at the top level so that install, startup and storage
 * events wake the worker (MV3 drops listeners added later).
 */
import { browser, type Runtime } from '../storage/browser';
import { allowSessionInContentScripts } from '../storage/handoff';
import { createLibrary } from '../storage/library';
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
browser.runtime.onStartup.addListener(prepareLibrary);

// The content script asks for its on-demand UI when a surface appears (src/content/loader.ts).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));

// People: the due count on the toolbar icon and the opt-in daily notification (reminders.ts).
startReminders();
