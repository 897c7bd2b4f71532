import { describe, expect, it } from 'vitest';
import { composeRouteRecipient, composerFor, findComposers, insertIntoComposer, readComposerText } from '../../../src/linkedin';
import { load, loadFixture, loadFixtures } from './_harness';
import { fullpageComposerPage, interopComposerPage } from './_variants';

const overlay = () => loadFixture(loadFixtures().find((f) => f.file === 'composer--overlay-ember--2026-09.html')!);

describe('findComposers / composerFor', () => {
  it('overlay bubble: form, editor, Send, recipient, mount point', () => {
    const { doc } = overlay();
    const [c, ...rest] = findComposers(doc);
    expect(rest).toEqual([]);
    expect(c!.surface).toBe('overlay');
    expect(c!.recipient?.firstName).toBe('Maya');
    expect(c!.sendButton?.classList.contains('msg-form__send-button')).toBe(true);
    expect(c!.mountPoint.classList.contains('msg-form__left-actions')).toBe(true);
    expect(composerFor(c!.editor.querySelector('p')!)?.editor).toBe(c!.editor);
    expect(composerFor(doc.querySelector('main')!)).toBeNull();
    expect(readComposerText(c!)).toBe('');
  });

  it('interop shadow root and full page', () => {
    const shadow = load(interopComposerPage(), 'https://www.linkedin.com/in/fixture-maya/').doc;
    expect(findComposers(shadow).map((c) => [c.surface, c.recipient?.fullName])).toEqual([['overlay-interop', 'Maya Lindqvist']]);
    const full = load(fullpageComposerPage(), 'https://www.linkedin.com/messaging/thread/2-x/').doc;
    expect(findComposers(full).map((c) => [c.surface, c.recipient?.fullName])).toEqual([['fullpage', 'Tomás Ferreira']]);
  });
});

describe('the compose route by vanity name (/messaging/compose/?recipient=<vanity>)', () => {
  it('the full-page composer there knows the vanity it addresses; other composers do not', () => {
    const f = loadFixtures().find((x) => x.file === 'composer--compose-recipient--2026-09.html')!;
    const [c] = findComposers(loadFixture(f).doc);
    expect([c!.surface, c!.recipient?.fullName, c!.routeRecipient]).toEqual(['fullpage', 'Tomás Ferreira', 'fixture-tomas-ferreira']);
    const inv = loadFixtures().find((x) => x.file === 'composer--compose-invitation--2026-08.html')!;
    expect(findComposers(loadFixture(inv).doc)[0]!.routeRecipient).toBeNull();
    expect(findComposers(overlay().doc)[0]!.routeRecipient).toBeNull();
  });

  it.each([
    ['/messaging/compose/', '?recipient=zo%C3%AB-m', 'zoë-m'],
    ['/messaging/compose', '?recipient=jane-doe&interop=msgOverlay', 'jane-doe'],
    ['/messaging/compose/', '?invitation=urn%3Ali%3Afsd_invitation%3A1', null],
    ['/messaging/thread/2-x/', '?recipient=jane-doe', null],
    ['/messaging/compose/', '?recipient=', null],
  ])('%s%s → %s', (pathname, search, expected) => {
    expect(composeRouteRecipient({ pathname, search })).toBe(expected);
  });
});

describe('insertIntoComposer (jsdom has no execCommand: the beforeinput/input fallback)', () => {
  it('the page registers the text: Send enabled, placeholder gone', async () => {
    const { doc } = overlay();
    const c = findComposers(doc)[0]!;
    expect(await insertIntoComposer(c, 'Thanks for the invite! How have we met?')).toEqual({ ok: true });
    expect(readComposerText(c)).toBe('Thanks for the invite! How have we met?');
    expect((c.sendButton as HTMLButtonElement).disabled).toBe(false);
    expect(c.form.querySelector('.msg-form__placeholder')).toBeNull();
    expect(c.editor.querySelectorAll('p')).toHaveLength(1);
  });

  it('multi-line text becomes one <p> per line, as LinkedIn’s model has it; in a shadow root too', async () => {
    const { doc } = load(interopComposerPage(), 'https://www.linkedin.com/in/fixture-maya/');
    const c = findComposers(doc)[0]!;
    expect(await insertIntoComposer(c, 'Hi Maya,\n\nHow have we met?')).toEqual({ ok: true });
    expect(Array.from(c.editor.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['Hi Maya,', '', 'How have we met?']);
    expect(readComposerText(c)).toBe('Hi Maya,\n\nHow have we met?');
  });

  it('keeps the user’s caret: inserts where the selection is', async () => {
    const { doc } = overlay();
    const c = findComposers(doc)[0]!;
    c.editor.replaceChildren(doc.createElement('p'));
    c.editor.firstElementChild!.textContent = 'Hello !';
    const range = doc.createRange();
    range.setStart(c.editor.firstElementChild!.firstChild!, 6);
    range.collapse(true);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    await insertIntoComposer(c, 'Maya');
    expect(readComposerText(c)).toBe('Hello Maya!');
  });

  it('a page that cancels beforeinput or never reacts: not-registered', async () => {
    const { doc } = load(fullpageComposerPage(false), 'https://www.linkedin.com/messaging/thread/2-x/');
    const c = findComposers(doc)[0]!;
    expect(await insertIntoComposer(c, 'Hello')).toEqual({ ok: false, reason: 'not-registered' });
  });

  it('prefers execCommand where the browser has it (the e2e path), never innerHTML', async () => {
    const { doc, win } = overlay();
    const c = findComposers(doc)[0]!;
    const calls: string[] = [];
    // A stand-in for the browser's editing command: edits the focused editor and fires input.
    (doc as Document & { execCommand: unknown }).execCommand = (cmd: string, _ui: boolean, value?: string) => {
      calls.push(cmd);
      const p = c.editor.lastElementChild!;
      if (cmd === 'insertParagraph') c.editor.appendChild(doc.createElement('p'));
      else {
        if (p.querySelector('br')) p.replaceChildren();
        p.append(value ?? '');
      }
      c.editor.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: cmd }));
      return true;
    };
    expect(await insertIntoComposer(c, 'One\nTwo')).toEqual({ ok: true });
    expect(calls).toEqual(['insertText', 'insertParagraph', 'insertText']);
    expect(readComposerText(c)).toBe('One\nTwo');
  });
});
