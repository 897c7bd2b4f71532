// Issue 12 part 2: the message tables in public/_locales are complete and valid for both browsers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY_LANGUAGES } from '../../../src/core/defaults';
import { LOCALES } from '../../../src/core/locale';
import { setMessages, t } from '../../../src/ui/i18n';
import { TABLE_LANGUAGES, chooseLanguage, tableLocale } from '../../../src/ui/i18n-tables';
import { offerTable } from '../../../src/ui/i18n-offer';
// @ts-expect-error: a plain .mjs script without types
import { scanSource } from '../../../scripts/check-strings.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'public/_locales');
type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
const read = (lang: string): Record<string, Entry> => JSON.parse(readFileSync(join(DIR, lang, 'messages.json'), 'utf8'));
const langs = readdirSync(DIR);
const en = read('en');
const keys = Object.keys(en);
/** The positional substitutions a message uses ($1…$9; $$ is a literal dollar). */
const positions = (m: string) => [...new Set([...m.replace(/\$\$/g, '').matchAll(/\$([1-9])/g)].map((x) => x[1]))].sort();
const named = (m: string) => [...new Set([...m.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase()))].sort();

describe('_locales', () => {
  it('has en (default_locale) and the complete languages, with the manifest on en', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt']));
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
    expect(manifest.default_locale).toBe('en');
    for (const ref of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) expect(keys).toContain(ref[1]);
    expect(manifest.name).toBe('__MSG_ext_name__');
  });

  it('every locale code is one both browsers accept, and a guard language', () => {
    for (const l of langs) {
      expect(l).toMatch(/^[a-z]{2,3}(_[A-Z]{2})?$/);
      expect(LOCALES as readonly string[]).toContain(l.split('_')[0]);
    }
  });

  it('en: key names are valid, each message has a description, placeholders are declared', () => {
    for (const [k, e] of Object.entries(en)) {
      expect(k).toMatch(/^[A-Za-z0-9_]+$/);
      expect(k.startsWith('@@')).toBe(false); // reserved by the browsers
      expect(typeof e.message).toBe('string');
      expect(e.message.trim(), k).not.toBe('');
      expect(e.description?.trim(), `${k} needs a description for translators`).toBeTruthy();
      for (const n of named(e.message)) expect(e.placeholders?.[n], `${k}: $${n}$ is not declared`).toBeDefined();
    }
    // The store listing limit (Chrome Web Store: 132 characters).
    expect(en.ext_description!.message.length).toBeLessThanOrEqual(132);
  });

  it.each(langs.filter((l) => l !== 'en'))('%s: every key of en, no other key, the same substitutions', (lang) => {
    const table = read(lang);
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      const m = table[k]!.message;
      expect(typeof m, k).toBe('string');
      expect(m.trim(), `${lang}.${k}`).not.toBe('');
      expect(positions(m), `${lang}.${k}: ${m}`).toEqual(positions(en[k]!.message));
      expect(named(m), `${lang}.${k}`).toEqual(named(en[k]!.message));
      expect(m.length, `${lang}.${k} is suspiciously long`).toBeLessThan(Math.max(60, en[k]!.message.length * 2.2));
      if (k === 'ext_description') expect(m.length).toBeLessThanOrEqual(132);
    }
  });

  it.each(langs.filter((l) => l !== 'en'))('%s: a translation, not a copy of English', (lang) => {
    const table = read(lang);
    const same = keys.filter((k) => table[k]!.message === en[k]!.message);
    // Brand names, formats and words that are the same in both languages (Tags, Sections, Import).
    expect(same.length / keys.length).toBeLessThan(0.08);
  });

  it('the injected UI has a table script for every language we ship, and the default library covers them', () => {
    expect(['en', ...TABLE_LANGUAGES].sort()).toEqual([...langs].sort());
    for (const l of TABLE_LANGUAGES) expect(readFileSync(join(ROOT, 'src/content/tables', `${l}.ts`), 'utf8')).toContain(`offerTable('${l}', table)`);
    expect([...DEFAULT_LIBRARY_LANGUAGES].sort()).toEqual([...langs].sort());
  });
});

describe('t()', () => {
  it('substitutes $1…, keeps $$ as a dollar, falls back to English for a missing key, and restores', () => {
    setMessages({ meter_over: { message: '$1 zu viel, $$' } }, en, 'de');
    expect(t('meter_over', 3)).toBe('3 zu viel, $');
    expect(t('as_copy')).toBe('Copy');
    setMessages(null, en, null);
    expect(t('as_why_shorten', [5, 200])).toBe('Shorten it by 5 characters to fit the limit of 200.');
  });

  it('the page language picks a table; one we do not have leaves the browser to choose', () => {
    // Before its table script ran, a German page has no table: the browser's language decides.
    expect(tableLocale('de-DE')).toBeNull();
    offerTable('de', read('de'));
    offerTable('fr', read('fr'));
    expect(tableLocale('de-DE')).toBe('de');
    expect(tableLocale('ja')).toBeNull();
    expect(chooseLanguage('fr')).toBe('fr');
    expect(t('as_insert')).toBe('Insérer');
    expect(chooseLanguage(null)).toBeNull();
    expect(t('as_insert')).toBe('Insert');
    setMessages(null, en, null);
  });
});

describe('check-strings (no user-facing literals in components)', () => {
  it('flags JSX text, user-facing attributes and literals in JSX expressions; allows brand and symbols', () => {
    const src = `const A = () => (<div aria-label="Close" title={x ? 'Yes' : 'No'} class="op-btn">
      Hello {name} <b>{'On Purpose'}</b> {ok ? '✕' : 'Oops'} {t('as_copy')} {'op-a op-b'}
    </div>);`;
    expect(scanSource('a.tsx', src).map((f: { text: string }) => f.text)).toEqual(['Close', 'Yes', 'No', 'Hello', 'Oops']);
  });

  it('flags plain lowercase words too: only hyphenated identifiers pass as class names', () => {
    // The People list once said "{label} was due {date}" in English in every language.
    const src = `const A = () => (<span>{r.label} {over ? 'was due' : soon ? 'due' : 'on'} {over ? 'pdue-over' : 'op_x'}</span>);`;
    expect(scanSource('a.tsx', src).map((f: { text: string }) => f.text)).toEqual(['was due', 'due', 'on']);
  });
});
