/**
 * Relationship recognition (src/linkedin/people.ts) against the profile, Sent, Connections and
 * notifications fixtures (each fixtures.json `expect.people` block), and the traps relationships.md
 * names: the action row twice, other people's Invite links, "Message top connections", a 1st badge
 * contradicted by a Pending for the same name.
 */
import { describe, expect, it } from 'vitest';
import {
  degreeOf,
  findInviteToasts,
  findInvitationCards,
  mayHaveSurfaces,
  peoplePageKind,
  readAcceptedNotifications,
  readConnections,
  readProfileTopCard,
  readSentList,
} from '../../../src/linkedin';
import { load, loadFixture, loadFixtures } from './_harness';

interface PeopleExpect {
  profile?: { name: string; vanityName: string; profileUrn: string; degree: number | null; relation: string; pending: boolean; invite: boolean; message: boolean };
  toasts?: Array<{ kind: string; name: string | null }>;
  sent?: { total: number | null; complete: boolean; cards: Array<{ name: string; vanityName: string | null; sent: string | null }> };
  connections?: Array<{ name: string; vanityName: string | null; connected: string | null }>;
  accepted?: Array<{ name: string | null; vanityName: string | null }>;
}

const all = loadFixtures();
const people = all.filter((f) => (f.expect as { people?: unknown } | null)?.people);

describe('people fixtures', () => {
  it('cover every relationship page', () => {
    const files = people.map((f) => f.file.split('--')[0]);
    for (const s of ['profile', 'sent', 'connections', 'notifications']) expect(files).toContain(s);
  });

  for (const f of people) {
    const e = (f.expect as unknown as { people: PeopleExpect }).people;
    it(`${f.file}: reads what fixtures.json says`, () => {
      const { doc } = loadFixture(f);
      const card = readProfileTopCard(doc);
      if (e.profile) {
        expect(card).not.toBeNull();
        expect({
          name: card!.person.fullName,
          vanityName: card!.vanityName,
          profileUrn: card!.profileUrn,
          degree: card!.degree,
          relation: card!.relation,
          pending: !!card!.pending,
          invite: !!card!.invite,
          message: !!card!.message,
        }).toEqual(e.profile);
        // Never someone else's control: the rail's Invite links name other people.
        if (card!.invite) expect(card!.invite.getAttribute('aria-label')).toContain(e.profile.name);
      } else expect(card).toBeNull();
      expect(findInviteToasts(doc).map((t) => ({ kind: t.kind, name: t.name }))).toEqual(e.toasts ?? []);
      const sent = readSentList(doc);
      if (e.sent) {
        expect({ total: sent!.total, complete: sent!.complete, cards: sent!.cards.map((c) => ({ name: c.person.fullName, vanityName: c.vanityName, sent: c.sent })) }).toEqual(e.sent);
      } else expect(sent).toBeNull();
      expect(readConnections(doc).map((c) => ({ name: c.person.fullName, vanityName: c.vanityName, connected: c.connected }))).toEqual(e.connections ?? []);
      expect(readAcceptedNotifications(doc).map((c) => ({ name: c.person?.fullName ?? null, vanityName: c.vanityName }))).toEqual(e.accepted ?? []);
      // These pages are never received invitations (no "Ask how we met" on Sent or Connections cards).
      expect(findInvitationCards(doc)).toEqual([]);
      expect(mayHaveSurfaces(doc)).toBe(true);
    });
  }

  // Older profile fixtures have top cards too: the invite pages read as not connected (their
  // Connect names the person); only the two genuinely 1st-degree pages read as connected.
  const firstDegree = ['composer--overlay-interop--2026-08.html', 'decoy--send-profile-message--2026-09.html'];
  for (const f of all.filter((x) => !people.includes(x))) {
    it(`${f.file}: no relationship facts beyond what the page shows (no false positives)`, () => {
      const { doc } = loadFixture(f);
      const card = readProfileTopCard(doc);
      if (card) expect(card.relation === 'connected').toBe(firstDegree.includes(f.file));
      expect(readSentList(doc)?.cards.length ?? 0).toBe(f.url.includes('/invitation-manager/sent') ? 2 : 0);
      expect(readConnections(doc)).toEqual([]);
      expect(readAcceptedNotifications(doc)).toEqual([]);
    });
  }
});

const profileFixture = (file: string) => all.find((f) => f.file === file)!;

describe('profile traps', () => {
  it('a 1st badge with a Pending for the same name is a contradiction: unknown', () => {
    const f = profileFixture('profile--1st-sdui--2026-09.html');
    const html = f.html.replace('<span class="_1073273e">Message</span>', '<span class="_1073273e">Message</span></a><a href="#" aria-label="Pending, click to withdraw invitation sent to Elena Vasquez"><span>Pending</span>');
    const { doc } = load(html, f.url);
    expect(readProfileTopCard(doc)!.relation).toBe('unknown');
  });

  it('someone else\'s Pending or Invite (rail) never decides for this person', () => {
    const f = profileFixture('profile--1st-sdui--2026-09.html');
    const html = f.html.replace('aria-label="Invite Jordan Blake to connect"', 'aria-label="Pending, click to withdraw invitation sent to Jordan Blake"');
    const { doc } = load(html, f.url);
    const card = readProfileTopCard(doc)!;
    expect(card.relation).toBe('connected');
    expect(card.pending).toBeNull();
  });

  it('no badge at all (own profile, out of network): unknown, never connected', () => {
    const f = profileFixture('profile--1st-sdui--2026-09.html');
    const { doc } = load(f.html.replace('<span class="_0d8a3b1e">· 1st', '<span class="_0d8a3b1e">'), f.url);
    expect(readProfileTopCard(doc)!.relation).toBe('unknown');
  });

  it('the badge in the sticky header or the rail does not count: only the top card', () => {
    const f = profileFixture('profile--2nd-sdui--2026-09.html');
    // A rail entry "· 1st" must not make a 2nd-degree profile connected.
    const { doc } = load(f.html.replace('<strong>Jordan Blake</strong> · 2nd', '<strong>Jordan Blake</strong> · 1st'), f.url);
    expect(readProfileTopCard(doc)!.degree).toBe(2);
  });

  it('only /in/<slug>/ pages are profiles', () => {
    expect(peoplePageKind({ pathname: '/in/x/' })).toBe('profile');
    expect(peoplePageKind({ pathname: '/in/x/overlay/about-this-profile/' })).toBeNull();
    expect(peoplePageKind({ pathname: '/feed/' })).toBeNull();
    expect(peoplePageKind({ pathname: '/mynetwork/invitation-manager/sent/' })).toBe('sent');
    expect(peoplePageKind({ pathname: '/mynetwork/invite-connect/connections/' })).toBe('connections');
    expect(peoplePageKind({ pathname: '/notifications/' })).toBe('notifications');
  });
});

describe('degree tokens per locale', () => {
  it.each([
    ['· 1st', null, 1], ['2nd', null, 2], ['3rd+', null, 3], ['2nd degree connection', null, 2],
    ['· 1.', 'de', 1], ['1er', 'fr', 1], ['2e', 'fr', 2], ['1.º', 'es', 1], ['1e', 'nl', 1], ['1º', 'pt', 1], ['1°', 'it', 1],
    ['Connect', null, null], ['12', null, null], ['', null, null],
  ] as const)('%s (%s) → %s', (t, loc, n) => {
    expect(degreeOf(t, loc)).toBe(n);
  });
});

describe('Sent list completeness', () => {
  it('a partly rendered list (lazy column) is not complete: absence proves nothing', () => {
    const f = all.find((x) => x.file === 'sent--sdui-list--2026-09.html')!;
    const { doc } = load(f.html.replace('>People (3)<', '>People (40)<'), f.url);
    const list = readSentList(doc)!;
    expect(list.total).toBe(40);
    expect(list.complete).toBe(false);
  });
});

describe('toasts', () => {
  it('named, plain and failure toasts, in English and German', () => {
    const page = (lang: string, msgs: string[]) =>
      `<html lang="${lang}"><body><section id="artdeco-toasts"><div class="artdeco-toasts_toasts">${msgs
        .map((m) => `<div class="artdeco-toast-item"><p class="artdeco-toast-item__message">${m}</p></div>`)
        .join('')}</div></section><main></main></body></html>`;
    const { doc } = load(page('en', ['Your invitation to Jane Doe was sent.', 'Invitation sent', 'Invitation not sent. Try again later.', 'Post shared']), 'https://www.linkedin.com/in/jane/');
    expect(findInviteToasts(doc).map((t) => [t.kind, t.name])).toEqual([['sent', 'Jane Doe'], ['sent', null], ['failed', null]]);
    const de = load(page('de', ['Ihre Einladung an Katrin Vogel wurde gesendet.']), 'https://www.linkedin.com/in/katrin/');
    expect(findInviteToasts(de.doc).map((t) => [t.kind, t.name])).toEqual([['sent', 'Katrin Vogel']]);
  });
});
