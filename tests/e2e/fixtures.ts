// The fixture index, typed for the end-to-end suites (tests/fixtures/linkedin/fixtures.json).
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/schema';
import type { Session } from './harness';

export interface InviteExpect {
  step: 'choose' | 'note' | 'email' | 'upsell' | 'choose-no-note' | 'unknown';
  root: 'document' | 'interop';
  recipient: string | null;
  pageLimit: number | null;
  locale: string;
}
export interface FixtureRow {
  file: string;
  url: string;
  surface: string;
  locale: string;
  expect: {
    invite?: InviteExpect | null;
    cards?: Array<{ name: string; kind: 'person' | 'other'; hasNote: boolean }>;
    composers?: Array<{ surface: string; recipient: string | null }>;
    oneClickConnect?: number;
    sendControls?: { sendWithoutNote: string | null; sendWithNote: string | null };
  };
}

export const FIXTURES: FixtureRow[] = JSON.parse(readFileSync('tests/fixtures/linkedin/fixtures.json', 'utf8')).fixtures;
export const bySurface = (surface: string) => FIXTURES.filter((f) => f.surface === surface);
export const inviteFixtures = (...steps: InviteExpect['step'][]) =>
  FIXTURES.filter((f) => f.expect.invite && steps.includes(f.expect.invite.step));

/** OP_E2E_FULL=1 (`npm run test:full`): every fixture of every per-fixture matrix, not npm test's share. */
export const E2E_FULL = process.env.OP_E2E_FULL === '1';

/** A test that runs only with OP_E2E_FULL=1; `npm test` lists it as skipped. Say at each use why. */
export const itFull = E2E_FULL ? it : it.skip;

/**
 * `npm test`'s share of a per-fixture matrix: the fixtures whose file name matches `keep`, or all of
 * them with OP_E2E_FULL=1. Why a share: the whole `npm test` must stay under 5 minutes on 2 cores
 * (issues 11 and 12), the browser suites are CPU-bound there, and a fixture costs 1-4 s of a test
 * each. Why it is enough: every fixture is still read by the adapters on every run (unit stage:
 * tests/unit/linkedin/fixtures.test.ts, and the metamorphic variants of each invite fixture), so
 * what a share leaves out is the same flow on one more variant of the same markup. Each share keeps
 * both roots (document, #interop-outlet), the oldest and newest generations, and more than one
 * language; the comment at each call says what it covers. `keep` must name fixtures that exist
 * (checked here), so a renamed fixture cannot silently empty a share.
 */
export function share<T extends { file: string }>(all: T[], keep: RegExp): T[] {
  if (E2E_FULL) return all;
  const kept = all.filter((f) => keep.test(f.file));
  if (!kept.length) throw new Error(`npm test's share ${keep} names none of: ${all.map((f) => f.file).join(', ')}`);
  return kept;
}

/** LinkedIn's own control with this accessible label (aria-label first, visible text second). */
export function control(page: Page, label: string) {
  return page
    .locator(`[aria-label="${label}"], input[type="submit"][value="${label}"]`)
    .or(page.locator('button', { hasText: new RegExp(`^\\s*${label}\\s*$`) }))
    .first();
}

export const noteField = (page: Page) =>
  page.locator('textarea#custom-message, .send-invite textarea[name=message], textarea#greeting-iweReconnect').first();
export const panel = (page: Page) => page.locator('on-purpose-invite-panel');

export async function sentInvites(page: Page) {
  return page.evaluate(() => (window as unknown as { playground: { log(): Array<{ kind: string; recipient: string; text: string }> } }).playground.log().filter((e) => e.kind === 'invite'));
}

/** Writes settings the way the popup does (a full, valid object), and waits for them to apply. */
export async function setSettings(s: Session, patch: Partial<Settings>): Promise<void> {
  const page = await s.extensionPage();
  await page.evaluate(async (p) => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const { settings } = await chromeApi.storage.local.get('settings');
    await chromeApi.storage.local.set({ settings: { ...p.defaults, ...(settings as object), ...p.patch, updatedAt: Date.now() } });
  }, { defaults: DEFAULT_SETTINGS, patch });
}

/** Stock invitation text per locale (what LinkedIn pre-filled for years), for the generic-note tests. */
export const STOCK: Record<string, string> = {
  en: "I'd like to add you to my professional network on LinkedIn.",
  de: 'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
  fr: 'Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.',
  es: 'Me gustaría añadirte a mi red profesional en LinkedIn.',
  pt: 'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.',
  it: 'Vorrei aggiungerti alla mia rete professionale su LinkedIn.',
  nl: 'Ik wil je graag uitnodigen voor mijn professionele netwerk op LinkedIn.',
  pl: 'Chciałbym dodać Cię do mojej sieci zawodowej na LinkedIn.',
};

/** A real note, with a reason, per locale: must always go through exactly as typed. */
export const PERSONAL: Record<string, string> = {
  en: 'Hi! We met at the Platform Summit in Malmö last week. I would love to compare notes on developer portals.',
  de: 'Hallo! Wir haben uns letzte Woche auf dem Platform Summit in Malmö getroffen, gerne würde ich mich weiter austauschen.',
  fr: 'Bonjour ! Nous nous sommes croisés au Platform Summit à Malmö, j’aimerais poursuivre notre échange sur les portails développeurs.',
  es: 'Hola, coincidimos en el Platform Summit de Malmö y me gustaría seguir la charla sobre portales internos.',
  pt: 'Olá! Conhecemo-nos no Platform Summit em Malmö e gostaria de continuar a conversa sobre portais.',
  it: 'Ciao! Ci siamo conosciuti al Platform Summit di Malmö, mi piacerebbe continuare la conversazione.',
  nl: 'Hoi! We spraken elkaar op de Platform Summit in Malmö, ik praat graag verder over developer portals.',
  pl: 'Cześć! Poznaliśmy się na Platform Summit w Malmö i chętnie porozmawiam dalej o portalach deweloperskich.',
};

/**
 * Our own UI text as the injected UI shows it on a page in `locale` (issue 12 part 2): the page's
 * language when we ship a table for it, else English (these suites run an English browser).
 */
export function msg(locale: string, key: string, subs: ReadonlyArray<string | number> = []): string {
  const read = (l: string): Record<string, { message: string }> | null => {
    try {
      return JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8'));
    } catch {
      return null;
    }
  };
  const table = read(locale.split(/[-_]/)[0]!) ?? read('en')!;
  const m = (table[key] ?? read('en')![key])?.message;
  if (m === undefined) throw new Error(`no message ${key}`);
  return m.replace(/\$([1-9])/g, (_x, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The same message as a pattern, its substitutions matching anything: for texts with page data. */
export function msgPattern(locale: string, key: string): RegExp {
  const parts = msg(locale, key, Array.from({ length: 9 }, (_, i) => `\u0000${i}`)).split(/\u0000\d/);
  return new RegExp(parts.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?'));
}
