// The People index (issue 10 part 6/3: first paint of the People tab, the toolbar count): built
// from the records by core's rules, stored as one JSON string, read back strictly, patched from
// storage events by the worker and rebuilt when missing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../src/core/people/model';
import { COMING_UP_DAYS } from '../../../src/core/people/followups';
import { K_PEOPLE_INDEX, parseIndex, rowIsDue, serializeIndex, type IndexRow } from '../../../src/storage/people-index';
import { buildIndex, patchIndex } from '../../../src/storage/people-index-build';
import { encodePerson } from '../../../src/storage/people';
import { keepPeopleIndex } from '../../../src/background/people-index';
import { UPCOMING_DAYS, pick, rowsFromIndex, counts } from '../../../src/popup/people/rows';
import { toRows } from '../../../src/popup/people/full-rows';
import { HEAD_ROWS, K_PEOPLE_HEAD, buildHead, parseHead, serializeHead } from '../../../src/storage/people-head';
import { FakeStorageArea, settle } from '../fakes/storage';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

const NOW = Date.UTC(2026, 2, 10, 12);
const TZ = 'UTC';

function person(vanity: string, over: Partial<Person> = {}): Person {
  return {
    id: `v:${vanity}`,
    fullName: vanity.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    vanityName: vanity,
    profileUrn: null,
    state: 'sent',
    evidence: [],
    invite: { at: NOW - 86_400_000, note: 'Hi', templateId: null, templateName: null, answers: {}, reason: `met ${vanity} at RustConf`, mode: 'note' },
    events: [],
    followUps: [],
    cadenceWeeks: null,
    lastContactAt: null,
    howWeMet: { text: '', where: '', when: '' },
    reasonDeliveredAt: null,
    connectedAt: null,
    createdAt: NOW - 86_400_000,
    updatedAt: NOW - 86_400_000,
    ...over,
  };
}
const fu = (id: string, due: string, over = {}) => ({ id, kind: 'line' as const, due, doneAt: null, createdAt: NOW, ...over });

describe('index rows', () => {
  it('carry the next follow-up (one-off or cadence) with its label, and round-trip through storage', () => {
    const a = person('jane-doe', { followUps: [fu('f1', '2026-03-12', { title: 'Coffee' }), fu('f0', '2026-03-01', { doneAt: NOW })] });
    const b = person('omar-haddad', { cadenceWeeks: 2, lastContactAt: Date.UTC(2026, 1, 20, 12) });
    const c = person('li-wei', { howWeMet: { text: 'Kubernetes meetup', where: 'Berlin', when: 'May' } });
    const rows = buildIndex([a, b, c], NOW, TZ);
    expect(rows[0]!.slice(5, 7)).toEqual(['2026-03-12', 'Coffee']);
    expect(rows[1]!.slice(5, 7)).toEqual(['2026-03-06', 'Keep in touch']);
    expect(rows[2]![5]).toBeNull();
    expect(rows[2]![10]).toContain('Berlin');
    expect(parseIndex(serializeIndex(rows))).toEqual(rows);
  });

  it('reads anything unexpected as no index (the tab then waits for the store)', () => {
    const good = serializeIndex(buildIndex([person('a')], NOW, TZ));
    expect(parseIndex(undefined)).toBeNull();
    expect(parseIndex('{')).toBeNull();
    expect(parseIndex(JSON.stringify({ v: 2, rows: [] }))).toBeNull();
    expect(parseIndex(good.replace('"sent"', '"maybe"'))).toBeNull();
    expect(parseIndex(JSON.stringify({ v: 1, rows: [['only-id']] }))).toBeNull();
    expect(parseIndex({ v: 1, rows: [] })).toBeNull();
  });

  it('patches: replaces, adds and removes rows', () => {
    const rows = buildIndex([person('a'), person('b')], NOW, TZ);
    const out = patchIndex(rows, new Map([['v:a', null], ['v:b', person('b', { state: 'accepted' })], ['v:c', person('c')]]), NOW, TZ);
    expect(out.map((r) => [r[0], r[3]])).toEqual([
      ['v:b', 'accepted'],
      ['v:c', 'sent'],
    ]);
  });

  it('count as due on or before today only', () => {
    const [r] = buildIndex([person('a', { followUps: [fu('f', '2026-03-10')] })], NOW, TZ) as [IndexRow];
    expect(rowIsDue(r, '2026-03-09')).toBe(false);
    expect(rowIsDue(r, '2026-03-10')).toBe(true);
  });
});

describe('list rows', () => {
  const people = [
    person('jane-doe', { state: 'accepted', connectedAt: NOW - 1000, followUps: [fu('f1', '2026-03-10')] }),
    person('omar-haddad', { followUps: [fu('f2', '2026-03-15')] }),
    person('josé-garcía', { state: 'unconfirmed', howWeMet: { text: 'Ferris meetup', where: 'Lisbon', when: '' } }),
    person('li-wei', { state: 'withdrawn', followUps: [fu('f3', '2026-04-30')] }),
  ];

  it('agree with core: "coming up" is core’s window, and the index gives the same rows as the records', () => {
    expect(UPCOMING_DAYS).toBe(COMING_UP_DAYS);
    const fromIndex = rowsFromIndex(buildIndex(people, NOW, TZ), '2026-03-10');
    const fromRecords = toRows(people, NOW, TZ, '2026-03-10');
    const strip = (r: { hay: string }) => ({ ...r, hay: '' });
    expect(fromIndex.map(strip)).toEqual(fromRecords.map(strip));
    expect(counts(fromRecords)).toEqual({ due: 1, upcoming: 1, pending: 2, accepted: 1, all: 4 });
  });

  it('filter, sort and search by name, reason and notes, ignoring case and accents', () => {
    const rows = toRows(people, NOW, TZ, '2026-03-10');
    expect(pick(rows, 'due', '').map((r) => r.id)).toEqual(['v:jane-doe']);
    expect(pick(rows, 'upcoming', '').map((r) => r.id)).toEqual(['v:omar-haddad']);
    expect(pick(rows, 'pending', '').map((r) => r.id).sort()).toEqual(['v:josé-garcía', 'v:omar-haddad']);
    expect(pick(rows, 'accepted', '').map((r) => r.id)).toEqual(['v:jane-doe']);
    expect(pick(rows, 'all', 'JOSE lisbon').map((r) => r.id)).toEqual(['v:josé-garcía']);
    expect(pick(rows, 'all', 'rustconf omar').map((r) => r.id)).toEqual(['v:omar-haddad']);
    expect(pick(rows, 'all', 'nobody')).toEqual([]);
  });
});

describe('the worker’s index keeper', () => {
  beforeEach(() => vi.useFakeTimers({ now: NOW }));
  afterEach(() => vi.useRealTimers());

  it('builds the index when missing, patches it from storage events, rebuilds it when deleted', async () => {
    const area = new FakeStorageArea({ kind: 'local' });
    await area.set({ 'p:v:a': encodePerson(person('a')), 'p:v:bad': { id: 'v:bad' } });
    const seen: number[] = [];
    const keeper = keepPeopleIndex({ now: () => NOW, timeZone: () => TZ, onIndexed: (rows) => seen.push(rows.length), area });
    expect((await keeper.rows()).map((r) => r[0])).toEqual(['v:a']);
    const stored = () => parseIndex(area.snapshot()[K_PEOPLE_INDEX])!.map((r) => `${r[0]}:${r[3]}`);

    await area.set({ 'p:v:b': encodePerson(person('b', { followUps: [fu('f', '2026-03-10')] })), 'p:v:a': encodePerson(person('a', { state: 'accepted' })) });
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(stored().sort()).toEqual(['v:a:accepted', 'v:b:sent']);

    await area.remove('p:v:a');
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(stored()).toEqual(['v:b:sent']);

    await area.remove(K_PEOPLE_INDEX);
    await vi.advanceTimersByTimeAsync(10);
    await settle();
    expect(stored()).toEqual(['v:b:sent']);
    expect(seen.at(-1)).toBe(1);
  });

  it('stores the list’s first screen with every index it writes, for that day', async () => {
    const area = new FakeStorageArea({ kind: 'local' });
    await area.set({ 'p:v:a': encodePerson(person('a')) });
    const keeper = keepPeopleIndex({ now: () => NOW, timeZone: () => TZ, onIndexed: () => undefined, area });
    await keeper.rows();
    const head = () => parseHead(area.snapshot()[K_PEOPLE_HEAD], '2026-03-10');
    expect(head()).toMatchObject({ filter: 'all', counts: { all: 1, due: 0 } });
    await area.set({ 'p:v:b': encodePerson(person('b', { followUps: [fu('f', '2026-03-10')] })) });
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(head()).toMatchObject({ filter: 'due', counts: { all: 2, due: 1 } });
    expect(head()!.rows.map((r) => r[0])).toEqual(['v:b']);
    // Another day: none (due and coming up have moved).
    expect(parseHead(area.snapshot()[K_PEOPLE_HEAD], '2026-03-11')).toBeNull();
  });
});

describe('the list’s first screen (people-head.ts)', () => {
  const today = '2026-03-10';
  const many = Array.from({ length: 60 }, (_, i) =>
    person(`p${String(i).padStart(2, '0')}`, {
      updatedAt: NOW - i * 60_000,
      state: i % 3 ? 'sent' : 'accepted',
      followUps: i % 7 ? [] : [fu(`f${i}`, `2026-03-${String(1 + (i % 20)).padStart(2, '0')}`)],
    }),
  );

  it('is what the whole list shows first: its counts, its opening filter and that filter’s first rows in order', () => {
    for (const list of [many, many.map((p) => ({ ...p, followUps: [] }))]) {
      const index = buildIndex(list, NOW, TZ);
      const rows = rowsFromIndex(index, today);
      const h = parseHead(serializeHead(buildHead(index, today)), today)!;
      expect(h.counts).toEqual(counts(rows));
      expect(h.filter).toBe(counts(rows).due ? 'due' : 'all');
      expect(h.rows.map((r) => r[0])).toEqual(pick(rows, h.filter, '').slice(0, HEAD_ROWS).map((r) => r.id));
      // Drawn again by the tab, the same order.
      expect(pick(rowsFromIndex(h.rows, today), h.filter, '').map((r) => r.id)).toEqual(h.rows.map((r) => r[0]));
    }
  });

  it('reads anything unexpected, or another day’s, as none', () => {
    const good = serializeHead(buildHead(buildIndex(many, NOW, TZ), today));
    const edit = (f: (h: Record<string, unknown>) => void) => {
      const h = JSON.parse(good) as Record<string, unknown>;
      f(h);
      return JSON.stringify(h);
    };
    expect(parseHead(good, today)).not.toBeNull();
    for (const bad of [
      undefined,
      null,
      42,
      '{',
      JSON.parse(good),
      edit((h) => (h.v = 2)),
      edit((h) => (h.filter = 'pending')),
      edit((h) => ((h.counts as Record<string, unknown>).due = -1)),
      edit((h) => ((h.counts as Record<string, unknown>).all = '60')),
      edit((h) => delete h.counts),
      edit((h) => ((h.rows as unknown[]).push(['x']))),
      edit((h) => (h.rows = Array(HEAD_ROWS + 1).fill((h.rows as unknown[])[0]))),
      edit((h) => ((h.counts as Record<string, number>)[h.filter as string] = 0)),
    ]) {
      expect(parseHead(bad, today)).toBeNull();
    }
    expect(parseHead(good, '2026-03-11')).toBeNull();
    // Nothing else from storage comes along.
    expect(Object.keys(parseHead(edit((h) => ((h.counts as Record<string, unknown>).__proto__x = 1)), today)!.counts)).toEqual(['due', 'upcoming', 'pending', 'accepted', 'all']);
  });
});
