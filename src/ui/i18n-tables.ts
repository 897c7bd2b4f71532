/**
 * The message tables of the injected UI (not the popup, not the always-on script): the injected UI
 * speaks the language LinkedIn's page is shown in, which `i18n.getMessage` cannot pick. Imported
 * from public/_locales, the same files the browser reads, so there is one source.
 *
 * English, the fallback for every key, is bundled. The page's own table, when we have one, comes as
 * a script injected just before the UI (src/content/tables/*.ts, chosen by the background from the
 * language the always-on script read): four tables in ui.js made it 340 KB, and each LinkedIn tab
 * that shows a surface compiled and ran all of them. The build also strips the translators'
 * descriptions (vite.config.ts, `compactLocales`).
 */
import { LOCALES, type Locale } from '../core/locale';
import en from '../../public/_locales/en/messages.json';
import { setMessages, type MessageTable } from './i18n';
import { offeredTables } from './i18n-offer';

/** The languages with a table in public/_locales (besides English): the background injects these. */
export const TABLE_LANGUAGES = ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt'] as const satisfies readonly Locale[];

/** The tables this UI can use now: English, and any offered by an injected table script. */
export function availableTables(): Partial<Record<Locale, MessageTable>> {
  const out: Partial<Record<Locale, MessageTable>> = { en };
  for (const [lang, table] of Object.entries(offeredTables())) if ((LOCALES as readonly string[]).includes(lang) && table) out[lang as Locale] = table;
  return out;
}

/** The primary subtag of a BCP 47 tag ("de-AT" → "de"), when we have a table for it. */
export function tableLocale(tag: string | null | undefined, tables = availableTables()): Locale | null {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] as Locale;
  return primary && tables[primary] ? primary : null;
}

/**
 * The page's language when LinkedIn tells it and we have it; otherwise the browser's (getMessage,
 * which falls back to English itself). English stays the fallback for any key a table lacks.
 */
export function chooseLanguage(pageLang: string | null | undefined): Locale | null {
  const tables = availableTables();
  const lang = tableLocale(pageLang, tables);
  setMessages(lang ? tables[lang] ?? null : null, en, lang);
  return lang;
}
