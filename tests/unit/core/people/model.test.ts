import { describe, expect, it } from 'vitest';

import { matchesPerson, newPerson, normalizeVanity, personKey, PersonSchema } from '../../../../src/core/people/model';

describe('personKey', () => {
  it('prefers the vanity name, decoded and lowercased, from a slug, path or URL', () => {
    expect(personKey({ vanityName: 'Jane-Doe', profileUrn: 'urn:li:fsd_profile:ACoAAB', fullName: 'Jane Doe' })).toBe('v:jane-doe');
    expect(personKey({ vanityName: '/in/jane-doe/' })).toBe('v:jane-doe');
    expect(personKey({ vanityName: 'https://www.linkedin.com/in/j%C3%BCrgen-m/?x=1' })).toBe('v:jürgen-m');
  });
  it('falls back to the URN id, then the exact name', () => {
    expect(personKey({ vanityName: null, profileUrn: 'urn:li:fsd_profile:ACoAAB12' })).toBe('u:ACoAAB12');
    expect(personKey({ fullName: '  Jane   Doe ' })).toBe('n:jane doe');
    expect(personKey({})).toBeNull();
    expect(personKey({ vanityName: 'not a slug', fullName: '' })).toBeNull();
  });
  it('is the same for every spelling of one identifier', () => {
    expect(normalizeVanity('JANE')).toBe(normalizeVanity('https://linkedin.com/in/jane'));
  });
});

describe('matchesPerson', () => {
  const p = { vanityName: 'jane-doe', profileUrn: 'urn:li:fsd_profile:AAA', fullName: 'Jane Doe' };
  it('matches by vanity, by URN, and by exact name only when no identifier can be compared', () => {
    expect(matchesPerson(p, { vanityName: 'Jane-Doe' })).toBe(true);
    expect(matchesPerson(p, { vanityName: 'jane-doe-123', profileUrn: 'urn:li:fsd_profile:AAA' })).toBe(true);
    expect(matchesPerson(p, { vanityName: 'other', fullName: 'Jane Doe' })).toBe(false);
    expect(matchesPerson(p, { profileUrn: 'urn:li:fsd_profile:BBB', fullName: 'Jane Doe' })).toBe(false);
    expect(matchesPerson(p, { fullName: 'jane  doe' })).toBe(true);
    expect(matchesPerson({ ...p, fullName: '' }, { fullName: '' })).toBe(false);
  });
});

describe('PersonSchema', () => {
  it('accepts a new record and rejects a bad state or date', () => {
    const person = newPerson({ vanityName: 'jane', fullName: 'Jane Doe' }, 1000)!;
    expect(PersonSchema.safeParse(person).success).toBe(true);
    expect(PersonSchema.safeParse({ ...person, state: 'friends' }).success).toBe(false);
    const fu = { id: 'f1', kind: 'meet', due: '2026-13-01', doneAt: null, createdAt: 1 };
    expect(PersonSchema.safeParse({ ...person, followUps: [fu] }).success).toBe(false);
    expect(PersonSchema.safeParse({ ...person, followUps: [{ ...fu, due: '2026-12-01' }] }).success).toBe(true);
  });
});
