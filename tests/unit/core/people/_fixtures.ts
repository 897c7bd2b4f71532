import { newPerson, type Evidence, type Person, type PersonState, type Signal } from '../../../../src/core/people/model';

export const T0 = Date.UTC(2026, 11, 7, 9, 0, 0); // 2026-12-07 09:00 UTC

export function person(over: Partial<Person> = {}): Person {
  return { ...newPerson({ vanityName: 'jane-doe', fullName: 'Jane Doe', profileUrn: 'urn:li:fsd_profile:ACoAAJane' }, T0)!, ...over };
}

export function inState(state: PersonState, over: Partial<Person> = {}): Person {
  return person({ state, ...over });
}

export const ev = (signal: Signal, at: number, where = '/in/jane-doe/', detail?: string): Evidence =>
  detail === undefined ? { signal, at, where } : { signal, at, where, detail };
