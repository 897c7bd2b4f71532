import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HANDOFF_TTL_MS, createHandoff, matchesPending, type Pending } from '../../../src/storage/handoff';
import { FakeStorageArea } from '../fakes/storage';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

const T0 = Date.UTC(2026, 10, 1);
let now = T0;
let session: FakeStorageArea;
let local: FakeStorageArea;
const pending = (over: Partial<Pending> = {}): Pending => ({ text: 'How do we know each other?', personName: 'Jane Doe', invitationUrn: 'urn:li:invitation:1', createdAt: now, ...over });

beforeEach(() => {
  now = T0;
  session = new FakeStorageArea({ kind: 'session' });
  local = new FakeStorageArea({ kind: 'local' });
});
afterEach(() => vi.restoreAllMocks());

function pageLoad(areas: () => { session: FakeStorageArea | null; local: FakeStorageArea } = () => ({ session, local })) {
  // Each page load is a new content-script instance: a fresh handoff over the same storage.
  return createHandoff(areas, () => now);
}

describe('handoff between page loads', () => {
  it('is taken exactly once, by the next page', async () => {
    await pageLoad().putPending(pending());
    const next = pageLoad();
    expect(await next.takePending({ personName: 'Jane Doe' })).toEqual(pending());
    expect(await next.takePending({ personName: 'Jane Doe' })).toBeNull();
    expect(await pageLoad().takePending({ personName: 'Jane Doe' })).toBeNull();
    expect(session.keys()).toEqual([]);
  });

  it('expires after the TTL and is discarded', async () => {
    await pageLoad().putPending(pending());
    now = T0 + HANDOFF_TTL_MS + 1;
    expect(await pageLoad().takePending({ personName: 'Jane Doe' })).toBeNull();
    expect(session.keys()).toEqual([]);
  });

  it('is still there just before the expiry', async () => {
    await pageLoad().putPending(pending());
    now = T0 + HANDOFF_TTL_MS - 1;
    expect(await pageLoad().takePending({})).not.toBeNull();
  });

  it('is left in place for the right person when someone else asks', async () => {
    await pageLoad().putPending(pending());
    expect(await pageLoad().takePending({ personName: 'John Smith' })).toBeNull();
    expect(await pageLoad().takePending({ invitationUrn: 'urn:li:invitation:2' })).toBeNull();
    expect(await pageLoad().takePending({ personName: 'jane  DOE, PhD' })).not.toBeNull();
  });

  it('a newer put replaces the older one', async () => {
    await pageLoad().putPending(pending({ text: 'first' }));
    await pageLoad().putPending(pending({ text: 'second' }));
    expect((await pageLoad().takePending({}))?.text).toBe('second');
  });

  it('falls back to storage.local when session refuses this context, with the same expiry', async () => {
    session.accessible = false;
    await pageLoad().putPending(pending());
    expect(local.keys()).toEqual(['handoff']);
    expect(await pageLoad().takePending({ personName: 'Jane Doe' })).toEqual(pending());
    expect(local.keys()).toEqual([]);
    await pageLoad().putPending(pending());
    now = T0 + HANDOFF_TTL_MS + 1;
    expect(await pageLoad().takePending({ personName: 'Jane Doe' })).toBeNull();
    expect(local.keys()).toEqual([]);
  });

  it('falls back to storage.local when there is no session area (Firefox)', async () => {
    const noSession = () => ({ session: null, local });
    await pageLoad(noSession).putPending(pending());
    expect(await pageLoad(noSession).takePending({})).toEqual(pending());
  });

  it('discards a damaged slot', async () => {
    session.seed({ handoff: { text: 5 } });
    expect(await pageLoad().takePending({})).toBeNull();
    expect(session.keys()).toEqual([]);
  });
});

describe('matchesPending', () => {
  const p = pending();
  it.each([
    [{}, true],
    [{ personName: null, invitationUrn: null }, true],
    [{ invitationUrn: 'urn:li:invitation:1', personName: 'Someone Else' }, true],
    [{ invitationUrn: 'urn:li:invitation:9' }, false],
    [{ personName: 'Jané Doe' }, true],
    [{ personName: 'Jane' }, false],
    [{ personName: '' }, false],
  ])('%j → %s', (m, expected) => {
    expect(matchesPending(p, m)).toBe(expected);
  });
  it('the ?recipient=<vanity> route matches by vanity only: stricter than a name', () => {
    const v = pending({ recipientVanity: 'jane-doe-42', invitationUrn: null });
    expect(matchesPending(v, { recipientVanity: 'jane-doe-42' })).toBe(true);
    expect(matchesPending(v, { recipientVanity: 'Jane-Doe-42' })).toBe(true); // vanity names are case-insensitive
    expect(matchesPending(v, { recipientVanity: 'jane-doe-42', personName: 'Jane Doe' })).toBe(true);
    // Same name, another profile: not hers.
    expect(matchesPending(v, { recipientVanity: 'jane-doe-7', personName: 'Jane Doe' })).toBe(false);
    // The right profile but a page that names someone else: refuse rather than guess.
    expect(matchesPending(v, { recipientVanity: 'jane-doe-42', personName: 'John Roe' })).toBe(false);
    // A hand-over without a vanity (a card with no profile link, an older slot) never matches the route.
    expect(matchesPending(pending({ invitationUrn: null }), { recipientVanity: 'jane-doe-42' })).toBe(false);
    // The ?invitation= route and overlays keep matching by name.
    expect(matchesPending(v, { personName: 'Jane Doe' })).toBe(true);
  });

  it('a slot written before recipientVanity existed still reads, and is taken by name', async () => {
    await session.set({ handoff: { text: 'Hi', personName: 'Jane Doe', invitationUrn: null, createdAt: now, nonce: 'old-1' } });
    expect(await pageLoad().takePending({ recipientVanity: 'jane-doe' })).toBeNull();
    expect((await pageLoad().takePending({ personName: 'Jane Doe' }))?.text).toBe('Hi');
  });

  it('a pending text without a person only matches an open request', () => {
    expect(matchesPending(pending({ personName: null, invitationUrn: null }), { personName: 'Jane Doe' })).toBe(false);
  });
});
