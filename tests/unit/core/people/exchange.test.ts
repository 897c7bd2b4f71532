import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { clampPerson, personBytes } from '../../../../src/core/people/budget';
import { PEOPLE_FORMAT, exportPeople, mergePeople, mergePerson, parsePeopleImport } from '../../../../src/core/people/exchange';
import { addFollowUp, completeFollowUp, logContact, setCadence } from '../../../../src/core/people/followups';
import { PersonSchema, type Person } from '../../../../src/core/people/model';
import { applyAll } from '../../../../src/core/people/state';
import { personArb } from './_arbitrary';
import { T0, ev, person } from './_fixtures';

const canon = (p: Person) => JSON.stringify(clampPerson(p));

function story(id: string, vanity: string | null, name: string): Person {
  let p = person({ id, vanityName: vanity, fullName: name, profileUrn: null });
  p = { ...p, invite: { at: T0, note: `Hi ${name}, we met at the meetup.`, templateId: 'default-invite-event', templateName: 'Met at an event', answers: { event: 'the meetup', topic: 'onboarding' }, reason: 'the meetup; onboarding', mode: 'note' } };
  p = applyAll(p, [ev('send-pressed', T0), ev('sent-toast', T0 + 1000), ev('profile-1st', T0 + 86_400_000)]);
  p = addFollowUp(p, { id: `fu-${id}`, kind: 'meet', due: '2026-12-20', title: 'Coffee', createdAt: T0 + 2 });
  p = setCadence(p, 6, T0 + 3);
  return logContact(p, { type: 'message-sent', at: T0 + 2 * 86_400_000, text: 'Thanks for connecting!' }, 'Europe/Berlin');
}

const people = [story('v:jane-doe', 'jane-doe', 'Jane Doe'), story('v:ola', 'ola', 'Ola Nordmann'), story('n:sam okafor', null, 'Sam Okafor')];

describe('exportPeople / parsePeopleImport', () => {
  it('export → wipe → import gives back the same People', () => {
    const text = exportPeople(people, T0);
    const parsed = parsePeopleImport(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.version).toBe(1);
    expect(parsed.exportedAt).toBe(new Date(T0).toISOString());
    const restored = mergePeople([], parsed.people);
    expect(restored.map(canon)).toEqual(people.map(canon));
    // …and importing the same file again over them changes nothing (same objects back).
    const again = mergePeople(restored, parsed.people);
    again.forEach((p, i) => expect(p).toBe(restored[i]));
  });

  it('writes the versioned envelope', () => {
    const file = JSON.parse(exportPeople(people, T0));
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'people']);
    expect(file).toMatchObject({ format: PEOPLE_FORMAT, version: 1 });
  });

  it('accepts a BOM and drops unknown fields', () => {
    const file = JSON.parse(exportPeople(people.slice(0, 1), T0));
    file.people[0].futureField = 1;
    const r = parsePeopleImport(`\uFEFF${JSON.stringify(file)}`);
    expect(r.ok && Object.hasOwn(r.people[0]!, 'futureField')).toBe(false);
  });

  const good = () => JSON.parse(exportPeople(people, T0));
  const withPerson = (mutate: (p: Record<string, unknown>) => void, index = 1) => {
    const f = good();
    mutate(f.people[index]);
    return JSON.stringify(f, null, 1);
  };
  it.each([
    ['empty', '  ', /^The file is empty\.$/, {}],
    ['cut off', exportPeople(people, T0).slice(0, 300), /not valid JSON: .*line \d+, column \d+/, { line: expect.any(Number) }],
    ['a syntax error', '{"format": "on-purpose-people",\n "version": 1,\n "people": [}', /unexpected "\}" at line 3, column 13/, { line: 3, column: 13 }],
    ['a bare list', '[]', /bare list/, {}],
    ['the templates format', '{"format":"on-purpose.templates","version":1,"templates":[]}', /import it in the Templates tab/, { path: 'format' }],
    ['a newer version', '{"format":"on-purpose-people","version":2,"people":[]}', /newer version/, { path: 'version' }],
    ['no people list', '{"format":"on-purpose-people","version":1}', /people: expected a list of people, found nothing/, { path: 'people' }],
    ['a bad state', withPerson((p) => (p.state = 'friends')), /^people\[1\]\.state: expected "unconfirmed", "sent", "accepted", "withdrawn" or "unknown", found "friends"\.$/, { path: 'people[1].state' }],
    ['an impossible due date', withPerson((p) => ((p.followUps as { due: string }[])[0]!.due = '2026-02-30')), /^people\[1\]\.followUps\[0\]\.due: is not a real calendar date\.$/, { path: 'people[1].followUps[0].due' }],
    ['a missing field', withPerson((p) => delete p.howWeMet), /^people\[1\]\.howWeMet: is missing\.$/, {}],
    ['too much evidence', withPerson((p) => (p.evidence = Array(21).fill({ signal: 'user', at: 1, where: '' }))), /people\[1\]\.evidence: has too many items \(21; at most 20\)/, {}],
    ['a duplicate id', withPerson((p) => (p.id = 'v:jane-doe')), /people\[1\]\.id: the id "v:jane-doe" is already used by people\[0\]/, {}],
    ['a __proto__ key', withPerson((p) => ((p.invite as { answers: string }).answers = JSON.parse('{"__proto__": {"polluted": "yes"}}'))), /key named “__proto__” in people\[1\]\.invite\.answers/, { line: expect.any(Number) }],
    ['a constructor key', withPerson((p) => Object.defineProperty(p, 'constructor', { value: 'x', enumerable: true })), /key named “constructor”/, {}],
  ])('rejects %s, saying where, importing nothing', (_name, text, message, extra) => {
    const r = parsePeopleImport(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(message);
    expect(r.error).toMatchObject(extra);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mergePerson', () => {
  const base = story('v:jane-doe', 'jane-doe', 'Jane Doe');

  it('is lossless: unions evidence, events and follow-ups; newer scalars win', () => {
    const left = completeFollowUp({ ...base, howWeMet: { text: 'meetup', where: '', when: '' } }, 'fu-v:jane-doe', T0 + 10 * 86_400_000, 'UTC');
    const right = { ...addFollowUp(base, { id: 'other', kind: 'call', due: '2027-01-05', createdAt: T0 + 5 }), cadenceWeeks: null, updatedAt: T0 + 20 * 86_400_000, howWeMet: { text: '', where: 'Berlin', when: '' } };
    const m = mergePerson(left, right);
    expect(m.followUps.map((f) => [f.id, f.doneAt])).toEqual([
      ['fu-v:jane-doe', T0 + 10 * 86_400_000],
      ['other', null],
    ]);
    expect(new Set(m.events.map((e) => e.id))).toEqual(new Set([...left.events, ...right.events].map((e) => e.id)));
    expect(m.cadenceWeeks).toBeNull(); // the newer side cleared it
    expect(m.howWeMet).toEqual({ text: 'meetup', where: 'Berlin', when: '' });
    expect(m.lastContactAt).toBe(left.lastContactAt);
    expect(m.updatedAt).toBe(right.updatedAt);
    expect(PersonSchema.safeParse(m).success).toBe(true);
  });

  it('returns the first argument itself when the other adds nothing', () => {
    const a = clampPerson(base);
    expect(mergePerson(a, base)).toBe(a);
  });

  it('is commutative when one copy spells an empty evidence detail and the other omits it (CI counterexample)', () => {
    const jane = { ...person({ id: 'v:jane', vanityName: 'jane', fullName: 'Jane Doe', profileUrn: null }), state: 'unconfirmed' as const, createdAt: 1_700_000_000_000, updatedAt: 1_795_000_000_002 };
    const a: Person = { ...jane, evidence: [{ signal: 'sent-list-absent', at: 1_790_000_004_000, where: 'popup' }] };
    const b: Person = { ...jane, evidence: [{ signal: 'sent-list-absent', at: 1_790_000_004_000, where: 'popup', detail: '' }] };
    expect(canon(mergePerson(a, b))).toBe(canon(mergePerson(b, a)));
    expect(canon(b)).toBe(canon(a));
  });

  it('property: idempotent, commutative, absorbing, and always valid', () => {
    fc.assert(
      fc.property(personArb, personArb, (a, b) => {
        const ab = mergePerson(a, b);
        expect(PersonSchema.safeParse(ab).success).toBe(true);
        expect(canon(mergePerson(a, a))).toBe(canon(a));
        expect(canon(ab)).toBe(canon(mergePerson(b, a)));
        expect(canon(mergePerson(ab, b))).toBe(canon(ab));
        expect(canon(mergePerson(ab, ab))).toBe(canon(ab));
        // Nothing lost while within bounds: every event id and follow-up id of both sides survives.
        for (const e of [...a.events, ...b.events]) expect(ab.events.some((x) => x.id === e.id)).toBe(true);
        for (const f of [...a.followUps, ...b.followUps]) expect(ab.followUps.some((x) => x.id === f.id)).toBe(true);
        expect(ab.createdAt).toBe(Math.min(a.createdAt, b.createdAt));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  }, 60_000); // generous: the machine is shared and slow under load

  it('property: export → import of any valid person round-trips', () => {
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 3 }), (list) => {
        const distinct = list.map((p, i) => ({ ...p, id: `v:p${i}` }));
        const r = parsePeopleImport(exportPeople(distinct, T0));
        if (!r.ok) throw new Error(r.error.message);
        expect(r.people.map(canon)).toEqual(distinct.map(canon));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('mergePeople', () => {
  it('matches by id, then by vanity or URN (never by name alone), keeps existing ids and order', () => {
    const existing = [story('v:jane-doe', 'jane-doe', 'Jane Doe'), { ...story('u:AAA', null, 'Kim Lee'), profileUrn: 'urn:li:fsd_profile:AAA' }];
    const renamed = { ...story('v:jane-doe-2', 'jane-doe', 'Jane Doe'), howWeMet: { text: 'x', where: 'Lisbon', when: '' }, updatedAt: T0 + 99 * 86_400_000 };
    const byUrn = { ...story('v:kim', 'kim', 'Kim Lee'), profileUrn: 'urn:li:fsd_profile:AAA' };
    const namesake = story('n:jane doe', null, 'Jane Doe');
    const out = mergePeople(existing, [renamed, byUrn, namesake]);
    expect(out.map((p) => p.id)).toEqual(['v:jane-doe', 'u:AAA', 'n:jane doe']);
    expect(out[0]!.howWeMet.where).toBe('Lisbon');
    expect(out[1]!.vanityName).toBe('kim'); // what one copy did not know is filled in from the other
  });

  it('does not pollute prototypes through answers', () => {
    const p = story('v:x', 'x', 'X');
    const evil = { ...p, invite: { ...p.invite!, answers: JSON.parse('{"__proto__":"a","constructor":"b","ok":"c"}') } };
    const out = mergePeople([], [evil]);
    expect(Object.keys(out[0]!.invite!.answers)).toEqual(['ok']);
    expect(({} as Record<string, unknown>).ok).toBeUndefined();
  });
});

describe('budget', () => {
  it('a realistic person stays under 2 KB (figure reported)', () => {
    const p = story('v:jane-doe', 'jane-doe', 'Jane Doe');
    const bytes = personBytes(p);
    console.log(`personBytes(realistic) = ${bytes}`);
    expect(bytes).toBeLessThanOrEqual(2048);
  });
});
