/**
 * Hands text from one page load to the next (a reply prepared on the invitations page, inserted
 * into the composer that LinkedIn opens, possibly after a full navigation).
 *
 * One slot, key `handoff`, in storage.session (memory only, cleared with the browser session);
 * where that area is missing or refuses this context (Firefox before 129's content scripts, or
 * Chrome before the background granted access), storage.local under the same key. A pending
 * entry expires HANDOFF_TTL_MS after it was created and is taken at most once: `takePending`
 * removes it before returning it, and a context never returns the same entry twice. Two tabs
 * taking in the same instant could in theory both read it (storage has no compare-and-swap); the
 * person match makes that harmless in practice.
 */
import { browser } from './browser';
import { browserArea, localArea, type StorageAreaLike } from './areas';
import { K_HANDOFF } from './layout';

export const HANDOFF_TTL_MS = 2 * 60_000;

export interface Pending {
  text: string;
  personName: string | null;
  invitationUrn: string | null;
  /** The profile's vanity name, when the card linked to it: the ?recipient= compose route matches
   *  on it. Optional, so a slot written before it existed still reads. */
  recipientVanity?: string | null;
  createdAt: number;
  /** What the text is for, so the People log can record it once the user sends it from the
   *  composer on the next page: a kept reason, or a reply to a blank invitation. */
  purpose?: {
    kind: 'reason' | 'reply';
    personId: string | null;
    vanityName: string | null;
    fullName: string;
    /** A reply: the path where their invitation was seen (the People evidence says so). */
    where?: string;
  };
}

/**
 * Which pending text the caller may take. A field set on both sides must agree (names compare
 * loosely: case, accents, punctuation and extra words after the first two are ignored). A caller
 * that passes no person at all accepts any pending text.
 */
export interface PendingMatch {
  personName?: string | null;
  invitationUrn?: string | null;
  /**
   * The page addresses a profile by vanity name (/messaging/compose/?recipient=<vanity>): only a
   * pending text for that same vanity matches (stricter than a name, which two people can share),
   * and when both sides also name the person, the names must agree too.
   */
  recipientVanity?: string | null;
}

export interface HandoffAreas {
  session: StorageAreaLike | null;
  local: StorageAreaLike;
}

interface Slot extends Pending {
  nonce: string;
}

function isSlot(v: unknown): v is Slot {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.text === 'string' &&
    typeof s.createdAt === 'number' &&
    typeof s.nonce === 'string' &&
    (s.personName === null || typeof s.personName === 'string') &&
    (s.invitationUrn === null || typeof s.invitationUrn === 'string') &&
    (s.recipientVanity === undefined || s.recipientVanity === null || typeof s.recipientVanity === 'string')
  );
}

function nameKey(n: string): string[] {
  return n
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 2);
}

const vanityKey = (v: string): string => v.normalize('NFC').toLowerCase().replace(/\/+$/, '');

function sameName(a: string, b: string): boolean {
  const ka = nameKey(a);
  return ka.length > 0 && ka.join(' ') === nameKey(b).join(' ');
}

export function matchesPending(p: Pending, m: PendingMatch): boolean {
  const urn = m.invitationUrn ?? null;
  const name = m.personName ?? null;
  const vanity = m.recipientVanity ?? null;
  if (vanity !== null) {
    if (!p.recipientVanity || vanityKey(p.recipientVanity) !== vanityKey(vanity)) return false;
    return name === null || p.personName === null || sameName(name, p.personName);
  }
  if (urn === null && name === null) return true;
  if (urn !== null && p.invitationUrn !== null) return urn === p.invitationUrn;
  if (name !== null && p.personName !== null) return sameName(name, p.personName);
  return false;
}

export interface Handoff {
  putPending(p: Pending): Promise<void>;
  takePending(match: PendingMatch): Promise<Pending | null>;
}

export function createHandoff(areas: () => HandoffAreas, now: () => number = () => Date.now()): Handoff {
  const taken = new Set<string>();

  async function readSlot(area: StorageAreaLike): Promise<unknown> {
    return (await area.get(K_HANDOFF))[K_HANDOFF];
  }

  return {
    async putPending(p) {
      const { session, local } = areas();
      const slot: Slot = { ...p, nonce: `${now().toString(36)}-${Math.random().toString(36).slice(2)}` };
      if (session) {
        try {
          await session.set({ [K_HANDOFF]: slot });
          // A stale fallback copy must not be taken instead of this one.
          await local.remove(K_HANDOFF).catch(() => undefined);
          return;
        } catch {
          // No access from this context: fall back to local.
        }
      }
      await local.set({ [K_HANDOFF]: slot });
    },

    async takePending(match) {
      const { session, local } = areas();
      for (const area of session ? [session, local] : [local]) {
        let raw: unknown;
        try {
          raw = await readSlot(area);
        } catch {
          continue;
        }
        if (raw === undefined) continue;
        const age = now() - (isSlot(raw) ? raw.createdAt : -Infinity);
        if (!isSlot(raw) || age > HANDOFF_TTL_MS || age < -HANDOFF_TTL_MS || taken.has(raw.nonce)) {
          await area.remove(K_HANDOFF).catch(() => undefined);
          continue;
        }
        if (!matchesPending(raw, match)) continue;
        taken.add(raw.nonce);
        await area.remove(K_HANDOFF);
        const { nonce: _nonce, ...pending } = raw;
        return pending;
      }
      return null;
    },
  };
}

const defaultHandoff = createHandoff(() => ({ session: browserArea('session'), local: localArea() }));

export const putPending = (p: Pending): Promise<void> => defaultHandoff.putPending(p);
export const takePending = (match: PendingMatch): Promise<Pending | null> => defaultHandoff.takePending(match);

/**
 * Chrome only lets content scripts use storage.session once the extension allows it; called by
 * the background at every start. Firefox has no setAccessLevel: the handoff then falls back to
 * storage.local when the content script cannot reach storage.session.
 */
export async function allowSessionInContentScripts(): Promise<boolean> {
  const session = (browser.storage as { session?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } }).session;
  if (typeof session?.setAccessLevel !== 'function') return false;
  try {
    await session.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
