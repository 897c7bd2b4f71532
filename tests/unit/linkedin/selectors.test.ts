/**
 * Meta-tests (STYLE: selectors beside their evidence): every alternative of every selector in the
 * registry matches in at least one checked-in page, and every fixture in the corpus is exercised
 * (fixtures.test.ts runs each one against its expect block).
 */
import { describe, expect, it } from 'vitest';
import { LABELS, LOCALES, SEL } from '../../../src/linkedin';
import { containsPeopleLabel, matchPeopleTemplate, PEOPLE_LABELS } from '../../../src/linkedin/people-locales';
import { labelLocales, matchTemplate } from '../../../src/linkedin/locales';
import { deepQueryAll, load, loadFixture, loadFixtures } from './_harness';
import { allVariants } from './_variants';

const pages = [
  ...loadFixtures().map((f) => ({ name: f.file, doc: loadFixture(f).doc })),
  ...allVariants().map((v) => ({ name: `variant:${v.name}`, doc: load(v.html, v.url).doc })),
];

describe('selector registry', () => {
  for (const [key, sel] of Object.entries(SEL)) {
    for (const alt of sel.split(/,\s*/)) {
      it(`${key}: "${alt}" matches in some page`, () => {
        expect(pages.some((p) => deepQueryAll(p.doc, alt).length > 0)).toBe(true);
      });
    }
  }

  it('never selects on hashed classes or emberNNN ids', () => {
    for (const sel of Object.values(SEL)) {
      expect(sel).not.toMatch(/ember\d|#ember|\._?[0-9a-f]{8}\b/);
    }
  });
});

describe('label tables', () => {
  it('every locale fills every key', () => {
    for (const loc of LOCALES) for (const [k, v] of Object.entries(LABELS[loc])) expect(v.length, `${loc}.${k}`).toBeGreaterThan(0);
    for (const loc of LOCALES) for (const [k, v] of Object.entries(PEOPLE_LABELS[loc])) expect(v.length, `people ${loc}.${k}`).toBeGreaterThan(0);
  });

  it('the People tables match through the same lookups as the invite tables', () => {
    expect(matchPeopleTemplate('sentToast', 'Your invitation to Ana  Souza was sent.')).toEqual({ value: 'Ana  Souza'.replace(/\s+/g, ' '), locale: 'en' });
    expect(containsPeopleLabel('notSentToast', 'Invitation not sent. Try again later.')).toBe('en');
  });

  it('exact labels ignore case, spacing, apostrophe style and trailing ellipsis', () => {
    expect(labelLocales('sendWithoutNote', '  send   WITHOUT a note ')).toEqual(['en']);
    expect(labelLocales('send', "Envoyer l'invitation")).toEqual(['fr']);
    expect(labelLocales('writeMessage', 'Write a message...')).toEqual(['en']);
    expect(labelLocales('send', 'Enviar')).toEqual(['es', 'pt']);
    expect(labelLocales('addNote', 'Send without a note')).toEqual([]);
  });

  it('templates capture the name or number', () => {
    expect(matchTemplate('accept', "Accept Maya O'Brien's invitation")).toEqual({ value: "Maya O'Brien", locale: 'en' });
    expect(matchTemplate('invite', 'Zaproś użytkownika Zofia Wiśniewska do nawiązania kontaktu')).toEqual({ value: 'Zofia Wiśniewska', locale: 'pl' });
    expect(matchTemplate('limit', 'Please limit personal note to 200 characters.')?.value).toBe('200');
    expect(matchTemplate('ignoreOther', 'Ignore an invitation to connect from Maya')).toBeNull();
  });
});
