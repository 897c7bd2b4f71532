import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONTENTLESS_PHRASES,
  STOCK_INVITE_PHRASES,
  assessNote,
  effectiveLimit,
  normalizeForComparison,
  noteLength,
} from '../../../src/core/policy';
import { LOCALES } from '../../../src/core/locale';

const check = (text: string, extra?: string[]) => assessNote(text, { limit: 300, extraGenericPhrases: extra });
const problem = (text: string, extra?: string[]) => {
  const v = check(text, extra);
  return v.ok ? 'ok' : v.problem;
};

describe('normalizeForComparison', () => {
  it.each([
    ['Hi, I’d like to connect!', 'hi id like to connect'],
    ['  HELLO\u00A0\u200B World  ', 'hello world'],
    ['Ich möchte Sie gerne … hinzufügen.', 'ich mochte sie gerne hinzufugen'],
    ['Chciałbym dodać Cię', 'chcialbym dodac cie'],
    ['Gostaria de adicioná-lo', 'gostaria de adiciona lo'],
    ['Grüße — Straße', 'grusse strasse'],
    ['Let`s connect', 'lets connect'],
  ])('%j → %j', (input, expected) => expect(normalizeForComparison(input)).toBe(expected));
});

describe('empty', () => {
  it.each(['', ' ', '\n\t ', '\u00A0\u00A0', '\u200B\u200C\u200D\uFEFF', '\u2800\u3164', ' \u200B \u00A0 '])('%j is empty', (t) => {
    const v = check(t);
    expect(v).toMatchObject({ ok: false, problem: 'empty' });
    if (!v.ok) expect(v.message).toMatch(/empty/);
  });
});

describe('generic: LinkedIn stock texts in every language', () => {
  const all = LOCALES.flatMap((l) => STOCK_INVITE_PHRASES[l].map((p) => [l, p] as const));
  it('has phrases for every locale', () => {
    for (const l of LOCALES) expect(STOCK_INVITE_PHRASES[l].length).toBeGreaterThanOrEqual(3);
  });
  it.each(all)('%s: %s', (_l, phrase) => {
    const v = check(phrase);
    expect(v).toMatchObject({ ok: false, problem: 'generic' });
    if (!v.ok) expect(v.message).toBe("This is LinkedIn's stock invitation text — add the real reason you want to connect.");
  });
  it.each(LOCALES.flatMap((l) => CONTENTLESS_PHRASES[l].map((p) => [l, p] as const)))('contentless %s: %s', (_l, phrase) => {
    expect(problem(phrase)).toBe('generic');
  });
});

describe('generic: near variants', () => {
  it.each([
    "i'd like to add you to my professional network on linkedin",
    "I'D LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK ON LINKEDIN!!!",
    'I’d like to add you to my professional network on LinkedIn.',
    'Id like to add you to my professional network on LinkedIn',
    "  I'd   like to add you to my\nprofessional network on LinkedIn .  ",
    "I'd love to add you to my professional network on LinkedIn.",
    "I'd like to add you to my profesional network on Linkedin.",
    'I would like to add you to my professional network on LinkedIn.',
    "Hi Maya, I'd like to join your LinkedIn network.",
    "Hi X, I'd like to join your LinkedIn network.",
    "Hi Maya Lindqvist, I'd like to add you to my professional network on LinkedIn.",
    "Hi Maya I'd like to add you to my professional network on LinkedIn",
    "Hello Maya! I'd like to add you to my professional network on LinkedIn.",
    "Dear Dr. Smith, I'd like to add you to my professional network on LinkedIn.",
    "Maya, I'd like to add you to my professional network on LinkedIn.",
    "I'd like to add you to my professional network on LinkedIn. — Tom",
    "I'd like to add you to my professional network on LinkedIn.\n\nBest, Tom",
    "I'd like to add you to my professional network on LinkedIn. Best regards, Tom Baker",
    "I'd like to add you to my professional network on LinkedIn. Thanks!",
    "Hi Maya, I'd like to add you to my professional network on LinkedIn. Cheers, Tom",
    'Hi {firstName}, I’d like to join your LinkedIn network.',
    'Hallo Frau Schmidt, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen. Viele Grüße, Tom',
    'Sehr geehrter Herr Müller, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'ich moechte sie gerne zu meinem beruflichen netzwerk auf linkedin hinzufuegen',
    'Bonjour Marie, je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn. Cordialement, Paul',
    'Je souhaiterais vous ajouter a mon reseau professionnel sur LinkedIn',
    'Hola Ana, me gustaría añadirte a mi red profesional en LinkedIn. Saludos',
    'me gustaria anadirte a mi red profesional en linkedin',
    'Olá João, gostaria de adicioná-lo à minha rede profissional no LinkedIn. Abraços',
    'Ciao Marco, vorrei aggiungerti alla mia rete professionale su LinkedIn. Grazie!',
    'Hoi Sanne, ik wil je graag uitnodigen voor mijn professionele netwerk op LinkedIn. Groeten, Tom',
    'Dzień dobry, chciałbym dodać Cię do mojej sieci zawodowej na LinkedIn. Pozdrawiam, Jan',
    'Chcialbym dodac Cie do mojej sieci zawodowej na LinkedIn',
  ])('%j is generic', (t) => expect(problem(t)).toBe('generic'));
});

describe('generic: contentless greetings', () => {
  it.each([
    'Hi',
    'Hi!',
    'Hello Maya',
    'Hello {name}',
    'Hey Maya Lindqvist 👋',
    "Let's connect",
    "Hi, let's connect!",
    "Hi Maya, let's connect! Best, Tom",
    "I'd like to connect",
    "I'd like to connect.",
    'Let’s conect!',
    'Happy to connect :)',
    'Would love to connect, Maya!',
    "Hi Maya, I'd like to connect. Looking forward to connecting!",
    'Lass uns vernetzen!',
    'Hallo Jonas, lass uns vernetzen. LG',
    'Bonjour, connectons-nous !',
    'Hola, conectemos',
    'Olá, vamos nos conectar!',
    'Ciao, colleghiamoci',
    'Hoi, laten we connecten!',
    'Cześć, połączmy się!',
    'Maya',
    '👋',
    '...',
    'Thanks!',
    'Best, Tom',
  ])('%j is generic', (t) => {
    const v = check(t);
    expect(v).toMatchObject({ ok: false, problem: 'generic' });
    if (!v.ok) expect(v.message).toMatch(/why you want to connect|stock invitation/);
  });
});

describe('personal notes always pass', () => {
  it.each([
    "I'd like to add you to my network — we met at KubeCon's platform panel yesterday",
    "I'd like to add you to my professional network on LinkedIn. We met at KubeCon last week.",
    "Hi Maya, great meeting you at the Berlin product meetup. I enjoyed our chat about onboarding and would like to stay in touch.",
    'Hi Maya, I read your post on trial lengths — the point about activation stuck with me. Would like to follow your work.',
    'Hi Jonas, Sam Okafor suggested I reach out because we both work on design systems. Glad to connect here.',
    "Hi Priya, fellow TU Delft alum here! I noticed your move into climate tech and would enjoy connecting.",
    'Hi Tom, we worked together at Acme on the checkout redesign. It would be good to reconnect here.',
    "Loved your talk on error handling in Rust at RustFest — the slide on anyhow vs thiserror was gold.",
    'Thanks for answering my question in the Kubernetes Slack yesterday — it saved me a day.',
    "We're both in the Women in Product Berlin group; I'd love to hear how you run your discovery interviews.",
    'Hi Maya, great talk!',
    "Let's connect — I'm also moving from consulting into product and would value your take.",
    'Congrats on the Series A! I was an early user of your app back in 2019.',
    "I'm hiring a staff engineer for our payments team in Lisbon and your work on Stripe Connect looks like a great fit.",
    'Hi Maya, I saw your comment on Lenny’s post about PM interviews and agreed with every word.',
    'You reviewed my PR on the Vite repo last week — thanks! Would be good to stay in touch.',
    'Met you at the coffee stand at Web Summit, you recommended the Hamburg design meetup.',
    'Hallo Jonas, wir haben uns auf der re:publica beim Panel zu Open Source getroffen. Lass uns in Kontakt bleiben!',
    'Ich habe Ihren Artikel über Barrierefreiheit in Formularen gelesen und würde mich gerne austauschen.',
    'Bonjour Marie, nous nous sommes croisés au meetup Product à Lyon jeudi dernier.',
    "J'ai lu votre article sur le design system de la SNCF, très inspirant.",
    'Hola Ana, coincidimos en el taller de UX de Madrid y me gustó mucho tu pregunta sobre accesibilidad.',
    'Olá João, vi a sua palestra sobre Kotlin no TDC e gostaria de trocar ideias sobre KMP.',
    'Ciao Marco, ci siamo conosciuti al Codemotion di Milano, parlando di Rust.',
    'Hoi Sanne, we spraken elkaar op de Dutch PHP Conference over testen.',
    'Cześć Jan, poznaliśmy się na konferencji 4Developers w Warszawie.',
    "Hi Maya, I'd like to add you to my professional network on LinkedIn because we're both organising meetups in Berlin.",
    'Your thread on hiring juniors changed how I run interviews. Thank you!',
    'Hi, I run the Leipzig JS meetup and would love to have you speak about Svelte.',
    'Hey Maya, we sat next to each other on the flight to SFO 😄',
    'Hi Maya, saw your post about leaving Google — congrats on the new role at Figma!',
    'Hi Maya, Great Talk at JSConf about signals.',
    'I think we met at Lisa’s farewell party in March?',
    'Hi Maya, we both studied at ETH — Informatik, class of 2015.',
    'a < b, C++ rocks [1] and I <3 your Rust posts',
    'Saw your [sic] quote of my tweet, made me laugh — let’s talk conferences.',
    'LET US TALK ABOUT YOUR KUBECON TALK ON GITOPS',
    'Hi Maya, thanks for the great chat at the Rust meetup!',
  ])('%j', (t) => expect(check(t)).toEqual({ ok: true }));
});

describe('unfinished', () => {
  it.each([
    ['Hi {firstName}, we met at KubeCon and talked about Rust.', '{firstName}'],
    ['Hi Maya, we met at {{event: Where?}} and talked about Rust.', '{{'],
    ['Hi Maya, we met at [event] and talked about Rust.', '[event]'],
    ['Hi [Name], we met at KubeCon and talked about Rust.', '[Name]'],
    ['Hi Maya, I saw your work at [Company Name] and loved it.', '[Company Name]'],
    ['Hi Maya, we met at [insert event here] and talked about Rust.', '[insert event here]'],
    ['Hi Maya, we met at ___ and talked about Rust.', '___'],
    ['Hi <name>, we met at KubeCon and talked about Rust.', '<name>'],
    ['Hi Maya, I saw your work at <company> and loved it.', '<company>'],
    ['Hi Maya, we met at XXX and talked about Rust.', 'XXX'],
    ['Hi Maya, we met at {event} and talked about Rust.', '{event}'],
    ['Hi Maya, we met at [how-do-you-know-them] last week.', '[how-do-you-know-them]'],
  ])('%j', (t, placeholder) => {
    const v = check(t);
    expect(v).toMatchObject({ ok: false, problem: 'unfinished', detail: placeholder });
    if (!v.ok) expect(v.message).toContain(placeholder);
  });
  it.each(['C++ and C# folks unite, we met at KubeCon', 'See footnote [1] in your paper, we met at KubeCon', 'I <3 your posts about Rust', 'if a < b and c > d then we met at KubeCon', 'My handle is max_power and we met at KubeCon', 'Xerxes and I met you at KubeCon'])(
    'legit %j is not unfinished',
    (t) => expect(check(t)).toEqual({ ok: true }),
  );
});

describe('too long', () => {
  const note = (n: number) => 'We met at KubeCon. '.padEnd(n, 'x').replace(/x+$/, (m) => 'a'.repeat(m.length));
  it.each([
    [199, 200, true],
    [200, 200, true],
    [201, 200, false],
    [299, 300, true],
    [300, 300, true],
    [301, 300, false],
  ])('%i chars against %i', (length, limit, ok) => {
    const t = note(length);
    expect(t.length).toBe(length);
    const v = assessNote(t, { limit });
    expect(v.ok).toBe(ok);
    if (!v.ok) {
      expect(v.problem).toBe('too-long');
      expect(v.message).toContain(`${length} characters`);
      expect(v.message).toContain(`${limit}`);
    }
  });
  it('counts UTF-16 code units, like LinkedIn', () => {
    expect(noteLength('👋')).toBe(2);
    expect(noteLength('🇩🇪')).toBe(4);
    expect(noteLength('é')).toBe(1);
    const t = 'We met at KubeCon 👋'.padEnd(200, '.');
    expect(assessNote(t, { limit: 200 }).ok).toBe(true);
    expect(assessNote(`${t}👋`, { limit: 201 }).ok).toBe(false);
  });
});

describe('effectiveLimit', () => {
  it.each([
    [null, 'auto', 200],
    [null, '200', 200],
    [null, '300', 300],
    [300, 'auto', 300],
    [300, '200', 300],
    [200, '300', 200],
    [0, '300', 300],
    [Number.NaN, 'auto', 200],
  ] as const)('page %s, setting %s → %i', (page, setting, expected) => expect(effectiveLimit(page, setting)).toBe(expected));
});

describe('extra generic phrases', () => {
  it('extend the list with the same normalisation', () => {
    const extra = ['Looking to grow my network in fintech!'];
    expect(problem('Hi Maya, looking to grow my network in FinTech.', extra)).toBe('generic');
    expect(problem('Hi Maya, looking to grow my network in FinTech.')).toBe('ok');
    expect(problem('Looking to grow my network in fintech — we met at Money20/20.', extra)).toBe('ok');
    expect(problem('Hi Maya, we met at KubeCon.', ['', '   ', '!!!'])).toBe('ok');
    const v = check('Looking to grow my network in fintech', extra);
    if (!v.ok) expect(v.message).not.toMatch(/stock/);
  });
});

describe('robustness', () => {
  it('never throws and stays fast on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (t) => {
        const v = assessNote(t, { limit: 300, extraGenericPhrases: [t.slice(0, 20)] });
        if (!v.ok) expect(v.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
  });
  it('handles a long worst-case note quickly', () => {
    const t = 'Hi Maya, '.repeat(40) + "I'd like to connect. ".repeat(20);
    const start = performance.now();
    assessNote(t, { limit: 300 });
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('combinations', () => {
  const greetings = ['', 'Hi Maya, ', 'Hello Maya Lindqvist! ', 'Hallo Jonas, ', 'Bonjour Marie, ', 'Hola, ', 'Dear Dr. Smith, ', 'Cześć Jan, '];
  const signOffs = ['', ' Best, Tom', ' — Tom', ' Thanks!', ' Viele Grüße, Anna', ' Cordialement, Paul', ' Pozdrawiam', '\n\nCheers,\nTom Baker'];
  const stock = LOCALES.flatMap((l) => STOCK_INVITE_PHRASES[l]);
  const reasons = [
    'We met at KubeCon last week.',
    'Your post on hiring juniors changed how I interview.',
    'Wir haben uns auf der re:publica getroffen.',
    'Nous étions au même atelier UX à Lyon.',
    'Coincidimos en el meetup de Python en Sevilla.',
    'Poznaliśmy się na konferencji w Krakowie.',
    'I am organising the Rust meetup and would love you to speak.',
    'Sam from Acme said you know everything about payments in Brazil.',
  ];
  const casing = fc.constantFrom((s: string) => s, (s: string) => s.toLowerCase(), (s: string) => s.toUpperCase());

  it('greeting + stock text + sign-off is generic in any case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...greetings), fc.constantFrom(...stock), fc.constantFrom(...signOffs), casing, (g, s, o, c) => {
        const v = check(c(`${g}${s}${o}`));
        expect(v.ok ? 'ok' : v.problem).toBe('generic');
      }),
      { numRuns: 400 },
    );
  });

  it('adding a real reason anywhere makes it personal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...greetings),
        fc.constantFrom(...stock, ...LOCALES.flatMap((l) => CONTENTLESS_PHRASES[l])),
        fc.constantFrom(...reasons),
        fc.boolean(),
        fc.constantFrom(...signOffs),
        (g, s, r, before, o) => {
          const text = before ? `${g}${r} ${s}.${o}` : `${g}${s}. ${r}${o}`;
          expect(check(text)).toEqual({ ok: true });
        },
      ),
      { numRuns: 400 },
    );
  });
});
