/**
 * The connection-invite dialog in every known variant (linkedin-dom.md §1, §5.2): step 1
 * (Add a note / Send without a note), the note step, email-required, quota-spent upsell and
 * step 1 without Add a note; light DOM (#artdeco-modal-outlet), #interop-outlet's shadow root or a
 * body-level portal. What is recognised by structure alone, what needs a label table and what
 * fails open is written down in ./RECOGNITION.md: keep the two in step.
 */
import { LOCALES, type Locale } from '../core/locale';
import { inInviteFlow, isControl, isDialogish, isKnownInviteDialog, lastInviteDialog, lastOpener, noteInviteDialog, openedByConnect } from './connect';
import { hasClass, isEl, isEnabled, isShown, log, nameOf, nextFrame, person, safe, slugOf, text, up, winOf } from './dom';
import { LABELS, labelLocales, matchTemplate, norm } from './locales';
import { detectLocale, overlayRoots, pickLocale, recipientFromPage } from './page';
import { SEARCH_KEYS, SEL } from './selectors';
import type { InsertResult, InviteDialog, InviteStep, SearchRoot, SendControl } from './types';
import { reportUnplaced } from './diagnostics';

type Kind = 'addNote' | 'sendWithoutNote' | 'send' | 'cancelNote' | 'dismiss';
const KINDS: Kind[] = ['addNote', 'sendWithoutNote', 'send', 'cancelNote', 'dismiss'];

/** Controls a person activates inside a dialog. */
const CONTROLS = 'button, [role="button"], a[href], input[type="submit"], input[type="button"]';

/** The pre-2016 full-page form is treated as an invite "dialog" at its note step (U7). */
const isLegacyForm = (e: Element): boolean => e.localName === 'form' && !!e.querySelector(SEL.legacyNoteField);

/** Is this element (a role=dialog / .artdeco-modal / native dialog) an invite-flow dialog? */
const isDialogNode = (e: Element): boolean => isDialogish(e) || e.classList.contains('send-invite') || isLegacyForm(e);

/** The note counter as LinkedIn renders it: "0/300" (Premium) or "0/200" (free), S16, S17. A
 *  message composer's counter reads "/8000" (decoy--send-profile-message): not a note. */
const NOTE_COUNTER = /^(\d{1,5})\s*\/\s*(200|300)$/;
const hasNoteCounter = (d: Element): boolean =>
  Array.from(d.querySelectorAll('span, p, div, label')).some((e) => !e.childElementCount && NOTE_COUNTER.test(text(e)));
/** A note field, not the page's hidden recaptcha textarea (S16). */
const noteArea = (d: Element): HTMLTextAreaElement | null =>
  d.querySelector<HTMLTextAreaElement>(SEL.noteField) ?? d.querySelector<HTMLTextAreaElement>('textarea:not([name^="g-recaptcha"])');

/** The legacy "Send now" (the last sendWithoutNote entry of every locale): too generic on its own. */
const SEND_NOW = new Set(LOCALES.map((l) => norm(LABELS[l].sendWithoutNote[LABELS[l].sendWithoutNote.length - 1] ?? '')));
const headingText = (t: string): string => t.replace(/^[¿¡\s]+|[\s?？!]+$/g, '');

/**
 * Is this dialog, stripped of LinkedIn's ids and classes, an invite dialog by what a person reads
 * and sees? (RECOGNITION.md "By meaning".) One pass over its controls and headings; only ever run on
 * a dialog already on a click's path or found by a scan.
 */
function byMeaning(d: Element): boolean {
  // Text a person reads: "Add a note" / "Send without a note" (not the legacy "Send now" alone).
  for (const b of Array.from(d.querySelectorAll(CONTROLS))) {
    for (const t of [b.getAttribute('aria-label'), text(b)]) {
      if (!t) continue;
      if (labelLocales('addNote', t).length) return true;
      if (labelLocales('sendWithoutNote', t).length && !SEND_NOW.has(norm(t))) return true;
    }
  }
  // Its heading: "Add a note to your invitation?", "Invite X to connect" (per-locale tables).
  const labelled = d.getAttribute('aria-labelledby');
  const heads = [
    ...(labelled ? [d.ownerDocument.getElementById(labelled) ?? (d.getRootNode() as ShadowRoot).getElementById?.(labelled)] : []),
    ...Array.from(d.querySelectorAll('h1, h2, h3, [role="heading"]')).slice(0, 3),
  ];
  for (const h of heads) {
    const t = headingText(text(h));
    if (t && (labelLocales('inviteHeading', t).length || matchTemplate('invite', t))) return true;
  }
  // Its shape: a note field with the note counter (N/200 or N/300). The counter is the note's.
  const area = noteArea(d);
  if (area && hasNoteCounter(d)) return true;
  // Opened by a Connect control a moment ago, and shaped like a step of the invite: buttons only
  // (step 1) or a note field with its counter. Never a composer (contenteditable) or a form that
  // asks for a recipient (text inputs): those are other dialogs a Connect click may precede.
  if (openedByConnect(d.ownerDocument) && !d.querySelector('[contenteditable="true"], input[type="text"], input[type="search"], input:not([type])')) {
    return !area;
  }
  return false;
}

function inviteKind(d: Element): 'invite' | 'upsell' | null {
  if (!isDialogNode(d)) return null;
  if (d.matches(SEL.inviteDialog) || d.querySelector(SEL.inviteMarker) || isLegacyForm(d) || isKnownInviteDialog(d)) return 'invite';
  if (d.matches(SEL.upsellDialog) || d.querySelector(SEL.upsellHeading)) return 'upsell';
  // An upsell with no known markup: a Premium link, opened right after an invite-flow action.
  if (inInviteFlow() && d.querySelector(SEL.premiumLink) && !d.querySelector('textarea')) return 'upsell';
  return byMeaning(d) ? 'invite' : null;
}

interface Scan {
  buttons: Partial<Record<Kind, HTMLElement>>;
  locales: Locale[];
  counter: { value: number; limit: number } | null;
  limitLabel: number | null;
}

/** One pass over the dialog's controls and leaf texts. */
function scan(d: HTMLElement): Scan {
  const buttons: Scan['buttons'] = {};
  const sets: Locale[][] = [];
  for (const b of Array.from(d.querySelectorAll<HTMLElement>('button, [role="button"], a[href]'))) {
    const texts = [nameOf(b), text(b)];
    for (const k of KINDS) {
      if (buttons[k]) continue;
      const l = labelLocales(k, texts[0]).length ? labelLocales(k, texts[0]) : labelLocales(k, texts[1]);
      if (l.length) {
        buttons[k] = b;
        sets.push(l);
      }
    }
  }
  // The locale every matched label shares ("Enviar" is es and pt; "Add a note" decides).
  const locales = sets.reduce<Locale[]>((acc, l) => {
    const both = acc.filter((x) => l.includes(x));
    return both.length ? both : acc;
  }, sets[0] ?? []);
  let counter: Scan['counter'] = null;
  let limitLabel: number | null = null;
  // Leaves only: the counter "0/300" (the visible readout wins over the hidden label, which can
  // disagree on free accounts, S17) and the visually-hidden "Please limit … to N characters".
  for (const e of Array.from(d.querySelectorAll('span, p, div, label'))) {
    if (e.childElementCount) continue;
    const t = text(e);
    const m = /^(\d{1,5})\s*\/\s*(\d{2,5})$/.exec(t);
    if (m && !counter) counter = { value: Number(m[1]), limit: Number(m[2]) };
    else if (limitLabel == null) {
      const lm = matchTemplate('limit', t);
      if (lm) limitLabel = Number(lm.value);
    }
  }
  return { buttons, locales, counter, limitLabel };
}

/**
 * The dialog's actions as a person sees them: controls with visible text (two letters or more, so
 * an icon-only "×" is not one), minus the close button and links that lead elsewhere (help, Premium, profiles). In DOM order, which is
 * LinkedIn's reading order: the primary (send) action comes last in every variant we have (U1, U2,
 * S2 a79e15b "text-align-right" bar; RTL mirrors the rendering, not the DOM).
 */
function actionsOf(d: Element, dismiss: Element | null): HTMLElement[] {
  return Array.from(d.querySelectorAll<HTMLElement>(CONTROLS)).filter((c) => {
    // Links that lead elsewhere ("Learn why" in a new tab, U9; Premium; profiles) are not the dialog's actions.
    if (c === dismiss || c.matches(SEL.dismissButton) || c.matches(SEL.premiumLink) || c.matches(SEL.profileLink) || c.matches('a[target="_blank"], a[href*="/help/"]')) return false;
    if (c.parentElement?.closest(CONTROLS) && d.contains(c.parentElement.closest(CONTROLS))) return false; // nested
    const hidden = c.closest('[hidden]');
    if (hidden && d.contains(hidden)) return false;
    // Visible text only: an icon button named by its aria-label alone (the close "×") is no action.
    const n = c.localName === 'input' ? (c as HTMLInputElement).value : text(c);
    return /\p{L}{2}/u.test(n) && !labelLocales('dismiss', n).length && !labelLocales('dismiss', c.getAttribute('aria-label')).length;
  });
}

/** Is the UI language outside our tables? `<html lang>` says so when set (LinkedIn always sets it);
 *  else no label on the page or in the dialog is in a table. */
function outsideTables(doc: Document, dialogLocales: Locale[]): boolean {
  if (dialogLocales.length) return false;
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  return lang ? !(LOCALES as readonly string[]).includes(lang) : !detectLocale(doc);
}

function describe(d: HTMLElement, kind: 'invite' | 'upsell', root: SearchRoot): InviteDialog {
  const s = scan(d);
  const noteField = noteArea(d);
  const emailField = d.querySelector<HTMLInputElement>(SEL.emailField);
  const dismissButton = d.querySelector<HTMLElement>(SEL.dismissButton) ?? s.buttons.dismiss ?? null;
  const invite = kind === 'invite';
  const doc = d.ownerDocument;
  const swn = s.buttons.sendWithoutNote ?? null;
  // Structure (S2 a79e15b, U2): in the artdeco action bar of a send-invite dialog the primary button
  // sends and the secondary one is "Add a note" (step 1) or Cancel (note step). Without artdeco
  // classes, the last action stands in for the primary only where RECOGNITION.md says so.
  const bar = invite ? d.querySelector<HTMLElement>(SEL.actionbar) : null;
  const acts = invite ? actionsOf(d, dismissButton) : [];
  const outside = invite && outsideTables(doc, s.locales);
  const known = new Set(Object.values(s.buttons));
  const barPrimary = bar?.querySelector<HTMLElement>(SEL.primaryButton) ?? null;
  let primary = barPrimary ?? (!bar && (noteField || outside) ? (acts[acts.length - 1] ?? null) : null);
  if (primary && (known.has(primary) ? primary !== s.buttons.send && primary !== swn : labelLocales('connect', nameOf(primary)).length)) {
    primary = null;
  }
  const secondary =
    bar?.querySelector<HTMLElement>(SEL.secondaryButton) ?? (!barPrimary && primary && acts.length === 2 ? (acts[0] ?? null) : null);

  let addNoteButton = s.buttons.addNote ?? null;
  // "Send without a note" is a blank send at ANY step, beside a note field too (the 3rd-degree A/B
  // note step whose secondary is "Send without a note", issue 9).
  let sendWithoutNoteButton: HTMLElement | null = swn;
  let sendButton: HTMLElement | null = null;
  let cancelButton = s.buttons.cancelNote ?? null;
  if (noteField) {
    sendButton = s.buttons.send ?? primary ?? (d.localName === 'form' ? d.querySelector<HTMLElement>(SEL.submitButton) : null);
    if (sendButton === cancelButton || sendButton === swn) sendButton = null;
    if (!cancelButton && secondary && secondary !== swn && secondary !== sendButton) cancelButton = secondary;
    addNoteButton = null;
  } else {
    // Choice questions ("How do you know X?", U8) are a step we do not know: no structural guess.
    const asks = !!d.querySelector('input[type="radio"], select, [role="radio"], [role="combobox"]');
    sendWithoutNoteButton =
      swn ?? (primary && primary === s.buttons.send ? primary : null) ??
      // "Add a note" beside a plain "Send" (the legacy "Send now" whose aria-label is gone): Send is blank.
      (addNoteButton && s.buttons.send ? s.buttons.send : null) ??
      (!asks && primary && (addNoteButton ?? (secondary && !known.has(secondary))) ? primary : null) ??
      // A language outside the tables: one or two actions in a dialog opened by Connect (or marked
      // as the invite's); the last is the blank send. Spent quota shows it alone (S15): blocked too.
      (!asks && outside && primary && (acts.length === 1 || acts.length === 2) && acts.includes(primary) && !d.querySelector(SEL.premiumLink + ', textarea') ? primary : null);
    if (!addNoteButton && sendWithoutNoteButton && secondary && !known.has(secondary)) addNoteButton = secondary;
  }

  const premium = !!d.querySelector(SEL.premiumLink);
  let step: InviteStep;
  if (noteField) step = 'note';
  else if (emailField) step = 'email';
  else if (sendWithoutNoteButton) step = addNoteButton ? 'choose' : 'choose-no-note';
  else if (addNoteButton) step = 'choose';
  else if (kind === 'upsell' || premium) step = 'upsell';
  else step = 'unknown';
  if (step === 'unknown') {
    log('invite dialog: step not recognised', d);
    reportUnplaced('invite', d, s.locales.length ? 'labels-unplaced' : outside ? 'unknown-language' : 'no-known-labels');
  }

  // Step 1 names the recipient in <strong> (U1, U2, S16); not the upsell, whose <strong> is ad copy.
  const strong = invite ? (d.querySelector(`${SEL.modalContent} strong`) ?? d.querySelector('strong')) : null;
  const named = person(text(strong));
  let open = lastOpener(doc);
  // A remembered opener that names someone else is stale: trust the dialog.
  if (named && open?.person && open.person.fullName !== named.fullName) open = null;
  const vanityName =
    open?.vanityName ?? new URLSearchParams(doc.location?.search ?? '').get('vanityName') ?? slugOf(doc.location?.pathname);
  // The legacy full page names the person in its heading, "Invite X to connect on LinkedIn" (U7).
  const legacy = d.localName === 'form' ? matchTemplate('invite', text(doc.querySelector('h1')).replace(/\s+on LinkedIn\s*$/i, '')) : null;
  const recipient = named ?? open?.person ?? (legacy ? person(legacy.value) : null) ?? recipientFromPage(doc);
  const maxlength = Number(noteField?.getAttribute('maxlength')) || null;
  const lang = detectLocale(doc);

  return {
    dialog: d,
    root,
    step,
    locale: pickLocale(s.locales, lang) ?? lang,
    recipient,
    vanityName,
    noteField,
    pageLimit: s.counter?.limit ?? maxlength ?? s.limitLabel,
    counterValue: s.counter?.value ?? null,
    addNoteButton,
    sendWithoutNoteButton,
    sendButton,
    cancelButton,
    dismissButton,
    emailField,
    mountPoint: d.querySelector<HTMLElement>(SEL.modalContent) ?? d,
  };
}

/**
 * A candidate element → its dialog element, if it is an invite-flow dialog that is shown (not
 * under a closing aria-hidden overlay, not display:none, not in a closed <dialog>). `activated`:
 * a control in it was just activated, which proves it reachable (or a script is acting, and a
 * generic send must be caught all the same): then only connection and closed <dialog>s count.
 */
function asDialog(e: Element, activated = false): { d: HTMLElement; kind: 'invite' | 'upsell' } | null {
  const d = (isDialogNode(e) ? e : e.closest(SEL.dialogish) ?? (e.matches(SEL.legacyNoteField) ? e.closest('form') : null)) as HTMLElement | null;
  if (!d) return null;
  const kind = inviteKind(d);
  if (!kind) return null;
  if (activated ? !d.isConnected || !!d.closest('dialog:not([open])') : !isShown(d, true)) return null;
  if (kind === 'invite') noteInviteDialog(d);
  return { d, kind };
}

/**
 * O(1) first look for the document (ids and the browser's cached class collections): could an
 * invite dialog be here? A full selector scan of LinkedIn's document costs about 1 ms per list on
 * a heavy feed (8.5k elements, measured in bench/), and scans follow every overlay mutation. The
 * markers are the ones every variant in linkedin-dom.md §1 carries: the heading or note-field id,
 * the artdeco classes, the legacy greeting field, or anything mounted in #artdeco-modal-outlet.
 * Overlay shadow roots are small and always scanned in full.
 */
export function mayHoldInviteDialog(doc: Document): boolean {
  if (inInviteFlow()) return true; // just after an invite action: look everywhere, [role=dialog] included
  // LinkedIn's own markers, the same keys the search collects from (SEARCH_KEYS), by presence only.
  const k = SEARCH_KEYS;
  return (
    k.ids.some((x) => doc.getElementById(x) !== null) ||
    k.classes.some((x) => hasClass(doc, x)) ||
    k.names.some((x) => doc.querySelector(`[name="${x}"]`) !== null) ||
    !!doc.getElementById('artdeco-modal-outlet')?.firstElementChild ||
    !!lastInviteDialog() ||
    portalDialog(doc)
  );
}

/** A dialog mounted in a body-level portal (a React re-render may drop the outlet's id): body's
 *  direct children and their first descendants only, so this stays O(body children). */
function portalDialog(doc: Document): boolean {
  for (const e of Array.from(doc.body?.children ?? [])) {
    for (let x: Element | null = e, depth = 0; x && depth < 3; x = x.firstElementChild, depth++) {
      if (x.getAttribute('role') === 'dialog' || (x.localName === 'dialog' && x.hasAttribute('open'))) return true;
    }
  }
  return false;
}

/**
 * `doc.querySelectorAll(sel)` for the dialog search, through the browser's fast paths. A selector
 * list with combinators is matched against every element: 3-11 ms per call on the benchmark's feed
 * (8,500 elements), once per scan while a dialog is open, which was most of our main-thread time
 * there. Ids, classes, names, one attribute and a tag each take a fast path (about 1 ms together);
 * `matches(sel)` then keeps exactly what the list would have found, in document order.
 * SEARCH_KEYS (./selectors.ts) names the rightmost part of every selector in the list (a unit test holds them
 * together: tests/unit/linkedin/invite.test.ts).
 */
export function queryDocument(doc: Document, sel: string): Element[] {
  const k = SEARCH_KEYS;
  const c = new Set<Element>();
  const add = (list: ArrayLike<Element>): void => {
    for (let i = 0; i < list.length; i++) c.add(list[i]!);
  };
  for (const x of k.classes) add(doc.querySelectorAll(`.${x}`)); // see hasClass (./dom.ts) for why not the live collections
  // getElementById is O(1); only a present id is looked up again for all its elements (an id may
  // repeat while one dialog closes and the next opens).
  for (const x of k.ids) if (doc.getElementById(x)) add(doc.querySelectorAll(`#${x}`));
  for (const x of k.names) add(doc.querySelectorAll(`[name="${x}"]`));
  for (const x of k.tags) add(doc.querySelectorAll(x));
  for (const x of k.roles) add(doc.querySelectorAll(`[role="${x}"]`));
  return [...c]
    .filter((e) => e.matches(sel))
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows a */ ? -1 : 1));
}

/** Candidates beyond LinkedIn's markers: any dialog in the modal outlet or a body-level portal
 *  (byMeaning decides), everywhere right after an invite action. Overlay shadow roots are small. */
const LOOSE_ANYWHERE = ', [role="dialog"], [role="alertdialog"], dialog[open]';
const LOOSE_IN_DOCUMENT =
  ', #artdeco-modal-outlet [role="dialog"], body > [role="dialog"], body > dialog[open], body > * > [role="dialog"], body > * > * > [role="dialog"]';

/** What the dialog search looks for: LinkedIn's markers, plus loose dialogs anywhere (in a shadow
 *  root, or right after an invite action) or only in the outlet and body-level portals. */
export const dialogSearchSelector = (anywhere: boolean): string =>
  `${SEL.inviteDialog}, ${SEL.inviteMarker}, ${SEL.legacyNoteField}, ${SEL.upsellDialog}, ${SEL.upsellHeading}${anywhere ? LOOSE_ANYWHERE : LOOSE_IN_DOCUMENT}`;

function dialogsIn(root: SearchRoot): InviteDialog[] {
  if (root.nodeType === 9 && !mayHoldInviteDialog(root as Document)) return [];
  const seen = new Set<Element>();
  const out: InviteDialog[] = [];
  const sel = dialogSearchSelector(inInviteFlow() || root.nodeType !== 9);
  const last = lastInviteDialog();
  const found = root.nodeType === 9 ? queryDocument(root as Document, sel) : Array.from(root.querySelectorAll(sel));
  if (last && last.getRootNode() === root && !found.includes(last)) found.push(last);
  for (const e of found) {
    const a = asDialog(e);
    if (!a || seen.has(a.d)) continue;
    seen.add(a.d);
    // Nested matches (an overlay and its dialog both matching): keep the innermost dialog.
    out.push(describe(a.d, a.kind, root));
  }
  return out.filter((x) => !out.some((y) => y !== x && x.dialog.contains(y.dialog)));
}

/** Every shown invite dialog in the document and in overlay shadow roots. */
export const findInviteDialogs = safe('findInviteDialogs', () => [], (doc: Document): InviteDialog[] =>
  overlayRoots(doc).flatMap(dialogsIn),
);

/** The invite dialog containing `node`, walking up across shadow boundaries. */
export const inviteDialogFor = safe('inviteDialogFor', () => null, (node: Node | EventTarget): InviteDialog | null => {
  for (let e: Element | null = isEl(node) ? node : up(node as Node); e; e = up(e)) {
    if (!isDialogNode(e)) continue;
    const a = asDialog(e);
    if (a) return describe(a.d, a.kind, a.d.getRootNode() as SearchRoot);
  }
  return null;
});

/**
 * Does this activation (event.composedPath()) hit a control that sends an invite? O(path): cheap
 * attribute checks per element; queries only inside the dialog once one is on the path.
 */
export const classifySendControl = safe('classifySendControl', () => null, (path: readonly EventTarget[]): SendControl | null => {
  let control: HTMLElement | null = null;
  for (const t of path) {
    if (!isEl(t)) continue;
    if (!control && isControl(t)) control = t;
    if (!isDialogNode(t)) continue;
    if (!control) return null;
    const a = asDialog(t, true);
    if (!a) {
      // Looks like an invite (a Connect opened it a moment ago) but is none we can read: say so.
      if (openedByConnect(t.ownerDocument) && t.isConnected) reportUnplaced('invite-guard', t, 'opened-by-connect-unrecognised');
      return null;
    }
    const dialog = describe(a.d, a.kind, a.d.getRootNode() as SearchRoot);
    if (control === dialog.sendWithoutNoteButton) return { kind: 'send-without-note', control, dialog };
    if (control === dialog.sendButton) return { kind: 'send-with-note', control, dialog };
    return null;
  }
  return null;
});

/** Current note text, counter readout and Send state, read fresh (Ember re-renders). */
export const readNoteState = safe(
  'readNoteState',
  () => ({ text: '', counterValue: null, sendEnabled: false }),
  (dialog: InviteDialog): { text: string; counterValue: number | null; sendEnabled: boolean } => {
    const fresh = dialog.dialog.isConnected ? describe(dialog.dialog, 'invite', dialog.root) : dialog;
    const field = fresh.noteField ?? dialog.noteField;
    return {
      text: field?.value ?? '',
      counterValue: fresh.counterValue,
      sendEnabled: isEnabled(fresh.sendButton),
    };
  },
);

/**
 * Write the note so that LinkedIn's Ember TextArea registers it: the prototype's native value
 * setter (bypassing any instance setter), then bubbling, composed `input` and `change` (§1.5).
 * Verified after a frame: the counter reads the new length and Send is enabled.
 */
export async function setNoteText(dialog: InviteDialog, value: string): Promise<InsertResult> {
  try {
    const field = dialog.noteField;
    if (!field?.isConnected) return { ok: false, reason: 'no-field' };
    const win = winOf(field);
    const proto = win?.HTMLTextAreaElement?.prototype ?? Object.getPrototypeOf(field);
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(field, value);
    else field.value = value;
    const Input = win?.InputEvent ?? win?.Event ?? Event;
    field.dispatchEvent(new Input('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: value } as InputEventInit));
    field.dispatchEvent(new (win?.Event ?? Event)('change', { bubbles: true, composed: true }));
    await nextFrame(field);
    const after = readNoteState(dialog);
    const len = field.value.length;
    const counted = after.counterValue == null || after.counterValue === len;
    const sendOk = len === 0 || !dialog.sendButton || after.sendEnabled;
    if (counted && sendOk && field.value === value.replace(/\r\n?/g, '\n')) return { ok: true };
    log('setNoteText: not registered', { counter: after.counterValue, len, send: after.sendEnabled });
    return { ok: false, reason: 'not-registered' };
  } catch (e) {
    log('setNoteText threw', e);
    return { ok: false, reason: 'not-registered' };
  }
}

/**
 * Click LinkedIn's own "Add a note" and wait (≤ timeout) for the note step, watching the dialog's
 * root only for this user action. Resolves with the fresh handle (or the upsell LinkedIn may show
 * instead, so the caller can explain), else null.
 */
export function openNoteStep(dialog: InviteDialog, timeout = 1500): Promise<InviteDialog | null> {
  return new Promise((resolve) => {
    try {
      if (dialog.step === 'note') return resolve(dialog);
      const btn = dialog.addNoteButton;
      const win = winOf(dialog.dialog);
      if (!btn || !win) return resolve(null);
      let done = false;
      const check = (): boolean => {
        const d = dialogsIn(dialog.root).find((x) => x.step === 'note' || x.step === 'upsell');
        if (d && !done) {
          done = true;
          mo.disconnect();
          clearTimeout(timer);
          resolve(d);
        }
        return !!d;
      };
      const mo = new win.MutationObserver(() => void check());
      mo.observe(dialog.root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'aria-hidden'] });
      const timer = setTimeout(() => {
        if (!done) {
          done = true;
          mo.disconnect();
          log('openNoteStep: note step did not appear');
          resolve(null);
        }
      }, timeout);
      btn.click();
      check();
    } catch (e) {
      log('openNoteStep threw', e);
      resolve(null);
    }
  });
}
