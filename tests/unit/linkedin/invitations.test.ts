import { describe, expect, it } from 'vitest';
import { findInvitationCards, isRelevantMutation, mayHaveInvitations, observationTargets } from '../../../src/linkedin';
import { LABELS, LOCALES } from '../../../src/linkedin/locales';
import { load } from './_harness';
import { classicCard, classicInvitationsPage, classicTvmPage, previewPage, sduiCard, sduiInvitationsPage } from './_variants';

const MANAGER = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const summary = (doc: Document) =>
  findInvitationCards(doc).map((c) => ({ name: c.person?.fullName ?? null, kind: c.kind, hasNote: c.hasNote, layout: c.layout }));

describe('2026 SDUI list', () => {
  it('person cards with and without a note, a company invite; Message link and compose URL', () => {
    const { doc } = load(
      sduiInvitationsPage([
        sduiCard({ name: 'Maya Lindqvist', slug: 'fixture-maya', note: 'We met at the summit in Malmö.' }),
        sduiCard({ name: 'Tomás Ferreira', slug: 'fixture-tomas' }),
        sduiCard({ name: 'Casey Inviter', slug: 'fixture-casey', kind: 'company', ignore: 'Ignore an invitation from Casey Inviter' }),
      ]),
      MANAGER,
    );
    expect(summary(doc)).toEqual([
      { name: 'Maya Lindqvist', kind: 'person', hasNote: true, layout: 'sdui-2026' },
      { name: 'Tomás Ferreira', kind: 'person', hasNote: false, layout: 'sdui-2026' },
      { name: 'Casey Inviter', kind: 'other', hasNote: false, layout: 'sdui-2026' },
    ]);
    const [withNote, without] = findInvitationCards(doc);
    expect(withNote!.composeUrl).toBe('https://www.linkedin.com/messaging/compose/?invitation=urn%3Ali%3Afsd_invitation%3A74000001');
    expect(withNote!.messageControl?.textContent).toBe('Message');
    expect(without!.messageControl).toBeNull();
    // No Message control, no invitation URN: the compose route by the profile's vanity name (issue 9).
    expect(without!.composeUrl).toBe('https://www.linkedin.com/messaging/compose/?recipient=fixture-tomas');
    expect(without!.vanityName).toBe('fixture-tomas');
    expect(without!.profileUrl).toBe('https://www.linkedin.com/in/fixture-tomas/');
    // The injected control goes after the action row, which holds Ignore and Accept.
    expect(without!.mountAfter.querySelectorAll('button')).toHaveLength(2);
  });

  it('no profile link: no compose route at all (the reply is copied)', () => {
    const { doc } = load(
      sduiInvitationsPage([sduiCard({ name: 'Tomás Ferreira', slug: 'fixture-tomas' })]).replaceAll('/in/fixture-tomas/', '/search/results/people/'),
      MANAGER,
    );
    const [card] = findInvitationCards(doc);
    expect(card).toBeTruthy();
    expect(card!.vanityName).toBeNull();
    expect(card!.composeUrl).toBeNull();
  });

  it('a vanity name with non-ASCII letters is decoded, and encoded again in the route', () => {
    const { doc } = load(sduiInvitationsPage([sduiCard({ name: 'Zoë Müller', slug: 'zo%C3%AB-m%C3%BCller' })]), MANAGER);
    const [card] = findInvitationCards(doc);
    expect(card!.vanityName).toBe('zoë-müller');
    expect(card!.composeUrl).toBe('https://www.linkedin.com/messaging/compose/?recipient=zo%C3%AB-m%C3%BCller');
  });

  it('a compose URL from an invitation URN anywhere in the card (componentkey)', () => {
    const { doc } = load(
      sduiInvitationsPage([
        sduiCard({ name: 'Wei Zhang', slug: 'fixture-wei' }).replace('componentkey="auto-component-fixture-wei"', 'componentkey="urn:li:fsd_invitation:7400000000000000042"'),
      ]),
      MANAGER,
    );
    expect(findInvitationCards(doc)[0]!.composeUrl).toBe(
      'https://www.linkedin.com/messaging/compose/?invitation=urn%3Ali%3Afsd_invitation%3A7400000000000000042',
    );
  });

  for (const loc of LOCALES) {
    it(`${loc}: Accept/Ignore labels from the table`, () => {
      const t = LABELS[loc];
      const card = (name: string, note: string | null, other = false) =>
        sduiCard({
          name,
          slug: `fixture-${name.split(' ')[0]!.toLowerCase()}`,
          note,
          accept: t.accept[0]!.replace('{name}', name),
          ignore: (other ? t.ignoreOther[0]! : t.ignoreConnect[0]!).replace('{name}', name),
        });
      const { doc } = load(sduiInvitationsPage([card('Ana Silva', 'Olá!'), card('Jan Kowalski', null), card('Org Person', null, true)], loc), MANAGER);
      expect(summary(doc).map(({ name, kind, hasNote }) => ({ name, kind, hasNote }))).toEqual([
        { name: 'Ana Silva', kind: 'person', hasNote: true },
        { name: 'Jan Kowalski', kind: 'person', hasNote: false },
        { name: 'Org Person', kind: 'other', hasNote: false },
      ]);
    });
  }

  it('an unknown UI language: the two-button card inside the invitations screen still counts', () => {
    const { doc } = load(
      sduiInvitationsPage([
        sduiCard({ name: 'Ada Berg', slug: 'fixture-ada', accept: 'Acceptera inbjudan från Ada Berg', ignore: 'Ignorera inbjudan från Ada Berg' }),
      ], 'sv'),
      MANAGER,
    );
    expect(summary(doc)).toEqual([{ name: 'Ada Berg', kind: 'person', hasNote: false, layout: 'sdui-2026' }]);
  });

  it('drift: a card with two Accept controls is not guessed at', () => {
    const twice = sduiCard({ name: 'Ada Berg', slug: 'fixture-ada' }).replace(
      '</div></div></div>',
      '<button aria-label="Accept Nils Ek’s invitation">Accept</button></div></div></div>',
    );
    expect(findInvitationCards(load(sduiInvitationsPage([twice]), MANAGER).doc)).toEqual([]);
  });

  it('lazily added cards are found, and the list is a watched, relevant target', async () => {
    const { doc, win } = load(sduiInvitationsPage([sduiCard({ name: 'Maya Lindqvist', slug: 'fixture-maya' })]), MANAGER);
    const targets = observationTargets(doc);
    const main = doc.querySelector('main')!;
    expect(targets.find((t) => t.node === main)?.options.subtree).toBe(true);
    const records: MutationRecord[] = [];
    const mo = new win.MutationObserver((r) => records.push(...r));
    mo.observe(main, { childList: true, subtree: true });
    const col = doc.querySelector('[data-testid="lazy-column"]')!;
    col.insertAdjacentHTML('beforeend', sduiCard({ name: 'Nils Ek', slug: 'fixture-nils' }));
    await Promise.resolve();
    mo.disconnect();
    expect(records.some(isRelevantMutation)).toBe(true);
    expect(summary(doc).map((c) => c.name)).toEqual(['Maya Lindqvist', 'Nils Ek']);
  });
});

describe('classic li.invitation-card', () => {
  it('the note container decides; Reply to X is the message control', () => {
    const { doc } = load(
      classicInvitationsPage([
        classicCard({ name: 'Maya Lindqvist', slug: 'fixture-maya', note: 'We met at the summit.' }),
        classicCard({ name: 'Tomás Ferreira', slug: 'fixture-tomas' }),
      ]),
      'https://www.linkedin.com/mynetwork/invitation-manager/',
    );
    const cards = findInvitationCards(doc);
    expect(summary(doc)).toEqual([
      { name: 'Maya Lindqvist', kind: 'person', hasNote: true, layout: 'classic' },
      { name: 'Tomás Ferreira', kind: 'person', hasNote: false, layout: 'classic' },
    ]);
    expect(cards[0]!.messageControl?.textContent).toBe('Reply to Maya');
    expect(cards[0]!.profileUrl).toBe('https://www.linkedin.com/in/fixture-maya/');
    expect(cards[1]!.mountAfter.classList.contains('invitation-card__action-container')).toBe(true);
  });
});

describe('later classic cards (tvm title) in the 2025 manager screen', () => {
  it('names from the title; showcase and school invitations are not people', () => {
    const { doc } = load(classicTvmPage(), 'https://www.linkedin.com/mynetwork/invitation-manager/');
    expect(summary(doc)).toEqual([
      { name: 'Hiro Tanaka', kind: 'person', hasNote: false, layout: 'classic' },
      { name: 'Contoso Careers', kind: 'other', hasNote: false, layout: 'classic' },
      { name: 'Fabrikam University', kind: 'other', hasNote: false, layout: 'classic' },
    ]);
  });
});

describe('2025 /mynetwork/ preview', () => {
  it('invitation-action buttons without readable labels; People you may know is never a card', () => {
    const { doc } = load(previewPage(), 'https://www.linkedin.com/mynetwork/');
    expect(summary(doc)).toEqual([
      { name: 'Ada Berg', kind: 'person', hasNote: false, layout: 'preview' },
      { name: 'Nils Ek', kind: 'person', hasNote: true, layout: 'preview' },
    ]);
  });
});

describe('page kinds that never carry received invitations', () => {
  // linkedin-dom.md §2: every layout, 2018-2026, lives on /mynetwork/. On the feed, a profile,
  // search or messaging, the scan does not even look (a class-collection look walks the whole
  // churning feed after each mutation: README, Performance).
  const page = classicInvitationsPage([classicCard({ name: 'Maya Lindqvist', slug: 'fixture-maya' })]);
  it('finds the classic card on /mynetwork/ and on a page we do not know', () => {
    expect(summary(load(page, MANAGER).doc).map((c) => c.name)).toEqual(['Maya Lindqvist']);
    expect(summary(load(page, 'https://www.linkedin.com/company/contoso/').doc).map((c) => c.name)).toEqual(['Maya Lindqvist']);
  });
  it('looks for none on the feed, a profile, search or messaging, and the loader is not asked', () => {
    for (const url of ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/someone/', 'https://www.linkedin.com/search/results/people/', 'https://www.linkedin.com/messaging/']) {
      const { doc } = load(page, url);
      expect(findInvitationCards(doc), url).toEqual([]);
      expect(mayHaveInvitations(doc), url).toBe(false);
    }
  });
});
