// The "open-template-picker" keyboard command (manifest `commands`, Alt+Shift+O) with the BUILT
// extension in Chromium. No automation can press a browser-level shortcut (key events from CDP go to
// the page, not to the browser's command dispatcher), so the tests call the worker's own onCommand
// handler from inside the worker (src/background/index.ts exposes it as `onPurposeCommand`), with
// the tab the browser would pass. The popup shows the shortcut the browser has registered.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { playgroundLog, startSession, type Session } from './harness';

let s: Session;
let worker: Worker;
let page: Page | null = null;
beforeAll(async () => {
  s = await startSession();
  worker = s.context.serviceWorkers()[0]!;
});
afterAll(() => s?.close());
afterEach(async () => {
  await page?.close();
  page = null;
});

/** Runs the worker's command handler for the (only) tab whose URL starts with `prefix`. */
function command(prefix = 'https://www.linkedin.com/', name = 'open-template-picker'): Promise<string> {
  return worker.evaluate(
    async ([prefix, name]) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } } }).chrome;
      const tabs = await api.tabs.query({});
      // Without the "tabs" permission a tab's URL is visible only on LinkedIn; others read as none.
      const tab = tabs.find((t) => (t.url ?? 'about:blank').startsWith(prefix!));
      return (globalThis as unknown as { onPurposeCommand(c: string, t?: object): Promise<string> }).onPurposeCommand(name!, tab);
    },
    [prefix, name],
  );
}

/** The element that has focus, looking into shadow roots: its role and its host's tag. */
const focused = (p: Page) =>
  p.evaluate(() => {
    let el: Element | null = document.activeElement;
    const hosts: string[] = [];
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.tagName.toLowerCase());
      el = el.shadowRoot.activeElement;
    }
    return { role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '', hosts: hosts.join('>') };
  });

describe('the command opens the picker in the focused LinkedIn field', () => {
  it('in a message box: the picker opens with focus in its filter; Enter, Enter inserts; focus is back in the message box', async () => {
    const p = (page = await s.open('composer--overlay-ember--2026-09.html'));
    const editor = p.locator('form.msg-form [contenteditable="true"][role="textbox"]');
    await expect.poll(() => p.locator('on-purpose-composer-templates').count()).toBe(1);
    await editor.click();
    expect(await command()).toBe('opened');
    await expect.poll(() => focused(p)).toEqual({ role: 'combobox', hosts: 'on-purpose-composer-templates' });
    await p.keyboard.press('Enter');
    await p.keyboard.press('Enter');
    const text = 'Hi Maya! Thanks for the invite! How have we met or connected before?';
    await expect.poll(() => editor.innerText()).toBe(text);
    // Focus returned to LinkedIn's own field, caret after the text, so the user can go on typing.
    await expect.poll(() => p.evaluate(() => document.activeElement?.matches('[contenteditable="true"][role="textbox"]'))).toBe(true);
    expect(await playgroundLog(p)).toEqual([]); // never sent for the user
  });

  it('in the invite note: focus goes to the panel’s template filter', async () => {
    const p = (page = await s.open('invite--note-premium-ember-light--2026-09.html'));
    await p.locator('on-purpose-invite-panel').waitFor({ state: 'attached' });
    await p.locator('textarea#custom-message').click();
    expect(await command()).toBe('opened');
    await expect.poll(() => focused(p)).toEqual({ role: 'combobox', hosts: 'on-purpose-invite-panel' });
  });

  it('works before the on-demand UI loaded itself: the worker injects it first', async () => {
    const p = (page = await s.open('composer--thread-light--2026-08.html'));
    // At once, inside the 250 ms the loader waits for a surface to settle.
    expect(await command()).toBe('opened');
    await expect.poll(() => focused(p).then((f) => f.hosts)).toBe('on-purpose-composer-templates');
  });

  it('does nothing on a LinkedIn page without a note or message box, and outside LinkedIn', async () => {
    const p = (page = await s.open('feed--plain--2026-09.html'));
    expect(await command()).toBe('no-field');
    expect(await p.locator('on-purpose-composer-templates, on-purpose-invite-panel').count()).toBe(0);
    const other = await s.context.newPage(); // about:blank: no LinkedIn URL the worker could see
    expect(await command('about:blank')).toBe('not-linkedin');
    await other.close();
    expect(await command('https://www.linkedin.com/', 'something-else')).toBe('unknown-command');
  });
});

describe('the popup shows the current shortcut', () => {
  it('Settings names Alt+Shift+O and where to change it', async () => {
    const p = (page = await s.context.newPage());
    await p.goto(`chrome-extension://${s.extensionId}/src/popup/index.html`);
    await p.waitForSelector('html[data-ready]');
    await p.getByRole('tab', { name: 'Settings' }).click();
    const info = p.locator('#shortcut');
    await expect.poll(() => info.getAttribute('data-shortcut')).toBe('Alt+Shift+O');
    expect(await info.locator('kbd').textContent()).toBe('Alt+Shift+O');
    expect(await info.textContent()).toContain('chrome://extensions/shortcuts');
  });
});
