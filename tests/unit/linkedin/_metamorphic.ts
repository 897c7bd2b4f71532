/**
 * Metamorphic variants of every invite fixture (issue 9 part 2): the same dialog as LinkedIn might
 * re-render it tomorrow. Each transformation keeps what a person sees (or deliberately removes it),
 * and the oracle says what the adapter must then find:
 *
 *   strip / rename   every class in the dialog and its overlay (hashed, rotating classes)
 *   ids              ids, data-test-*, data-testid, data-view-name, componentkey of the dialog and its overlay
 *   aria             aria-label where visible text remains, aria-labelledby/-describedby
 *   shadow / portal / light   the dialog moved into #interop-outlet's shadow root, a bare body-level
 *                    portal div, or #artdeco-modal-outlet
 *   lang:<loc>       the labels swapped to another table language (html lang follows)
 *   lang:sv          the labels swapped to Swedish, a language outside the tables; the dialog was
 *                    opened by a Connect (an SDUI custom-invite link, locale-free)
 *   swn              the note step's secondary button says "Send without a note" (3rd-degree A/B)
 *   blank            every text and label removed: nobody can tell what a button does
 *
 * Each fixture is parsed once in a DOMParser document (no scripts, no window) and each variant
 * clones only the dialog's container into it and is undone after: far cheaper than a JSDOM per variant, so the whole set runs in seconds. The same builder feeds the e2e sample
 * (scripts/lib/variants.mjs serves the HTML this module outputs via `variantHtml`).
 */
import { LABELS, type LabelKey } from '../../../src/linkedin/locales';
import { LOCALES, type Locale } from '../../../src/core/locale';

export type Transform =
  | 'strip'
  | 'rename'
  | 'ids'
  | 'aria'
  | 'light'
  | 'shadow'
  | 'portal'
  | `lang:${Locale}`
  | 'lang:sv'
  | 'swn'
  | 'blank';

export type Role = 'swn' | 'send' | 'other';

/** Swedish: no table. Same shape as a LabelTable slice, for the swap. */
const SV: Partial<Record<LabelKey, string[]>> = {
  addNote: ['Lägg till en anteckning'],
  sendWithoutNote: ['Skicka utan anteckning', 'Skicka utan anteckning', 'Skicka nu'],
  send: ['Skicka inbjudan', 'Skicka'],
  cancelNote: ['Avbryt tillägg av anteckning', 'Avbryt'],
  dismiss: ['Stäng', 'Stäng'],
  inviteHeading: ['Lägg till en anteckning i din inbjudan', 'Du kan anpassa den här inbjudan'],
};

const SWAP_KEYS: LabelKey[] = ['sendWithoutNote', 'addNote', 'send', 'cancelNote', 'dismiss', 'inviteHeading'];
const CONTROLS = 'button, [role="button"], a[href], input[type="submit"]';
const PAGE_LEVEL = new Set(['artdeco-modal-outlet', 'interop-outlet']);

const stripQ = (t: string): string => t.replace(/^[¿¡\s]+|[\s?？!]+$/g, '');
const normT = (s: string): string => s.replace(/\s+/g, ' ').replace(/[’‘`´]/g, "'").replace(/[\s.…:]+$/, '').trim().toLowerCase();

/** Which (key, index) of `loc`'s table this text is, if any. */
function entryOf(loc: Locale, t: string): [LabelKey, number] | null {
  const n = normT(stripQ(t));
  if (!n) return null;
  for (const k of SWAP_KEYS) {
    const i = LABELS[loc][k].findIndex((s) => normT(s) === n);
    if (i >= 0) return [k, i];
  }
  return null;
}

function swapped(from: Locale, to: Locale | 'sv', t: string): string | null {
  const e = entryOf(from, t);
  if (!e) return null;
  const list = to === 'sv' ? SV[e[0]] : LABELS[to][e[0]];
  if (!list?.length) return null;
  const out = list[Math.min(e[1], list.length - 1)]!;
  return /\?\s*$/.test(t) ? `${out}?` : out;
}

export interface Variant {
  name: string;
  transforms: Transform[];
  doc: Document;
  dialog: HTMLElement;
  /** What each control of the dialog does, as the original fixture says (sendControls). */
  roles: Map<Element, Role>;
  /** Text of the labels kept? (false after `blank`) */
  readable: boolean;
}

function attachDsd(doc: Document): void {
  for (const tpl of Array.from(doc.querySelectorAll('template[shadowrootmode]'))) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot) continue;
    const root = host.attachShadow({ mode: 'open' });
    root.appendChild((tpl as HTMLTemplateElement).content.cloneNode(true));
    tpl.remove();
  }
}


function deepAll(root: Document | ShadowRoot, sel: string): Element[] {
  const out = Array.from(root.querySelectorAll(sel));
  for (const e of Array.from(root.querySelectorAll('*'))) if (e.shadowRoot) out.push(...deepAll(e.shadowRoot, sel));
  return out;
}

const labelOf = (el: Element): string =>
  (el.getAttribute('aria-label') ?? (el.localName === 'input' ? (el as HTMLInputElement).value : el.textContent) ?? '').replace(/\s+/g, ' ').trim();

/** The dialog element a fixture's invite lives in: the send-invite/upsell dialog, else any dialog. */
export function findDialog(doc: Document): HTMLElement | null {
  const sel = '.send-invite, [aria-labelledby="send-invite-modal"], .modal-upsell, [data-test-modal-id="modal-upsell"] [role="dialog"], [role="dialog"]:not(dialog)';
  const all = deepAll(doc, sel).filter((e) => !e.closest('[aria-hidden="true"], [style*="display:none"], [style*="display: none"]'));
  // A bare dialog (no LinkedIn markup at all, e.g. invite--choose-bare-portal): the page's only shown dialog.
  return (all.find((e) => e.matches('.send-invite, [aria-labelledby="send-invite-modal"]')) ??
    all.find((e) => e.querySelector('#modal-upsell-header, .modal-upsell__headline, .upsell-modal-header, a[href*="/premium/"]')) ??
    (all.length === 1 ? all[0] : null) ??
    null) as HTMLElement | null;
}

/** The dialog and the overlay wrappers around it, up to (not including) the page-level outlet. */
function container(dialog: HTMLElement): HTMLElement {
  let c: HTMLElement = dialog;
  while (c.parentElement && !PAGE_LEVEL.has(c.parentElement.id) && c.parentElement.localName !== 'body') c = c.parentElement;
  return c;
}

function scope(dialog: HTMLElement): Element[] {
  const top = container(dialog);
  return [top, ...Array.from(top.querySelectorAll('*'))];
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) out.push(n as Text);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

function hashToken(t: string): string {
  let h = 7;
  for (let i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) | 0;
  return `_${(h >>> 0).toString(16)}`;
}

function apply(t: Transform, v: Variant, locale: Locale): void {
  const { doc, dialog } = v;
  const els = scope(dialog);
  switch (t) {
    case 'strip':
      els.forEach((e) => e.removeAttribute('class'));
      return;
    case 'rename':
      els.forEach((e) => {
        const c = e.getAttribute('class');
        if (c) e.setAttribute('class', c.split(/\s+/).filter(Boolean).map(hashToken).join(' '));
      });
      return;
    case 'ids':
      els.forEach((e) => {
        for (const a of Array.from(e.attributes)) {
          if (a.name === 'id' || a.name.startsWith('data-test') || a.name === 'data-view-name' || a.name === 'componentkey') e.removeAttribute(a.name);
        }
      });
      // A label pointing at a removed id (for=custom-message) points nowhere now: drop it too.
      els.forEach((e) => e.removeAttribute('for'));
      return;
    case 'aria':
      els.forEach((e) => {
        if (e.hasAttribute('aria-label') && /\p{L}/u.test(e.textContent ?? '')) e.removeAttribute('aria-label');
        e.removeAttribute('aria-labelledby');
        e.removeAttribute('aria-describedby');
      });
      return;
    case 'light':
    case 'shadow':
    case 'portal': {
      const top = container(dialog);
      let target: ParentNode;
      if (t === 'light') {
        let outlet = doc.getElementById('artdeco-modal-outlet');
        if (!outlet) {
          outlet = doc.createElement('div');
          outlet.id = 'artdeco-modal-outlet';
          doc.body.append(outlet);
        }
        target = outlet;
      } else if (t === 'shadow') {
        let host = doc.getElementById('interop-outlet');
        if (!host) {
          host = doc.createElement('div');
          host.id = 'interop-outlet';
          host.setAttribute('data-testid', 'interop-shadowdom');
          doc.body.append(host);
        }
        target = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      } else {
        const portal = doc.createElement('div');
        doc.body.append(portal);
        target = portal;
      }
      target.append(top);
      return;
    }
    case 'swn': {
      // The note step's secondary (Cancel) becomes "Send without a note" in the dialog's language.
      const cancel = Array.from(dialog.querySelectorAll(CONTROLS)).find((e) => v.roles.get(e) === 'other' && entryOf(locale, labelOf(e))?.[0] === 'cancelNote');
      if (!cancel) return;
      const label = LABELS[locale].sendWithoutNote[0]!;
      if (cancel.hasAttribute('aria-label')) cancel.setAttribute('aria-label', label);
      cancel.textContent = label;
      v.roles.set(cancel, 'swn');
      return;
    }
    case 'blank':
      v.readable = false;
      for (const n of textNodes(dialog)) n.nodeValue = '';
      els.forEach((e) => ['aria-label', 'aria-labelledby', 'title', 'placeholder', 'value'].forEach((a) => e.removeAttribute(a)));
      return;
    default: {
      const to = t.slice(5) as Locale | 'sv';
      for (const n of textNodes(dialog)) {
        const s = swapped(locale, to, n.nodeValue ?? '');
        if (s) n.nodeValue = s;
      }
      for (const e of els) {
        const a = e.getAttribute('aria-label');
        const s = a ? swapped(locale, to, a) : null;
        if (s) e.setAttribute('aria-label', s);
      }
      doc.documentElement.setAttribute('lang', to);
    }
  }
}

/** One transformation on a dialog in place (decoys: no roles, locale en). */
export const applyTransform = (t: Transform, v: Variant, locale: Locale = 'en'): void => apply(t, v, locale);

/** Does the dialog carry at least one label of `locale`'s table (so a language swap changes something)? */
export function hasTableLabels(dialog: Element, locale: Locale): boolean {
  return Array.from(dialog.querySelectorAll(CONTROLS)).some((e) => !!entryOf(locale, labelOf(e)) || !!entryOf(locale, (e.textContent ?? '').trim()));
}

export interface Base {
  file: string;
  html: string;
  locale: Locale;
  step: string;
  sendWithoutNote: string | null;
  sendWithNote: string | null;
}

/**
 * A fixture staged once: parsed (no scripts), shadow roots attached, its dialog's container taken
 * out of the page. Each variant clones only that container back in (cheap) and is undone after.
 */
export interface Stage {
  doc: Document;
  top: HTMLElement;
  parent: ParentNode;
  /** Child indexes from `top` down to the dialog. */
  pathToDialog: number[];
  lang: string | null;
  swappable: boolean;
}

export function stage(base: Base, parser: DOMParser): Stage | null {
  const doc = parser.parseFromString(base.html, 'text/html');
  attachDsd(doc);
  const dialog = findDialog(doc);
  if (!dialog) return null;
  const top = container(dialog);
  const pathToDialog: number[] = [];
  for (let e: Element = dialog; e !== top; e = e.parentElement!) pathToDialog.unshift(Array.from(e.parentElement!.children).indexOf(e));
  const parent = top.parentNode!;
  const swappable = hasTableLabels(dialog, base.locale);
  top.remove();
  return { doc, top, parent, pathToDialog, lang: doc.documentElement.getAttribute('lang'), swappable };
}

/** Build one variant of a staged fixture. Call `undo()` on it before the next one. */
export function build(base: Base, transforms: Transform[], st: Stage): Variant & { undo(): void } {
  const { doc } = st;
  const top = st.top.cloneNode(true) as HTMLElement;
  st.parent.appendChild(top);
  let dialog: HTMLElement = top;
  for (const i of st.pathToDialog) dialog = dialog.children[i] as HTMLElement;
  const roles = new Map<Element, Role>();
  for (const c of Array.from(dialog.querySelectorAll(CONTROLS))) {
    const l = labelOf(c);
    roles.set(c, base.sendWithoutNote && l === base.sendWithoutNote ? 'swn' : base.sendWithNote && l === base.sendWithNote ? 'send' : 'other');
  }
  const bodyKids = new Set(Array.from(doc.body.children));
  const v: Variant = { name: `${base.file} [${transforms.join('+') || 'as is'}]`, transforms, doc, dialog, roles, readable: true };
  // Labels first (they read the original texts), moves last.
  const order = (t: Transform): number => (t === 'swn' ? 0 : t.startsWith('lang:') ? 1 : t === 'blank' ? 2 : /light|shadow|portal/.test(t) ? 4 : 3);
  for (const t of [...transforms].sort((a, b) => order(a) - order(b))) apply(t, v, base.locale);
  return {
    ...v,
    undo() {
      container(dialog).remove();
      top.remove();
      for (const e of Array.from(doc.body.children)) if (!bodyKids.has(e) && !e.shadowRoot && e.id !== 'artdeco-modal-outlet') e.remove();
      for (const e of Array.from(doc.querySelectorAll('[data-variant-opener]'))) e.remove();
      if (st.lang == null) doc.documentElement.removeAttribute('lang');
      else doc.documentElement.setAttribute('lang', st.lang);
    },
  };
}

/** The mount a fixture's dialog starts in. */
export const mountOf = (html: string): 'light' | 'shadow' => (/id="interop-outlet"[\s\S]*?shadowrootmode[\s\S]*?(send-invite|modal-upsell)/.test(html) ? 'shadow' : 'light');

/**
 * Every variant to run for a fixture: each transformation alone, every compatible pair, and the
 * "nothing of LinkedIn's markup left" triple (strip+ids+aria) with each other transformation.
 */
export function plan(base: Base): Transform[][] {
  const home = mountOf(base.html);
  const other = LOCALES.filter((l) => l !== base.locale);
  const otherLang = `lang:${other[(base.file.length * 7) % other.length]}` as Transform;
  const atoms: Transform[] = ['strip', 'rename', 'ids', 'aria', ...(['light', 'shadow', 'portal'] as const).filter((m) => m !== home), otherLang, 'lang:sv', 'blank'];
  if (base.step === 'note') atoms.push('swn');
  const clash = (a: Transform, b: Transform): boolean =>
    (a === 'strip' && b === 'rename') || (a === 'rename' && b === 'strip') ||
    (/light|shadow|portal/.test(a) && /light|shadow|portal/.test(b)) ||
    (a.startsWith('lang:') && b.startsWith('lang:')) ||
    ((a === 'blank' || b === 'blank') && (a.startsWith('lang:') || b.startsWith('lang:') || a === 'swn' || b === 'swn'));
  const out: Transform[][] = atoms.map((a) => [a]);
  for (let i = 0; i < atoms.length; i++) for (let j = i + 1; j < atoms.length; j++) if (!clash(atoms[i]!, atoms[j]!)) out.push([atoms[i]!, atoms[j]!]);
  const bare: Transform[] = ['strip', 'ids', 'aria'];
  out.push(bare);
  for (const a of atoms) if (!bare.includes(a) && a !== 'rename') out.push([...bare, a]);
  return out;
}

/**
 * The variants `npm test` runs for the fixture at `index` (of the corpus): every transformation
 * alone, the "nothing of LinkedIn's markup left" triple with each other one, and a third of the
 * pairs, rotating with the fixture so that every pair still runs on a third of the fixtures. All of
 * them (about 1,600 over the corpus, ~30 s of jsdom) run with OP_VARIANTS_FULL=1, `npm run
 * test:variants`. Why not always: the unit stage is a third of `npm test`, which must stay under 5
 * minutes on 2 cores (issue 11), and this file was a third of the unit stage.
 */
export function sample(all: Transform[][], index: number, full = process.env.OP_VARIANTS_FULL === '1'): Transform[][] {
  if (full) return all;
  let pair = 0;
  return all.filter((ts) => ts.length !== 2 || (pair++ + index) % 3 === 0);
}

/** Serialise a variant to HTML a browser can load (shadow roots back to declarative templates). */
export function variantHtml(v: Variant): string {
  const doc = v.doc;
  const host = doc.getElementById('interop-outlet');
  let html = doc.documentElement.outerHTML;
  if (host?.shadowRoot) {
    const inner = host.shadowRoot.innerHTML;
    const open = host.outerHTML.slice(0, host.outerHTML.indexOf('>') + 1);
    html = html.replace(host.outerHTML, `${open}<template shadowrootmode="open">${inner}</template></div>`);
  }
  return `<!DOCTYPE html>\n${html}`;
}
