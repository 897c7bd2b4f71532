import fc from 'fast-check';

import { clampPerson } from '../../../../src/core/people/budget';
import { FOLLOW_UP_KINDS, PERSON_EVENT_TYPES, PERSON_STATES, SIGNALS, type Person } from '../../../../src/core/people/model';

const time = fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 });
const smallTime = fc.integer({ min: 0, max: 20 }).map((n) => 1_790_000_000_000 + n * 1000);
const text = (max: number) => fc.string({ maxLength: max, unit: fc.constantFrom('a', 'b', 'é', ' ', ',', '"', '\n', '😀') });
const date = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const evidence = fc.record(
  { signal: fc.constantFrom(...SIGNALS), at: smallTime, where: fc.constantFrom('/in/jane/', '/notifications/', 'popup'), detail: text(10) },
  { requiredKeys: ['signal', 'at', 'where'] },
);
// Ids from a small pool so two copies of a person share some events and follow-ups.
const event = fc.record(
  { id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5'), type: fc.constantFrom(...PERSON_EVENT_TYPES), at: smallTime, text: text(12) },
  { requiredKeys: ['id', 'type', 'at'] },
);
const followUp = fc.record(
  {
    id: fc.constantFrom('f1', 'f2', 'f3'),
    kind: fc.constantFrom(...FOLLOW_UP_KINDS),
    due: date,
    title: text(10),
    doneAt: fc.option(time, { nil: null }),
    createdAt: time,
  },
  { requiredKeys: ['id', 'kind', 'due', 'doneAt', 'createdAt'] },
);
const uniqueBy = <T>(key: (x: T) => string) => (list: T[]) => [...new Map(list.map((x) => [key(x), x])).values()];

/** A valid person with id "v:jane" (a copy of "the same person" as seen by two browsers or two files). */
export const personArb: fc.Arbitrary<Person> = fc
  .record({
    fullName: fc.constantFrom('Jane Doe', 'Jane D.', ''),
    vanityName: fc.constantFrom('jane', null),
    profileUrn: fc.option(fc.constant('urn:li:fsd_profile:AAA'), { nil: null }),
    state: fc.constantFrom(...PERSON_STATES),
    evidence: fc.array(evidence, { maxLength: 25 }),
    invite: fc.option(
      fc.record({
        at: time,
        note: text(30),
        templateId: fc.option(fc.constant('t1'), { nil: null }),
        templateName: fc.option(fc.constant('Met at an event'), { nil: null }),
        answers: fc.dictionary(fc.constantFrom('event', 'topic'), text(10)),
        reason: text(30),
        mode: fc.constantFrom('note' as const, 'reason-kept' as const),
      }),
      { nil: null },
    ),
    events: fc.array(event, { maxLength: 8 }).map(uniqueBy((e) => e.id)),
    followUps: fc.array(followUp, { maxLength: 4 }).map(uniqueBy((f) => f.id)),
    cadenceWeeks: fc.option(fc.integer({ min: 1, max: 104 }), { nil: null }),
    lastContactAt: fc.option(time, { nil: null }),
    howWeMet: fc.record({ text: text(20), where: text(10), when: text(10) }),
    reasonDeliveredAt: fc.option(time, { nil: null }),
    connectedAt: fc.option(time, { nil: null }),
    createdAt: time,
    updatedAt: fc.integer({ min: 0, max: 3 }).map((n) => 1_795_000_000_000 + n),
    cadenceSnoozedUntil: fc.option(date, { nil: undefined }),
  })
  .map((p) => {
    const { cadenceSnoozedUntil, ...rest } = p;
    return clampPerson({ id: 'v:jane', ...rest, ...(cadenceSnoozedUntil ? { cadenceSnoozedUntil } : {}) });
  });
