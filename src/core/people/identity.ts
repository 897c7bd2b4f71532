/**
 * Who a person is: the stable key and matching rules. No zod and no imports, so the always-on content
 * script can use it (model.ts re-exports everything here; import from either).
 */
export const MAX_PERSON_NAME = 200;
export const MAX_VANITY = 100;
export const MAX_URN = 120;

/** What identifies a person on LinkedIn's pages; any subset may be known. */
export interface PersonMatch {
  vanityName?: string | null;
  profileUrn?: string | null;
  fullName?: string | null;
}

/**
 * The vanity name as it appears in /in/<vanity>/ (decoded, lowercased: LinkedIn treats it
 * case-insensitively), or null when it is not one. Accepts a bare vanity, a path or a full URL.
 */
export function normalizeVanity(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim();
  const m = /(?:^|\/)in\/([^/?#\s]+)/.exec(s);
  if (m) s = m[1]!;
  else if (/[/?#\s]/.test(s)) return null;
  try {
    s = decodeURIComponent(s);
  } catch {
    /* keep it encoded: still a stable key */
  }
  s = s.normalize('NFC').toLowerCase();
  if (!s || s.length > MAX_VANITY || /[/?#\s]/.test(s)) return null;
  return s;
}

/** Names compared for matching: NFC, trimmed, inner whitespace collapsed, case-folded. */
export function normalizeName(name: string | null | undefined): string {
  if (typeof name !== 'string') return '';
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** The fsd_profile id of a URN, or the URN itself when it has no recognisable tail. */
function urnId(urn: string): string {
  const s = urn.trim();
  const m = /^urn:li:(?:fsd_profile|fs_miniProfile|member|person):([A-Za-z0-9_-]+)$/.exec(s);
  return m ? m[1]! : s;
}

/**
 * The stable id of a person. Vanity first ("v:jane-doe"), because it is what every page shows; then the
 * profile URN ("u:ACoAA…"); then the exact name ("n:jane doe") as the last resort. Null when nothing
 * identifies them. Slugs can change (Clay's janedoe → janedoe123), so the store also matches by URN and
 * name (`matchesPerson`) and keeps the first id it gave: ids never change once assigned.
 */
export function personKey(match: PersonMatch): string | null {
  const vanity = normalizeVanity(match.vanityName);
  if (vanity) return `v:${vanity}`;
  if (typeof match.profileUrn === 'string' && match.profileUrn.trim()) return `u:${urnId(match.profileUrn).slice(0, MAX_URN)}`;
  const name = normalizeName(match.fullName);
  if (name) return `n:${name.slice(0, MAX_PERSON_NAME)}`;
  return null;
}

/**
 * Whether a record is the person a page names. Vanity or URN decide when both sides have one (a
 * different vanity with the same name is a different person: S16 documents strangers' Connect links on
 * the same page); the exact name is a fallback only when neither identifier can be compared.
 */
export function matchesPerson(person: { vanityName: string | null; profileUrn: string | null; fullName: string }, match: PersonMatch): boolean {
  const pv = normalizeVanity(person.vanityName);
  const mv = normalizeVanity(match.vanityName);
  if (pv && mv && pv === mv) return true;
  const pu = person.profileUrn ? urnId(person.profileUrn) : null;
  const mu = match.profileUrn ? urnId(match.profileUrn) : null;
  if (pu && mu) return pu === mu;
  if (pv && mv) return false;
  const pn = normalizeName(person.fullName);
  return pn !== '' && pn === normalizeName(match.fullName);
}

