/**
 * The message tables bundled into the injected UI (not the popup, not the always-on script):
 * the injected UI speaks the language LinkedIn's page is shown in, which `i18n.getMessage` cannot
 * pick. Imported from public/_locales, the same files the browser reads, so there is one source.
 */
import type { Locale } from '../core/locale';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { setMessages, type MessageTable } from './i18n';

export const TABLES: Partial<Record<Locale, MessageTable>> = { en, de, fr, es };

/** The primary subtag of a BCP 47 tag ("de-AT" → "de"), when we have a table for it. */
export function tableLocale(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] as Locale;
  return primary && TABLES[primary] ? primary : null;
}

/**
 * The page's language when LinkedIn tells it and we have it; otherwise the browser's (getMessage,
 * which falls back to English itself). English stays the fallback for any key a table lacks.
 */
export function chooseLanguage(pageLang: string | null | undefined): Locale | null {
  const lang = tableLocale(pageLang);
  setMessages(lang ? TABLES[lang] ?? null : null, en, lang);
  return lang;
}
