// The People store (issue 10 §7, §9): local only, one key per person, zod on every read, set-aside,
// migrations, subscriptions, removeAll with undo, pending entries, and the ~2 KB/person budget.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Evidence, Invite, Person } from '../../../src/core/people/model';
import { BACKUP_EVERY, K_PEOPLE_META, MAX_STORED_EVIDENCE, compactEvidence, createPeopleStore, decodePerson, encodePerson, type PeopleStore } from '../../../src/storage/people';
import { itemBytes } from '../../../src/storage/sync';
import { FakeStorageArea, settle } from '../fakes/storage';
import { T0 } from './helpers';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => vi.useRealTimers());

const invite = (over: Partial<Invite> = {}): Invite => ({
  at: T0,
  note: 'Hi Jane, we met at the Berlin product meetup; I would love to hear how your team runs discovery interviews.',
  templateId: 'default-invite-event',
  templateName: 'Met at an event',
  answers: { event: 'the Berlin product meetup', topic: 'how your team runs discovery interviews' },
  reason: 'the Berlin product meetup; how your team runs discovery interviews',
  mode: 'note',
  ...over,
});
const jane = { fullName: 'Jane Doe', vanityName: 'jane-doe', profileUrn: 'urn:li:fsd_profile:ACoAAB1234567890abcdefgh' };

function setup(): { local: FakeStorageArea; sync: FakeStorageArea; people: PeopleStore } {
  const local = new FakeStorageArea({ kind: 'local' });
  const sync = new FakeStorageArea({ kind: 'sync' });
  return { local, sync, people: createPeopleStore({ area: local, now: () => Date.now() }) };
}

describe('the log', () => {
  it('records an invite as unconfirmed, under p:<id>, with the reason seeding how we met', async () => {
    const { local, sync, people } = setup();
    const p = await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    expect(p).toMatchObject({ id: 'v:jane-doe', state: 'unconfirmed', fullName: 'Jane Doe', howWeMet: { text: invite().reason } });
    expect(p.events.map((e) => e.type)).toEqual(['invited']);
    expect(local.keys()).toEqual(['p:v:jane-doe', K_PEOPLE_META]);
    expect(local.snapshot()[K_PEOPLE_META]).toMatchObject({ schemaVersion: 1, newSinceExport: 1 });
    // Never synced: nothing here touches storage.sync.
    expect(sync.calls).toEqual([]);
    expect(await people.load()).toEqual([p]);
  });

  it('LinkedIn confirms, then the profile reads 1st: accepted, with the evidence', async () => {
    const { people } = setup();
    await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    vi.setSystemTime(T0 + 1000);
    await people.addEvidence({ vanityName: 'jane-doe' }, { signal: 'sent-toast', at: T0 + 1000, where: '/in/jane-doe/' });
    vi.setSystemTime(T0 + 86_400_000);
    const p = await people.addEvidence({ profileUrn: jane.profileUrn }, { signal: 'profile-1st', at: T0 + 86_400_000, where: '/in/jane-doe/' });
    expect(p?.state).toBe('accepted');
    expect(p?.connectedAt).toBe(T0 + 86_400_000);
    expect(p?.evidence.map((e) => e.signal)).toEqual(['send-pressed', 'sent-toast', 'profile-1st']);
  });

  it('acceptance only updates logged people', async () => {
    const { local, people } = setup();
    expect(await people.addEvidence({ vanityName: 'stranger' }, { signal: 'profile-1st', at: T0, where: '/in/stranger/' })).toBeNull();
    expect(local.keys()).toEqual([]);
  });

  it('a reply to a blank invitation adds the inviter (unknown, with where they invited you) as a logged contact', async () => {
    const { local, people } = setup();
    const TEXT = 'Hi Tomás! Thanks for the invite! How have we met or connected before?';
    const p = await people.recordReply({ fullName: 'Tomás Ferreira', vanityName: 'fixture-tomas-ferreira', profileUrn: null, text: TEXT, at: T0, where: '/mynetwork/invitation-manager/' });
    expect(p).toMatchObject({ id: 'v:fixture-tomas-ferreira', fullName: 'Tomás Ferreira', state: 'unknown', invite: null, lastContactAt: T0 });
    expect(p.evidence).toEqual([{ signal: 'invitation-received', at: T0, where: '/mynetwork/invitation-manager/' }]);
    expect(p.events).toEqual([{ id: `reply-sent-${T0}`, type: 'reply-sent', at: T0, text: TEXT }]);
    expect(local.keys()).toEqual(['p:v:fixture-tomas-ferreira', K_PEOPLE_META]);
    expect(local.snapshot()[K_PEOPLE_META]).toMatchObject({ newSinceExport: 1 }); // a new person: counts for the backup reminder
    expect(await people.load()).toEqual([p]);
    // A second reply to the same person: the same record, one more contact, not a new person.
    vi.setSystemTime(T0 + 60_000);
    const again = await people.recordReply({ fullName: 'Tomás Ferreira', vanityName: 'fixture-tomas-ferreira', text: 'And one more thing', at: T0 + 60_000, where: '/messaging/compose/' });
    expect(again.events.map((e) => e.type)).toEqual(['reply-sent', 'reply-sent']);
    expect(again.lastContactAt).toBe(T0 + 60_000);
    expect(local.snapshot()[K_PEOPLE_META]).toMatchObject({ newSinceExport: 1 });
    await expect(people.recordReply({ text: 'Hi', at: T0, where: '/' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('a reply to someone already logged keeps their invite and state and resets the cadence', async () => {
    const { people } = setup();
    const p = await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    await people.update(p.id, { cadenceWeeks: 2 });
    vi.setSystemTime(T0 + 5000);
    const after = await people.recordReply({ vanityName: 'jane-doe', fullName: 'Jane Doe', text: 'Thanks!', at: T0 + 5000, where: '/mynetwork/invitation-manager/' });
    expect(after).toMatchObject({ id: p.id, state: 'unconfirmed', invite: p.invite, lastContactAt: T0 + 5000, profileUrn: jane.profileUrn });
    expect(after.events.map((e) => e.type)).toEqual(['invited', 'reply-sent']);
    expect((await people.load()).length).toBe(1);
  });

  it('a contact event moves lastContactAt; a note does not; update and remove', async () => {
    const { people } = setup();
    const p = await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    const after = await people.addEvent(p.id, { type: 'message-sent', at: T0 + 5000, text: 'Thanks for connecting' });
    expect(after.lastContactAt).toBe(T0 + 5000);
    const noted = await people.addEvent(p.id, { type: 'note', at: T0 + 6000, text: 'Coffee next month' });
    expect(noted.lastContactAt).toBe(T0 + 5000);
    expect(noted.events.map((e) => e.type)).toEqual(['invited', 'message-sent', 'note']);
    const u = await people.update(p.id, { cadenceWeeks: 6, howWeMet: { text: 'Berlin meetup', where: 'Berlin', when: 'March' } });
    expect(u).toMatchObject({ cadenceWeeks: 6, id: p.id, createdAt: p.createdAt });
    await expect(people.update(p.id, { cadenceWeeks: 0 })).rejects.toMatchObject({ code: 'invalid' });
    await people.remove(p.id);
    expect(await people.get(p.id)).toBeNull();
    await expect(people.addEvent(p.id, { type: 'note', at: T0 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('removeAll, then undo: everyone back; someone logged again meanwhile keeps the newer record', async () => {
    const { local, people } = setup();
    await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    await people.recordInvite({ fullName: 'Ola Nordmann', vanityName: 'ola', invite: invite({ reason: 'same school' }), where: '/in/ola/' });
    const before = await people.load();
    const undo = await people.removeAll();
    expect(await people.load()).toEqual([]);
    expect(local.keys().filter((k) => k.startsWith('p:'))).toEqual([]);
    vi.setSystemTime(T0 + 60_000);
    const again = await people.recordInvite({ fullName: 'Ola Nordmann', vanityName: 'ola', invite: invite({ at: T0 + 60_000, reason: 'logged again' }), where: '/in/ola/' });
    await undo();
    const after = await people.load();
    expect(after.find((p) => p.id === 'v:jane-doe')).toEqual(before.find((p) => p.id === 'v:jane-doe'));
    expect(after.find((p) => p.id === 'v:ola')).toEqual(again);
  });

  it('subscribers hear changes from any context, until the signal aborts', async () => {
    const { local, people } = setup();
    const other = createPeopleStore({ area: local });
    const seen: number[] = [];
    const ctl = new AbortController();
    people.subscribe((list) => seen.push(list.length), ctl.signal);
    await other.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    await settle(50);
    await vi.waitFor(() => expect(seen.at(-1)).toBe(1));
    ctl.abort();
    await other.recordInvite({ fullName: 'Ola', vanityName: 'ola', invite: invite(), where: '/in/ola/' });
    await settle(50);
    expect(seen.at(-1)).toBe(1);
  });

  it('the backup reminder counts new people', async () => {
    const { people } = setup();
    for (let i = 0; i < BACKUP_EVERY; i++) await people.recordInvite({ fullName: `P ${i}`, vanityName: `p-${i}`, invite: invite(), where: '/' });
    expect(await people.status()).toMatchObject({ newSinceExport: BACKUP_EVERY, backupDue: true, readOnly: null });
  });
});

describe('cost with many people', () => {
  it('an edit of one person reads only that person; a record under another id is still found', async () => {
    const { local, people } = setup();
    await people.recordInvite({ fullName: 'Only A Name', invite: invite(), where: '/search/' });
    for (let i = 0; i < 50; i++) await people.recordInvite({ fullName: `P ${i}`, vanityName: `p-${i}`, invite: invite(), where: '/' });
    local.calls.length = 0;
    await people.addEvidence({ vanityName: 'p-7' }, { signal: 'sent-toast', at: T0 + 1, where: '/in/p-7/' });
    expect(local.calls.filter((c) => c.op === 'get').every((c) => c.keys.length > 0 && c.keys.length <= 3)).toBe(true);
    // Stored as n:only a name; the page now shows their vanity too: matched by name (full read).
    const p = await people.addEvidence({ fullName: 'Only A Name', vanityName: 'only-a-name' }, { signal: 'sent-toast', at: T0 + 2, where: '/in/only-a-name/' });
    expect(p?.id).toBe('n:only a name');
    expect(p?.state).toBe('sent');
  });

  it('get(id) and an edit read one person and write one person; load reads no other store', async () => {
    const { local, people } = setup();
    for (let i = 0; i < 50; i++) await people.recordInvite({ fullName: `P ${i}`, vanityName: `p-${i}`, invite: invite(), where: '/' });
    local.seed({ 't:a': { id: 'a' }, settings: { big: 'x'.repeat(1000) } });
    const personKeys = (keys: string[]) => keys.filter((k) => k.startsWith('p:'));
    local.calls.length = 0;
    const start = local.readCount;
    expect((await people.get('v:p-3'))?.fullName).toBe('P 3');
    expect(local.readCount - start).toBe(2); // the person + peopleMeta
    expect(local.calls.filter((c) => c.op === 'get').flatMap((c) => personKeys(c.keys))).toEqual(['p:v:p-3']);
    local.calls.length = 0;
    await people.update('v:p-4', { cadenceWeeks: 4 });
    expect(local.calls.filter((c) => c.op === 'get').flatMap((c) => personKeys(c.keys))).toEqual(['p:v:p-4']);
    expect(local.calls.filter((c) => c.op === 'set').flatMap((c) => personKeys(c.keys))).toEqual(['p:v:p-4']);
    // A full load lists the keys, then reads People's only: never the library's values.
    const before = local.readCount;
    expect(await people.load()).toHaveLength(50);
    expect(local.readCount - before).toBe(51); // 50 people + peopleMeta
    // status() reads the meta, not the records.
    const st = local.readCount;
    expect((await people.status()).newSinceExport).toBe(50);
    expect(local.readCount - st).toBe(1);
  });

  it('a subscriber follows edits from another context by reading only the records they changed', async () => {
    const { local, people } = setup();
    const other = createPeopleStore({ area: local });
    for (let i = 0; i < 30; i++) await other.recordInvite({ fullName: `P ${i}`, vanityName: `p-${i}`, invite: invite(), where: '/' });
    const seen: Person[][] = [];
    const ctl = new AbortController();
    people.subscribe((list) => seen.push(list), ctl.signal);
    await people.load();
    await settle(20);
    const before = local.readCount;
    await other.update('v:p-5', { cadenceWeeks: 6 });
    await vi.waitFor(() => expect(seen.at(-1)?.find((p) => p.id === 'v:p-5')?.cadenceWeeks).toBe(6));
    // The edit itself reads the person + meta; the subscriber the person + meta again.
    expect(local.readCount - before).toBeLessThanOrEqual(6);
    expect(seen.at(-1)).toHaveLength(30);
    await other.remove('v:p-6');
    await vi.waitFor(() => expect(seen.at(-1)).toHaveLength(29));
    await other.recordInvite({ fullName: 'New', vanityName: 'new-one', invite: invite(), where: '/' });
    await vi.waitFor(() => expect(seen.at(-1)?.[0]?.id).toBe('v:new-one'));
    expect(seen.at(-1)).toHaveLength(30);
    // The same list as a full read gives.
    expect(seen.at(-1)!.map((p) => p.id)).toEqual((await createPeopleStore({ area: local }).load()).map((p) => p.id));
    ctl.abort();
  });

  it('without getKeys (older browsers) the same results, from a full read', async () => {
    const { local, people } = setup();
    local.getKeys = undefined;
    for (let i = 0; i < 5; i++) await people.recordInvite({ fullName: `P ${i}`, vanityName: `p-${i}`, invite: invite(), where: '/' });
    local.seed({ 'p:v:bad': { id: 'v:bad' }, 't:a': { id: 'a' } });
    expect((await people.load()).map((p) => p.id).sort()).toEqual(['v:p-0', 'v:p-1', 'v:p-2', 'v:p-3', 'v:p-4']);
    expect((local.snapshot().setAside as Array<{ key: string }>).map((e) => e.key)).toEqual(['p:v:bad']);
    expect(local.snapshot()['t:a']).toEqual({ id: 'a' });
    expect((await people.get('v:p-2'))?.fullName).toBe('P 2');
  });
});

describe('damage and versions', () => {
  it('a bad person is set aside (shared setAside list, deduplicated), the others read', async () => {
    const { local, people } = setup();
    const good = await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    local.seed({ 'p:v:broken': { id: 'v:broken', fullName: 'Broken Record', state: 'maybe' }, 'p:v:moved': { ...good, id: 'v:elsewhere' } });
    const a = createPeopleStore({ area: local });
    const [x, y] = await Promise.all([a.load(), people.load()]);
    expect(x).toEqual([good]);
    expect(y).toEqual([good]);
    const aside = local.snapshot().setAside as Array<{ key: string; reason: string }>;
    expect(aside.map((e) => e.key).sort()).toEqual(['p:v:broken', 'p:v:moved']);
    expect(aside.find((e) => e.key === 'p:v:broken')?.reason).toMatch(/^The person “Broken Record” could not be read: .*state should be one of/);
    expect(local.keys()).not.toContain('p:v:broken');
    expect((await people.status()).notices).toEqual([]);
  });

  it('a damaged schemaVersion in peopleMeta is set aside and every person read as usual', async () => {
    const { local, people } = setup();
    const good = await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    local.seed({ [K_PEOPLE_META]: { schemaVersion: 'x1', newSinceExport: 3 } });
    expect(await people.load()).toEqual([good]);
    expect(local.snapshot()[K_PEOPLE_META]).toMatchObject({ schemaVersion: 1, newSinceExport: 3 });
    expect(local.snapshot().setAside).toEqual([expect.objectContaining({ key: `${K_PEOPLE_META}.schemaVersion`, raw: 'x1' })]);
  });

  it('storage too full to set a bad person aside: the others are read, nothing written, and it is moved once there is room', async () => {
    const { local, people } = setup();
    const good = await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    local.seed({ 'p:v:big': 'x'.repeat(5_000) });
    local.quotaBytes = local.bytesInUse() + 1_000; // no room for a second copy of the bad value
    const before = local.dump();
    // It used to reject with the quota error: the People tab said it could not load.
    expect(await people.load()).toEqual([good]);
    expect(local.dump()).toBe(before);
    // The People tab says so (status), until a load can move it.
    expect((await people.status()).notices.join(' ')).toMatch(/refused to move it aside \(Resource::kQuotaBytes quota exceeded\.\): it was left where it is/);
    // Editing someone else reads only their key: it still works, and the bad value stays in place.
    const edited = await people.update(good.id, { cadenceWeeks: 4 });
    expect(local.snapshot()['p:v:big']).toBe('x'.repeat(5_000));
    local.quotaBytes = Infinity;
    expect(await people.load()).toEqual([edited]);
    expect((await people.status()).notices).toEqual([]);
    expect((local.snapshot().setAside as Array<{ key: string; raw: unknown }>).map((e) => [e.key, e.raw])).toEqual([['p:v:big', 'x'.repeat(5_000)]]);
  });

  it('a newer People format: read-only, nothing written', async () => {
    const { local, people } = setup();
    await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    local.seed({ [K_PEOPLE_META]: { schemaVersion: 9 } });
    const before = local.dump();
    expect(await people.load()).toHaveLength(1);
    expect((await people.status()).readOnly).toMatch(/newer version/);
    await expect(people.recordInvite({ fullName: 'X', vanityName: 'x', invite: invite(), where: '/' })).rejects.toMatchObject({ code: 'read-only' });
    expect(local.dump()).toBe(before);
  });
});

describe('pending entries from the always-on script', () => {
  it('are ingested through zod and removed; a bad one is set aside', async () => {
    const { local, people } = setup();
    local.seed({
      'pe:1-a': { type: 'send-pressed', match: { vanityName: 'jane-doe', fullName: 'Jane Doe' }, invite: invite(), where: '/in/jane-doe/', at: T0 },
      'pe:2-b': { type: 'evidence', match: { vanityName: 'jane-doe' }, evidence: { signal: 'pending-shown', at: T0 + 10, where: '/in/jane-doe/' } },
      'pe:3-c': { type: 'send-pressed', match: {}, invite: 'not an invite' },
      'pe:4-d': { type: 'event', match: { vanityName: 'jane-doe' }, event: { type: 'reply-sent', at: T0 + 20 } },
    });
    expect(await people.ingestPending()).toBe(3);
    expect(local.keys().filter((k) => k.startsWith('pe:'))).toEqual([]);
    const [p] = await people.load();
    expect(p).toMatchObject({ id: 'v:jane-doe', state: 'sent', lastContactAt: T0 + 20 });
    expect((local.snapshot().setAside as Array<{ key: string }>).map((e) => e.key)).toEqual(['pe:3-c']);
    expect(await people.ingestPending()).toBe(0);
  });

  it('a pending reply-sent for someone not in the log adds them; any other event for a stranger adds nobody', async () => {
    const { local, people } = setup();
    local.seed({
      'pe:1-a': { type: 'event', match: { vanityName: 'tomas', fullName: 'Tomás Ferreira' }, event: { type: 'reply-sent', at: T0, text: 'Thanks for the invite!' }, where: '/mynetwork/invitation-manager/' },
      'pe:2-b': { type: 'event', match: { vanityName: 'stranger', fullName: 'A Stranger' }, event: { type: 'message-sent', at: T0 + 10 } },
    });
    expect(await people.ingestPending()).toBe(2);
    const all = await people.load();
    expect(all.map((p) => p.id)).toEqual(['v:tomas']);
    expect(all[0]).toMatchObject({ state: 'unknown', lastContactAt: T0, evidence: [{ signal: 'invitation-received', at: T0, where: '/mynetwork/invitation-manager/' }] });
    expect(all[0]!.events).toEqual([{ id: `reply-sent-${T0}`, type: 'reply-sent', at: T0, text: 'Thanks for the invite!' }]);
  });
});

describe('export and import (versioned JSON)', () => {
  it('export → removeAll → import gives back the same People; the export resets the reminder', async () => {
    const { people } = setup();
    await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    await people.recordInvite({ fullName: 'Ola Nordmann', vanityName: 'ola', invite: invite({ reason: 'same school', mode: 'reason-kept', note: '' }), where: '/in/ola/' });
    await people.addEvidence({ vanityName: 'ola' }, { signal: 'profile-1st', at: T0 + 1000, where: '/in/ola/' });
    const before = await people.load();
    const text = await people.exportPeople();
    expect((await people.status()).newSinceExport).toBe(0);
    await people.removeAll();
    expect(await people.importPeople(text)).toEqual({ ok: true, added: 2, updated: 0, unchanged: 0 });
    expect(await people.load()).toEqual(before);
    // Importing the same file again changes nothing.
    expect(await people.importPeople(text)).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 2 });
  });

  it('a malformed file is rejected with the parser’s message and storage is byte-for-byte unchanged', async () => {
    const { local, people } = setup();
    await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    const before = local.dump();
    for (const bad of ['', '{', '{"format":"on-purpose-people","version":99,"people":[]}', '{"format":"on-purpose-people","version":1,"people":[{"id":"x"}]}']) {
      const r = await people.importPeople(bad);
      expect(r.ok, bad).toBe(false);
      expect(!r.ok && r.message.length).toBeGreaterThan(10);
    }
    expect(local.dump()).toBe(before);
  });
});

describe('Connections.csv', () => {
  const csv = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Jane,Doe,https://www.linkedin.com/in/jane-doe,,Acme,PM,05 Nov 2026',
    'Sam,Stranger,https://www.linkedin.com/in/sam-s,,Other,CTO,01 Jan 2025',
  ].join('\r\n');

  it('backfills the logged person and adds the rest only when asked', async () => {
    const { local, people } = setup();
    await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    const r = await people.importPeople(csv, { format: 'connections-csv' });
    expect(r).toMatchObject({ ok: true, added: 0, updated: 1, unmatched: 1 });
    const p = await people.get('v:jane-doe');
    expect(p?.state).toBe('accepted');
    expect(p?.connectedAt).not.toBeNull();
    expect(local.keys().filter((k) => k.startsWith('p:'))).toEqual(['p:v:jane-doe']);
    expect(await people.importPeople(csv, { format: 'connections-csv', addUnknown: true })).toMatchObject({ ok: true, added: 1 });
    expect((await people.get('v:sam-s'))?.state).toBe('accepted');
  });

  it('a malformed file is rejected with a message and writes nothing', async () => {
    const { local, people } = setup();
    await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    const before = local.dump();
    const r = await people.importPeople('First Name,Last Name,URL,Connected On\r\nJane,"Doe,https://x', { format: 'connections-csv' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/Line \d+/);
    expect(local.dump()).toBe(before);
  });
});

describe('storage budget', () => {
  /** A realistic, well-used record: note invite, confirmed, accepted, a few contacts and follow-ups. */
  async function realistic(people: PeopleStore): Promise<Person> {
    const p = await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    const ev = (signal: Evidence['signal'], dt: number, where = '/in/jane-doe/') => people.addEvidence(jane, { signal, at: T0 + dt, where });
    await ev('sent-toast', 2_000);
    await ev('pending-shown', 3_600_000);
    await ev('sent-list-listed', 86_400_000, '/mynetwork/invitation-manager/sent/');
    await ev('profile-1st', 3 * 86_400_000);
    await ev('connections-list', 4 * 86_400_000, '/mynetwork/invite-connect/connections/');
    await people.addEvent(p.id, { type: 'message-sent', at: T0 + 5 * 86_400_000, text: 'Thanks for connecting, Jane!' });
    await people.addEvent(p.id, { type: 'note', at: T0 + 6 * 86_400_000, text: 'Coffee at Kaffeebar in two weeks; ask about their research ops setup.' });
    return people.update(p.id, {
      cadenceWeeks: 8,
      howWeMet: { text: 'Berlin product meetup, talked about discovery interviews and research ops.', where: 'Berlin', when: 'March 2026' },
      followUps: [
        { id: 'f1', kind: 'meet', due: '2026-11-20', title: 'Coffee at Kaffeebar', doneAt: null, createdAt: T0 },
        { id: 'f2', kind: 'line', due: '2027-01-10', doneAt: null, createdAt: T0 },
      ],
    });
  }

  it('a realistic record is at most 2 KB (key + JSON, as Chrome counts)', async () => {
    const { local, people } = setup();
    const p = await realistic(people);
    const bytes = itemBytes(`p:${p.id}`, local.snapshot()[`p:${p.id}`]);
    console.info(`People storage: ${bytes} bytes for a well-used record (6 evidence, 5 events, 2 follow-ups, cadence, notes)`);
    expect(bytes).toBeLessThanOrEqual(2048);
    // The stored form reads back as the same record, and the full form is read too.
    expect(decodePerson(encodePerson(p))).toEqual(p);
    local.seed({ [`p:${p.id}`]: p });
    expect(await people.get(p.id)).toEqual(p);
  });

  it('a typical record (note invite, confirmed, accepted) is well under 2 KB', async () => {
    const { local, people } = setup();
    const p = await people.recordInvite({ ...jane, invite: invite(), where: '/in/jane-doe/' });
    await people.addEvidence(jane, { signal: 'sent-toast', at: T0 + 2_000, where: '/in/jane-doe/' });
    await people.addEvidence(jane, { signal: 'profile-1st', at: T0 + 3 * 86_400_000, where: '/in/jane-doe/' });
    const bytes = itemBytes(`p:${p.id}`, local.snapshot()[`p:${p.id}`]);
    console.info(`People storage: ${bytes} bytes for a typical record`);
    expect(bytes).toBeLessThanOrEqual(1500);
  });

  it('repeated sightings do not grow the record: first and latest per signal', async () => {
    const { local, people } = setup();
    const p = await realistic(people);
    const size = () => itemBytes(`p:${p.id}`, local.snapshot()[`p:${p.id}`]);
    const base = size();
    for (let i = 1; i <= 40; i++) await people.addEvidence(jane, { signal: 'profile-1st', at: T0 + 10 * 86_400_000 + i * 3_600_000, where: '/in/jane-doe/' });
    expect(size() - base).toBeLessThan(150);
    const ev = (await people.get(p.id))!.evidence.filter((e) => e.signal === 'profile-1st');
    expect(ev).toHaveLength(2);
    expect(compactEvidence(Array.from({ length: 30 }, (_, i) => ({ signal: i % 2 ? 'pending-shown' : 'user', at: i, where: '/' }) as Evidence)).length).toBeLessThanOrEqual(MAX_STORED_EVIDENCE);
  });
});
