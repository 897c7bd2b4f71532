/**
 * The one way user-facing text is produced (issue 12 part 2). Messages live in
 * public/_locales/<lang>/messages.json, the browsers' own i18n format, so the manifest and the popup
 * get them from the browser (`i18n.getMessage` follows the browser's UI language).
 *
 * The injected UI must follow the language LinkedIn's page is shown in, which getMessage cannot pick,
 * so the UI bundle installs a bundled table (./i18n-tables.ts) with `setMessages`. This module itself
 * imports no table (only the English key TYPE), so the popup and the always-on script stay small.
 *
 * Substitutions are positional, `$1`…`$9` directly in the message (supported by Chrome and Firefox);
 * `$$` is a literal dollar sign. Named `$NAME$` placeholders are honoured too, as the format allows.
 */
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageTable = Partial<Record<string, MessageEntry>>;

let table: MessageTable | null = null;
let fallback: MessageTable | null = null;
let tableLang: string | null = null;

/** Use these tables (the page's language, then English) instead of the browser's language. */
export function setMessages(primary: MessageTable | null, english: MessageTable | null, lang: string | null): void {
  table = primary;
  fallback = english;
  tableLang = primary ? lang : null;
}

/** The language the current text is in ("de"), for `lang` attributes on injected UI; null: the browser's. */
export function messagesLang(): string | null {
  return tableLang;
}

type Subs = string | number | readonly (string | number)[];

function format(entry: MessageEntry, subs: readonly string[]): string {
  let text = entry.message;
  if (entry.placeholders) {
    text = text.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? m);
  }
  return text.replace(/\$(?:([1-9])|(\$+))/g, (_m, n: string | undefined, dollars: string | undefined) =>
    n ? subs[Number(n) - 1] ?? '' : (dollars ?? '').slice(1) || '$',
  );
}

function browserMessage(key: string, subs: readonly string[]): string {
  try {
    // `browser` from the polyfill would drag it into every bundle; both browsers expose `chrome.i18n`.
    const api = (globalThis as { chrome?: { i18n?: { getMessage(k: string, s?: string[]): string } } }).chrome?.i18n;
    return api?.getMessage(key, subs.length ? [...subs] : undefined) ?? '';
  } catch {
    return '';
  }
}

/** The text for `key` in the current language, with `$1`… replaced by `subs`. Never empty for a known key. */
export function t(key: MessageKey, subs?: Subs): string {
  const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String);
  const entry = table?.[key];
  if (entry) return format(entry, list);
  const fromBrowser = table ? '' : browserMessage(key, list);
  if (fromBrowser) return fromBrowser;
  const english = fallback?.[key];
  return english ? format(english, list) : key;
}
