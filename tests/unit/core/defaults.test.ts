import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_ID, DEFAULT_INVITE_ID, DEFAULT_KEPT_REASON_ID, DEFAULT_LIBRARY_LANGUAGES, DEFAULT_REPLY_ID, defaultTemplates } from '../../../src/core/defaults';
import { TemplateSchema, INVITE_LIMIT_FREE, MESSAGE_LIMIT } from '../../../src/core/schema';
import { kindProblems, parseTemplate, renderTemplate, sampleContext } from '../../../src/core/syntax';
import { assessNote } from '../../../src/core/policy';


// Typical answers of realistic length for each default fill-in (some longer than the preview samples).
const TYPICAL: Record<string, string> = {
  event: 'the Berlin product meetup last week',
  topic: 'onboarding for self-serve products',
  takeaway: 'your point about trial length stuck with me',
  mutual: 'Sam Okafor',
  why: 'we both work on design systems',
  school: 'TU Delft',
  detail: 'your move into climate tech',
  company: 'Acme Payments',
  project: 'the checkout redesign',
  community: 'the Rust Berlin meetup',
  contribution: 'talk on error handling',
  context: 'a product designer in Lisbon',
  question: 'hiring a first designer',
};
const person = { fullName: 'Maya Lindqvist', firstName: 'Maya', lastName: 'Lindqvist' };

/** "Thanks for the invite! How have we met or connected before?" as each language says it. */
const ASK_HOW_WE_MET: Record<string, string> = {
  en: 'Hi {firstName}! Thanks for the invite! How have we met or connected before?',
  de: 'Hallo {firstName}, danke für die Einladung! Woher kennen wir uns, oder hatten wir schon einmal miteinander zu tun?',
  fr: 'Bonjour {firstName}, merci pour l’invitation\u00a0! Comment nous sommes-nous rencontrés, ou avons-nous déjà été en contact\u00a0?',
  es: '¡Hola, {firstName}! ¡Gracias por la invitación! ¿De qué nos conocemos o dónde hemos coincidido antes?',
  it: 'Ciao {firstName}! Grazie per l’invito! Come ci siamo conosciuti, o ci siamo già incrociati da qualche parte?',
  nl: 'Hoi {firstName}! Bedankt voor de uitnodiging! Hoe kennen we elkaar, of hebben we al eens eerder contact gehad?',
  pl: 'Cześć {firstName}! Dzięki za zaproszenie! Skąd się znamy? Czy nasze drogi już się kiedyś przecięły?',
  pt: 'Olá, {firstName}! Agradeço o convite! Como nos conhecemos, ou já tivemos algum contato antes?',
};

describe('the default library in every language', () => {
  it('is written in every language the UI speaks', () => {
    expect([...DEFAULT_LIBRARY_LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
    expect(Object.keys(ASK_HOW_WE_MET).sort()).toEqual([...DEFAULT_LIBRARY_LANGUAGES].sort());
  });
  const en = defaultTemplates(0);
  it.each(DEFAULT_LIBRARY_LANGUAGES)('%s: same ids, kinds, order and fill-in keys as English; not English text', (lang) => {
    const local = defaultTemplates(0, lang);
    expect(local.map((t) => [t.id, t.kind])).toEqual(en.map((t) => [t.id, t.kind]));
    for (const [i, t] of local.entries()) {
      const keys = (b: string) => [...b.matchAll(/\{\{\s*([\w-]+)\s*:/g)].map((m) => m[1]);
      expect(keys(t.body)).toEqual(keys(en[i]!.body));
      if (lang !== 'en') expect(t.body).not.toBe(en[i]!.body);
    }
  });
  it('picks the language from a BCP 47 tag, English otherwise', () => {
    expect(defaultTemplates(0, 'de-AT')[0]!.body).toBe(defaultTemplates(0, 'de')[0]!.body);
    expect(defaultTemplates(0, 'pt_BR')[0]!.body).toBe(defaultTemplates(0, 'pt')[0]!.body);
    expect(defaultTemplates(0, 'pt-BR')[0]!.body).not.toBe(en[0]!.body);
    expect(defaultTemplates(0, 'sv_SE')[0]!.body).toBe(en[0]!.body);
    expect(defaultTemplates(0, 'ja')).toEqual(en);
  });
});

describe.each(DEFAULT_LIBRARY_LANGUAGES)('default templates (%s)', (lang) => {
  const templates = defaultTemplates(1_700_000_000_000, lang);
  const invites = templates.filter((t) => t.kind === 'invite');
  const replies = templates.filter((t) => t.kind === 'reply');
  it('ship at least 6 invites and 3 replies, valid, with stable unique ids', () => {
    expect(invites.length).toBeGreaterThanOrEqual(6);
    expect(replies.length).toBeGreaterThanOrEqual(3);
    for (const t of templates) expect(TemplateSchema.safeParse(t).success).toBe(true);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) expect(t.id).toMatch(/^default-(invite|reply|follow-up)-[a-z-]+$/);
    expect(invites[0]!.id).toBe(DEFAULT_INVITE_ID);
    expect(replies[0]!.id).toBe(DEFAULT_REPLY_ID);
    expect(defaultTemplates(5, lang).map((t) => t.id)).toEqual(templates.map((t) => t.id));
  });

  it('the default reply asks how we met, verbatim', () => {
    expect(replies[0]!.body).toBe(ASK_HOW_WE_MET[lang]);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s parses, and every invite asks for a reason', (_id, t) => {
    const p = parseTemplate(t.body);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    if (t.kind === 'invite') expect(p.template.fillIns.length).toBeGreaterThan(0);
    // Defaults never depend on the user's own name, which may not be set yet.
    expect(p.template.variables).not.toContain('myFirstName');
  });

  it.each(invites.map((t) => [t.id, t] as const))('%s renders within 200 characters and passes the policy', (_id, t) => {
    const p = parseTemplate(t.body);
    if (!p.ok) throw new Error('parse failed');
    for (const answers of [sampleContext(p.template).answers, TYPICAL]) {
      const r = renderTemplate(p.template, { person, answers });
      expect(r.missing).toEqual([]);
      expect(r.text.length).toBeLessThanOrEqual(INVITE_LIMIT_FREE);
      expect(assessNote(r.text, { limit: INVITE_LIMIT_FREE })).toEqual({ ok: true });
    }
  });

  it.each(replies.map((t) => [t.id, t] as const))('%s renders and passes the policy', (_id, t) => {
    const p = parseTemplate(t.body);
    if (!p.ok) throw new Error('parse failed');
    const r = renderTemplate(p.template, sampleContext(p.template));
    expect(r.missing).toEqual([]);
    expect(assessNote(r.text, { limit: MESSAGE_LIMIT })).toEqual({ ok: true });
  });

  it('no default body is itself generic, even unrendered', () => {
    for (const t of templates) {
      const v = assessNote(t.body, { limit: MESSAGE_LIMIT });
      if (!v.ok) expect(v.problem).not.toBe('generic');
    }
  });

  it('names and tags fit the schema limits and creation order is the list order', () => {
    for (const [i, t] of templates.entries()) {
      expect(t.tags.length).toBeGreaterThan(0);
      if (i > 0) expect(t.createdAt).toBeGreaterThan(templates[i - 1]!.createdAt);
    }
  });
});

describe('default follow-up templates', () => {
  const templates = defaultTemplates(0);
  const followUps = templates.filter((t) => t.kind === 'follow-up');
  const ctx = { person, reason: 'we met at the Berlin product meetup and talked about onboarding', invitedOn: 'November 20, 2026' };

  it('ship 3-4, the first is DEFAULT_FOLLOW_UP_ID, one delivers a kept reason', () => {
    expect(followUps.length).toBeGreaterThanOrEqual(3);
    expect(followUps.length).toBeLessThanOrEqual(4);
    expect(followUps[0]!.id).toBe(DEFAULT_FOLLOW_UP_ID);
    expect(followUps.some((t) => t.id === DEFAULT_KEPT_REASON_ID && t.body.includes('{reason}'))).toBe(true);
    expect(followUps.filter((t) => t.body.includes('{reason}')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(followUps.map((t) => [t.id, t] as const))('%s renders with a reason, fits a message and passes the policy', (_id, t) => {
    const p = parseTemplate(t.body);
    if (!p.ok) throw new Error('parse failed');
    expect(kindProblems(p.template, 'follow-up', t.body)).toEqual([]);
    const r = renderTemplate(p.template, { ...ctx, answers: sampleContext(p.template).answers });
    expect(r.missing).toEqual([]);
    expect(r.unresolvedVariables).toEqual([]);
    expect(r.text).not.toMatch(/[{}[\]]/);
    expect(assessNote(r.text, { limit: MESSAGE_LIMIT })).toEqual({ ok: true });
  });

  it('without a reason the marker stays, so it cannot be sent by accident', () => {
    const t = followUps[0]!;
    const p = parseTemplate(t.body);
    if (!p.ok) throw new Error('parse failed');
    const r = renderTemplate(p.template, { person, answers: {} });
    expect(r.unresolvedVariables).toContain('reason');
    expect(r.text).toContain('{reason}');
    expect(assessNote(r.text, { limit: MESSAGE_LIMIT }).ok).toBe(false);
  });
});
