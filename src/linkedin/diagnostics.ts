/**
 * When LinkedIn changes: what an adapter could not place, with a snapshot a person can copy into a
 * bug report without giving away anything about anyone (issue 9 part 7).
 *
 * The snapshot is the element outline only: tags, roles, input types, the NAMES of attributes and
 * the nesting. Every text, every attribute value and every URL becomes its length (`#12`), except
 * words of our own label tables (./locales.ts: "Send without a note", "Add a note"…), which are
 * LinkedIn's UI, not the user's data, and are what a maintainer needs to see. Template entries
 * ("Invite {name} to connect") are never kept: they carry a name. Counters keep their shape
 * ("#/300"). Size is bounded (MAX_SNAPSHOT characters).
 *
 * This module knows no storage: the content script subscribes (onDiagnostic) and writes.
 * No imports from ./dom (dom.ts reports through here when an adapter throws).
 */
import { LOCALES } from '../core/locale';
import { LABELS, norm, type LabelKey } from './locales';

export interface Diagnostic {
  /** Which adapter gave up: 'invite', 'invite-guard', or a safe() entry point name. */
  adapter: string;
  /** The step it reached ('unknown' when it could not place the dialog). */
  step: string;
  /** Why, as a short code: 'no-known-labels', 'unknown-language', 'threw:TypeError'… */
  reason: string;
  /** The redacted outline of the element, '' when there is none. */
  snapshot: string;
  /** A short hash of the outline: entries with the same reason and hash are one entry with a count. */
  hash: string;
}

export const MAX_SNAPSHOT = 4000;

const listeners = new Set<(d: Diagnostic) => void>();
/** Subscribe to diagnostics (the content script writes them to storage). Returns the unsubscribe. */
export function onDiagnostic(cb: (d: Diagnostic) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

let kept: Set<string> | null = null;
/** Every exact (non-template) entry of every label table, normalised. */
function tableWords(): Set<string> {
  if (kept) return kept;
  kept = new Set();
  for (const loc of LOCALES) {
    for (const key of Object.keys(LABELS[loc]) as LabelKey[]) {
      for (const s of LABELS[loc][key]) if (!/\{(name|n)\}/.test(s)) kept.add(norm(s));
    }
  }
  return kept;
}

const ROLE_OK = /^(dialog|alertdialog|button|link|heading|textbox|radio|radiogroup|checkbox|combobox|listbox|option|menu|menuitem|list|listitem|img|presentation|none|group|region|status|alert|tab|tablist|tabpanel|form|note|separator|switch|progressbar)$/;
const TYPE_OK = /^(button|submit|reset|email|text|radio|checkbox|search|hidden|tel|url|number|password|file|open)$/;
const FLAG_OK = /^(true|false|polite|assertive|off|on|mixed)$/;

/** A text or attribute value, redacted: a table word as is, a counter by its shape, else its length. */
export function redact(value: string): string {
  const t = value.replace(/\s+/g, ' ').trim();
  if (!t) return '""';
  const c = /^\d{1,5}\s*\/\s*(\d{2,5})$/.exec(t);
  if (c) return `#/${c[1]}`;
  const n = norm(t.replace(/^[¿¡]+|[?？!]+$/g, ''));
  if (n.length <= 80 && tableWords().has(n)) return JSON.stringify(t);
  return `#${t.length}`;
}

function attrs(e: Element): string {
  const out: string[] = [];
  for (const a of Array.from(e.attributes)) {
    const name = a.name.replace(/[^\w:-]/g, '');
    if (!name) continue;
    let v: string;
    if (name === 'role' && ROLE_OK.test(a.value)) v = a.value;
    else if (name === 'type' && TYPE_OK.test(a.value)) v = a.value;
    else if ((name.startsWith('aria-') || name === 'contenteditable') && FLAG_OK.test(a.value)) v = a.value;
    else if (name === 'aria-label' || name === 'title' || name === 'placeholder' || name === 'value') v = redact(a.value);
    else v = a.value ? `#${a.value.length}` : '';
    out.push(v ? `${name}=${v}` : name);
  }
  return out.length ? `[${out.join(' ')}]` : '';
}

/**
 * The redacted outline of `root`, one element a line, indented by depth; texts as `"…"` when they
 * are a table word, else `#length`. Bounded: depth 14, 40 children a node, MAX_SNAPSHOT characters.
 */
export function snapshot(root: Element | null | undefined): string {
  if (!root) return '';
  const lines: string[] = [];
  let size = 0;
  let cut = false;
  const push = (line: string): boolean => {
    if (cut) return false;
    if (size + line.length + 1 > MAX_SNAPSHOT - 20) {
      cut = true;
      lines.push('… (cut)');
      return false;
    }
    lines.push(line);
    size += line.length + 1;
    return true;
  };
  const walk = (n: Node, depth: number): void => {
    if (cut) return;
    const pad = '  '.repeat(depth);
    if (n.nodeType === 3) {
      const t = (n.nodeValue ?? '').trim();
      if (t) push(`${pad}${redact(t)}`);
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as Element;
    const tag = e.localName.replace(/[^\w-]/g, '');
    if (/^(script|style|template)$/.test(tag) || tag.startsWith('on-purpose-')) {
      push(`${pad}${tag}`);
      return;
    }
    if (!push(`${pad}${tag}${attrs(e)}${e.shadowRoot ? ' #shadow' : ''}`)) return;
    if (depth >= 14) {
      if (e.childNodes.length) push(`${pad}  …`);
      return;
    }
    const kids = Array.from(e.childNodes);
    kids.slice(0, 40).forEach((k) => walk(k, depth + 1));
    if (kids.length > 40) push(`${pad}  … ${kids.length - 40} more`);
  };
  walk(root, 0);
  return lines.join('\n');
}

/** djb2 over the outline: a stable, short id for "the same unknown dialog". */
export function outlineHash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/** Each element (and each thrown entry point) is reported once per page: a scan runs many times. */
const seen = new WeakSet<object>();
const seenKeys = new Set<string>();

/** An adapter met something invite-like it could not place: capture the snapshot now, tell the subscriber. */
export function reportUnplaced(adapter: string, el: Element | null, reason: string, step = 'unknown'): void {
  try {
    if (!listeners.size) return;
    if (el) {
      if (seen.has(el)) return;
      seen.add(el);
    } else {
      const k = `${adapter}\n${reason}`;
      if (seenKeys.has(k)) return;
      seenKeys.add(k);
    }
    const snap = snapshot(el);
    const d: Diagnostic = { adapter, step, reason, snapshot: snap, hash: outlineHash(snap) };
    listeners.forEach((cb) => cb(d));
  } catch {
    // Diagnostics never break the page.
  }
}
