/**
 * The "open-template-picker" keyboard command (manifest `commands`, Alt+Shift+O by default; the
 * user can rebind it in the browser's shortcut settings). The worker (src/background/commands.ts)
 * makes sure this UI bundle is in the tab, then sends OPEN_PICKER; this opens the picker in the
 * field that has focus: LinkedIn's message box, or the invite dialog's note. When focus is in
 * neither, the only composer or invite dialog on the page is taken; otherwise nothing happens.
 */
import { browser } from '../storage/browser';
import { getBridge } from './bridge';
import { openComposerPicker } from './features/composer-templates';
import { openInvitePicker } from './features/invite-templates';

export const OPEN_PICKER = 'on-purpose/open-picker';

/** The focused element, looking into open shadow roots (#interop-outlet holds dialogs and composers). */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== doc.body ? el : null;
}

export function openPickerAtFocus(doc: Document = document): boolean {
  const focused = deepActiveElement(doc);
  if (focused) return openComposerPicker(focused) || openInvitePicker(focused);
  // Nothing focused: an open invite dialog is modal, so it is what the user looks at.
  return openInvitePicker(null) || openComposerPicker(null);
}

function isOpenPicker(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === OPEN_PICKER;
}

/** How long the command waits for a surface's UI to be mounted (see openSoon). */
const MOUNT_WAIT_MS = 1500;

/**
 * The command may be what brought this bundle into the tab a moment ago: the features mount their
 * UI at their first scan (the next frame, once the library is read), so a picker that is not there
 * yet is looked for again for a short while. Only after the user's command, never otherwise.
 */
async function openSoon(): Promise<{ opened: boolean }> {
  if (openPickerAtFocus()) return { opened: true };
  getBridge()?.requestScan();
  for (const until = Date.now() + MOUNT_WAIT_MS; Date.now() < until; ) {
    await new Promise((r) => setTimeout(r, 50));
    if (openPickerAtFocus()) return { opened: true };
  }
  return { opened: false };
}

export function listenForPickerCommand(signal: AbortSignal): void {
  const listener = (message: unknown): Promise<{ opened: boolean }> | undefined => {
    if (!isOpenPicker(message)) return undefined;
    return openSoon();
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
