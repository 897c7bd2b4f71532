/**
 * LinkedIn's message composers (linkedin-dom.md §3): the overlay bubble (aside#msg-overlay), the
 * overlay inside #interop-outlet's shadow root (SDUI pages, U16) and the full /messaging/ page
 * (S16). All share form.msg-form with an Ember contenteditable that keeps its own model.
 */
import { hasClass, isEl, isEnabled, isShown, log, nextFrame, person, pick, safe, text, up, winOf } from './dom';
import { overlayRoots } from './page';
import { SEL } from './selectors';
import type { Composer, InsertResult, PersonName, SearchRoot } from './types';

function recipientOf(form: Element, root: SearchRoot): PersonName | null {
  const bubble = form.closest(SEL.overlayBubble);
  if (bubble) {
    const t = bubble.querySelector(SEL.overlayRecipient);
    return person(text(t?.querySelector('span') ?? t));
  }
  // Full page: the nearest thread header above the form (not the conversation list), or the compose
  // "To" pill when it names exactly one person.
  for (let e = form.parentElement; e; e = e.parentElement) {
    const h = pick(e, SEL.fullpageRecipient);
    if (h) return person(text(h.querySelector('h2, span') ?? h));
    const pills = e.querySelectorAll(SEL.composePill);
    if (pills.length) return pills.length === 1 ? person(text(pills[0])) : null;
  }
  log('composer: no recipient', root);
  return null;
}

/**
 * `/messaging/compose/?recipient=<vanity>`: the compose route by profile vanity name (issue 9; the
 * route our reply opens for a card without a Message control: invitations.ts composeRouteFor). The
 * page shows one full-page composer addressed to that person.
 */
export function composeRouteRecipient(loc: Pick<Location, 'pathname' | 'search'> | null | undefined): string | null {
  if (!loc || !/^\/messaging\/compose\/?$/.test(loc.pathname)) return null;
  return new URLSearchParams(loc.search).get('recipient')?.trim() || null;
}

function build(editor: HTMLElement): Composer | null {
  const form = editor.closest<HTMLElement>(SEL.composerForm) ?? editor.closest('form');
  if (!form) log('composer: editor outside a form', editor);
  if (!form || !isShown(editor)) return null;
  const root = editor.getRootNode() as SearchRoot;
  const surface =
    root.nodeType === 11 ? 'overlay-interop' : form.closest(`${SEL.msgOverlay}, ${SEL.overlayBubble}`) ? 'overlay' : 'fullpage';
  return {
    form,
    editor,
    sendButton:
      form.querySelector<HTMLElement>(SEL.composerSend) ?? form.querySelector<HTMLElement>('button[type="submit"]'),
    root,
    recipient: recipientOf(form, root),
    surface,
    routeRecipient: surface === 'fullpage' ? composeRouteRecipient(editor.ownerDocument.location) : null,
    mountPoint: pick<HTMLElement>(form, SEL.composerMount) ?? form,
  };
}

/** Every shown composer in the document and overlay shadow roots. */
export const findComposers = safe('findComposers', () => [], (doc: Document): Composer[] => {
  const out: Composer[] = [];
  for (const root of overlayRoots(doc)) {
    // A cheap first look in the document (one class on its fast path, the few <form>s): a full
    // selector scan of a heavy feed costs ~0.5 ms and scans follow overlay mutations. Every
    // composer in linkedin-dom.md §3 sits in a .msg-form or a form#msg-form-….
    if (root === doc && !hasClass(doc, 'msg-form') && !Array.from(doc.forms).some((f) => f.id.startsWith('msg-form'))) continue;
    for (const ed of Array.from(root.querySelectorAll<HTMLElement>(SEL.composerEditor))) {
      const c = build(ed);
      if (c && !out.some((o) => o.editor === ed)) out.push(c);
    }
  }
  return out;
});

/** The composer containing `node` (editor, form, or anything inside), across shadow boundaries. */
export const composerFor = safe('composerFor', () => null, (node: Node | EventTarget): Composer | null => {
  for (let e: Element | null = isEl(node) ? node : up(node as Node); e; e = up(e)) {
    if (e.matches(SEL.composerEditor)) return build(e as HTMLElement);
    if (e.matches(SEL.composerForm)) {
      const ed = e.querySelector<HTMLElement>(SEL.composerEditor);
      return ed ? build(ed) : null;
    }
  }
  return null;
});

/** The editor's text, one line per block (<p>); the empty model "<p><br></p>" reads as "". */
export const readComposerText = safe('readComposerText', () => '', (c: Composer): string => {
  const blocks = Array.from(c.editor.children).filter((e) => /^(p|div)$/.test(e.localName));
  const raw = blocks.length ? blocks.map((b) => b.textContent ?? '').join('\n') : (c.editor.textContent ?? '');
  return raw.replace(/\u200b/g, '').replace(/\u00a0/g, ' ').replace(/\s+$/, '');
});

/** Selection for nodes in this root: Chrome's ShadowRoot#getSelection, else the document's. */
function selectionFor(c: Composer): Selection | null {
  const r = c.root as SearchRoot & { getSelection?: () => Selection | null };
  return r.getSelection?.() ?? c.editor.ownerDocument.getSelection();
}

/** Focus the editor keeping the user's caret when it is in the editor (focus() may reset it),
 *  else put the caret at the end of the last block. */
function focusAtCaret(c: Composer): void {
  const sel = selectionFor(c);
  const cur = sel?.rangeCount ? sel.getRangeAt(0) : null;
  const saved = cur && c.editor.contains(cur.startContainer) ? cur.cloneRange() : null;
  c.editor.focus();
  if (!sel) return;
  const range = saved ?? c.editor.ownerDocument.createRange();
  if (!saved) {
    range.selectNodeContents(c.editor.lastElementChild ?? c.editor);
    range.collapse(false);
  }
  sel.removeAllRanges();
  sel.addRange(range);
}

function registered(c: Composer): boolean {
  const send = c.form.querySelector(SEL.composerSend) ?? c.sendButton;
  if (send?.isConnected) return isEnabled(send);
  const ph = c.form.querySelector(SEL.composerPlaceholder);
  return !ph || !isShown(ph);
}

/** Last resort where execCommand is missing or refused: a cancelable beforeinput, then our own DOM
 *  edit as <p> blocks (text nodes only), then `input`, the events LinkedIn's model listens to. */
function fallbackInsert(c: Composer, value: string): void {
  const win = winOf(c.editor);
  const Input = win?.InputEvent ?? InputEvent;
  const init = { bubbles: true, composed: true, inputType: 'insertText', data: value };
  if (!c.editor.dispatchEvent(new Input('beforeinput', { ...init, cancelable: true }))) return;
  const doc = c.editor.ownerDocument;
  const lines = value.split('\n');
  const empty = readComposerText(c) === '';
  const para = (line: string): HTMLElement => {
    const p = doc.createElement('p');
    if (line) p.textContent = line;
    else p.appendChild(doc.createElement('br'));
    return p;
  };
  const sel = selectionFor(c);
  const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
  if (empty) c.editor.replaceChildren(...lines.map(para));
  else if (range && c.editor.contains(range.startContainer)) {
    range.deleteContents();
    const first = doc.createTextNode(lines[0] ?? '');
    range.insertNode(first);
    let after: Element | null = first.parentElement?.closest('p') ?? null;
    for (const line of lines.slice(1)) {
      const p = para(line);
      if (after && after !== c.editor) after.after(p);
      else c.editor.appendChild(p);
      after = p;
    }
    range.setStartAfter(first);
    range.collapse(true);
  } else c.editor.append(...lines.map(para));
  c.editor.dispatchEvent(new Input('input', init));
}

/**
 * Insert `value` at the caret the way a user's typing would: focus, caret, then
 * execCommand('insertText') per line with insertParagraph between lines (LinkedIn's model is one
 * <p> per line; works in a shadow root on the focused editable). Verified after a frame: Send
 * enabled (or the placeholder gone when there is no Send). Never innerHTML.
 */
export async function insertIntoComposer(c: Composer, value: string): Promise<InsertResult> {
  try {
    if (!c.editor.isConnected) return { ok: false, reason: 'no-field' };
    focusAtCaret(c);
    const doc = c.editor.ownerDocument as Document & { execCommand?: Document['execCommand'] };
    const lines = value.split('\n');
    let i = 0;
    let rest = '';
    // A refused command hands the rest (from there on) to the fallback, so nothing doubles.
    if (typeof doc.execCommand === 'function') {
      for (; i < lines.length; i++) {
        if (i > 0 && !doc.execCommand('insertParagraph', false)) {
          rest = '\n';
          break;
        }
        if (lines[i] && !doc.execCommand('insertText', false, lines[i])) break;
      }
    }
    if (i < lines.length) fallbackInsert(c, rest + lines.slice(i).join('\n'));
    await nextFrame(c.editor);
    if (registered(c) && readComposerText(c).includes(value.split('\n')[0] ?? '')) return { ok: true };
    log('insertIntoComposer: not registered', c.form);
    return { ok: false, reason: 'not-registered' };
  } catch (e) {
    log('insertIntoComposer threw', e);
    return { ok: false, reason: 'not-registered' };
  }
}
