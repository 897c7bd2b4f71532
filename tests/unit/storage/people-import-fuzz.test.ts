// Fuzzed People imports (issue 11, part 3; the relationship log's import, issue 10). Generated hostile
// and malformed People files (src/core/people/exchange.ts format), checked against an oracle written
// without zod (the rules of PersonSchema spelled out below), then pushed through the People store's
// real import (src/storage/people.ts importPeople) on the fake storage.local. Each file is either
// rejected with a message that says where (a field path, a line and column, or what is wrong with the
// whole file), or imported correctly: every person in the file lands (new ones exactly, matched ones
// merged without losing an event or a follow-up), nothing else changes. A rejected file leaves storage
// byte-for-byte as it was; nothing is ever half-imported; nothing pollutes a prototype.
// Runs: FC_RUNS (default 1,000).
import { afterAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { MAX_PEOPLE_IMPORT_BYTES, PEOPLE_FORMAT, parsePeopleImport } from '../../../src/core/people/exchange';
import { clampPerson } from '../../../src/core/people/budget';
import { FOLLOW_UP_KINDS, INVITE_MODES, PERSON_EVENT_TYPES, PERSON_STATES, SIGNALS, type Person } from '../../../src/core/people/model';
import { compactEvidence, createPeopleStore, decodePerson, encodePerson } from '../../../src/storage/people';
import { FakeStorageArea } from '../fakes/storage';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

const RUNS = Number(process.env.FC_RUNS ?? 1000);
const T = 1_790_000_000_000;

/** Text that has broken renderers and parsers elsewhere; all of it is valid People text. */
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '</textarea><script>window.__pwned=1</script>',
  '{{constructor}}',
  '{__proto__}',
  'toString',
  'hasOwnProperty',
  '\u202Eevil\u202C',
  'a\u200Bb\u200Cc\u200Dd\uFEFF',
  '👩🏽‍💻 e\u0301\u0301\u0301 ǅ',
  '\uD800 lone surrogate',
  '"quotes" \\ backslash \n newline \u0000 nul',
];
const text = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: Math.min(max, 30) }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE).map((s) => s.slice(0, max)) },
    // At the cap exactly: still valid.
    { weight: 1, arbitrary: fc.constant('x'.repeat(max)) },
  );
const time = fc.oneof(fc.integer({ min: 0, max: 20 }).map((n) => T + n * 1000), fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER));
const date = fc.constantFrom('2026-01-31', '2026-02-28', '2028-02-29', '2026-12-01');
const opt = <A,>(a: fc.Arbitrary<A>) => fc.option(a, { nil: null });

// Identities from small pools, so files match the stored people (and each other) by id, vanity or URN.
const IDS = ['v:jane', 'v:ola', 'u:BBB', 'n:sam okafor', '__proto__', 'toString', 'v:kim'];
const VANITIES = ['jane', 'ola', 'kim', 'lee'];
const URNS = ['urn:li:fsd_profile:AAA', 'urn:li:fsd_profile:BBB'];

const evidenceArb = fc.record(
  { signal: fc.constantFrom(...SIGNALS), at: time, where: text(300), detail: text(300) },
  { requiredKeys: ['signal', 'at', 'where'] },
);
const eventArb = fc.record(
  { id: fc.constantFrom('e1', 'e2', 'e3', 'x'.repeat(200)), type: fc.constantFrom(...PERSON_EVENT_TYPES), at: time, text: text(500) },
  { requiredKeys: ['id', 'type', 'at'] },
);
const followUpArb = fc.record(
  { id: fc.constantFrom('f1', 'f2', 'f3'), kind: fc.constantFrom(...FOLLOW_UP_KINDS), due: date, title: text(200), doneAt: opt(time), createdAt: time },
  { requiredKeys: ['id', 'kind', 'due', 'doneAt', 'createdAt'] },
);
const inviteArb = fc.record({
  at: time,
  note: text(400),
  templateId: opt(text(64)),
  templateName: opt(text(80)),
  // Keys named after Object.prototype's members (not the three forbidden ones) are plain data.
  answers: fc.dictionary(fc.constantFrom('reason', 'event', 'toString', 'valueOf', 'hasOwnProperty', 'k'.repeat(64), ''), text(300), { maxKeys: 3 }),
  reason: text(300),
  mode: fc.constantFrom(...INVITE_MODES),
});

const validPerson: fc.Arbitrary<Person> = fc
  .record({
    id: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...IDS) }, { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) }, { weight: 1, arbitrary: fc.constant('i'.repeat(200)) }),
    fullName: text(200),
    vanityName: opt(fc.constantFrom(...VANITIES)),
    profileUrn: opt(fc.constantFrom(...URNS)),
    state: fc.constantFrom(...PERSON_STATES),
    evidence: fc.array(evidenceArb, { maxLength: 3 }),
    invite: opt(inviteArb),
    events: fc.array(eventArb, { maxLength: 3 }),
    followUps: fc.uniqueArray(followUpArb, { maxLength: 2, selector: (f) => f.id }),
    cadenceWeeks: opt(fc.integer({ min: 1, max: 104 })),
    lastContactAt: opt(time),
    cadenceSnoozedUntil: fc.option(date, { nil: undefined }),
    howWeMet: fc.record({ text: text(1000), where: text(200), when: text(100) }),
    reasonDeliveredAt: opt(time),
    connectedAt: opt(time),
    createdAt: time,
    updatedAt: time,
  })
  .map(({ cadenceSnoozedUntil, ...p }) => (cadenceSnoozedUntil === undefined ? p : { ...p, cadenceSnoozedUntil }));

/** A field made wrong: a wrong type, out of range, missing, or a huge string. */
const BAD: Record<string, unknown[]> = {
  id: ['', 'x'.repeat(201), 7, null, undefined],
  fullName: ['n'.repeat(201), 'n'.repeat(100_000), 5, null, undefined],
  vanityName: [3, 'v'.repeat(101), undefined],
  profileUrn: ['u'.repeat(121), {}, undefined],
  state: ['friends', '', null, 'SENT'],
  evidence: ['a', [{ signal: 'nope', at: 1, where: '' }], [{ signal: 'user', at: -1, where: '' }], Array(21).fill({ signal: 'user', at: 1, where: '' }), null],
  invite: ['note', {}, { at: 1, note: '', templateId: null, templateName: null, answers: { k: 5 }, reason: '', mode: 'note' }, { at: 1, note: '', templateId: null, templateName: null, answers: { ['k'.repeat(65)]: 'v' }, reason: '', mode: 'note' }, { at: 1, note: 'n'.repeat(401), templateId: null, templateName: null, answers: {}, reason: '', mode: 'note' }, { at: 1, note: '', templateId: null, templateName: null, answers: {}, reason: '', mode: 'loud' }],
  events: [[{ id: '', type: 'note', at: 1 }], [{ id: 'e', type: 'party', at: 1 }], [{ id: 'e', type: 'note', at: 1.5 }], Array(51).fill({ id: 'e', type: 'note', at: 1 }), {}],
  followUps: [[{ id: 'f', kind: 'meet', due: '2026-02-30', doneAt: null, createdAt: 1 }], [{ id: 'f', kind: 'meet', due: '2026-13-01', doneAt: null, createdAt: 1 }], [{ id: 'f', kind: 'lunch', due: '2026-01-01', doneAt: null, createdAt: 1 }], [{ id: 'f', kind: 'call', due: '2026-01-01', createdAt: 1 }]],
  cadenceWeeks: [0, 105, 1.5, '4'],
  lastContactAt: [-1, 1.5, '1'],
  cadenceSnoozedUntil: ['2026-02-29', 'tomorrow', null],
  howWeMet: [undefined, 'met', { text: 'h'.repeat(1001), where: '', when: '' }, { text: '', where: '' }],
  reasonDeliveredAt: [true, -5],
  createdAt: [-1, '1', null, undefined, 2 ** 53],
  updatedAt: [1.5, undefined],
};
const badField = fc.constantFrom(...Object.keys(BAD)).chain((k) => fc.tuple(fc.constant(k), fc.constantFrom(...BAD[k]!)));

type Item = { kind: 'valid'; p: Person; extra: Record<string, unknown> } | { kind: 'invalid'; json: string } | { kind: 'dup'; of: number; p: Person };

const extraFields = fc.dictionary(
  fc.constantFrom('note', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'futureField', 'Σ', ''),
  fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null), fc.constant({ nested: { deeper: [1, 2, 3] } })),
  { maxKeys: 3 },
);

const itemArb: fc.Arbitrary<Item> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('valid' as const), p: validPerson, extra: extraFields }) },
  {
    weight: 2,
    arbitrary: fc.tuple(validPerson, badField).map(([p, [k, v]]): Item => {
      const o: Record<string, unknown> = { ...p };
      if (v === undefined) delete o[k];
      else o[k] = v;
      return { kind: 'invalid', json: JSON.stringify(o) };
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<Item>(...['null', '1', '"person"', '[]', 'true', '{}'].map((json) => ({ kind: 'invalid' as const, json }))) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), validPerson).map(([of, p]): Item => ({ kind: 'dup', of, p })) },
);

type Forbidden = { key: '__proto__' | 'constructor' | 'prototype'; where: 'root' | 'person' | 'answers' | 'howWeMet' | 'evidence' | 'deep' };
interface Spec {
  items: Item[];
  format: unknown;
  version: unknown;
  people: 'list' | 'missing' | 'object' | 'string';
  root: 'object' | 'array' | 'string' | 'null';
  forbidden: null | Forbidden;
  deep: null | { depth: number; where: 'extra' | 'item' | 'root' };
  truncate: null | number;
  bom: boolean;
  huge: boolean;
  /** Every person valid and ids distinct: files that import, several people merging at once. */
  clean: boolean;
}

const rare = <A,>(common: A, other: fc.Arbitrary<A>, w = 10) => fc.oneof({ weight: w, arbitrary: fc.constant(common) }, { weight: 1, arbitrary: other });
const specArb: fc.Arbitrary<Spec> = fc.record({
  items: fc.array(itemArb, { maxLength: 6 }),
  format: rare<unknown>(PEOPLE_FORMAT, fc.constantFrom(undefined, 'on-purpose.templates', 'ON-PURPOSE-PEOPLE', 1, null)),
  version: rare<unknown>(1, fc.constantFrom(2, 99, 0, -1, 1.5, '1', null, undefined)),
  people: rare('list' as const, fc.constantFrom('missing' as const, 'object' as const, 'string' as const), 20),
  root: rare('object' as const, fc.constantFrom('array' as const, 'string' as const, 'null' as const), 30),
  forbidden: rare<Forbidden | null>(
    null,
    fc.record({
      key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const),
      where: fc.constantFrom('root' as const, 'person' as const, 'answers' as const, 'howWeMet' as const, 'evidence' as const, 'deep' as const),
    }),
    6,
  ),
  deep: rare(null, fc.record({ depth: fc.constantFrom(50, 5_000, 60_000), where: fc.constantFrom('extra' as const, 'item' as const, 'root' as const) })),
  // A cut anywhere (fc.double would mostly cut at 0: an empty file).
  truncate: rare(null, fc.integer({ min: 0, max: 999 }).map((n) => n / 1000), 8),
  bom: fc.boolean(),
  huge: rare(false, fc.constant(true), 40),
  clean: rare(false, fc.constant(true), 2),
});

const nest = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** More than MAX_PEOPLE_IMPORT_BYTES of padding, made once (a rope: appending it copies nothing). */
const PADDING = ' '.repeat(MAX_PEOPLE_IMPORT_BYTES + 1);
const MARK = '@@forbidden@@';

/** Writes the file as text, so hostile keys (`__proto__`) stay own keys, as in a real file. */
function render(spec: Spec): { text: string; items: Item[]; forbiddenWritten: boolean } {
  // Duplicates take the id of an earlier valid person; with none earlier a "dup" is plain valid.
  const earlier: Person[] = [];
  const ids = new Set<string>();
  const source: Item[] = !spec.clean
    ? spec.items
    : spec.items.flatMap((it): Item[] => {
        if (it.kind === 'invalid') return [];
        const id = ids.has(it.p.id) ? `${it.p.id}#${ids.size}` : it.p.id;
        ids.add(id);
        return [{ kind: 'valid', p: { ...it.p, id }, extra: it.kind === 'valid' ? it.extra : {} }];
      });
  const items = source.map((it): Item => {
    if (it.kind === 'dup') {
      if (!earlier.length) return { kind: 'valid', p: it.p, extra: {} };
      return { kind: 'dup', of: it.of % earlier.length, p: { ...it.p, id: earlier[it.of % earlier.length]!.id } };
    }
    if (it.kind === 'valid') earlier.push(it.p);
    return it;
  });
  let inItem = false;
  const parts = items.map((it, i) => {
    if (i === 0 && spec.deep?.where === 'item') return nest(spec.deep.depth);
    if (it.kind === 'invalid') return it.json;
    const o: Record<string, unknown> = it.kind === 'valid' ? { ...it.extra, ...it.p } : { ...it.p };
    if (i === 0 && spec.deep?.where === 'extra') o.deep = MARK + 'deep';
    // The forbidden key at the level asked for, in the first person (else at the root).
    const f = spec.forbidden;
    if (i === 0 && f && f.where !== 'root') {
      const bad = { [MARK]: { polluted: true } };
      if (f.where === 'answers' && o.invite) o.invite = { ...(o.invite as object), answers: { ...(o.invite as Person['invite'])!.answers, ...bad } };
      else if (f.where === 'howWeMet') o.howWeMet = { ...(o.howWeMet as object), ...bad };
      else if (f.where === 'evidence' && (o.evidence as unknown[]).length) o.evidence = [{ ...(o.evidence as object[])[0], ...bad }, ...(o.evidence as unknown[]).slice(1)];
      else if (f.where === 'deep') o.future = { a: [{ b: [[bad]] }] };
      else Object.assign(o, bad);
      inItem = true;
    }
    return JSON.stringify(o)
      .replace(`"${MARK}"`, `"${f?.key}"`)
      .replace(`"${MARK}deep"`, spec.deep ? nest(spec.deep.depth) : '[]');
  });
  const head: string[] = [];
  let forbiddenWritten = inItem && (spec.people === 'list' || spec.people === 'object');
  if (spec.forbidden && !inItem) {
    head.push(`"${spec.forbidden.key}":{"polluted":true}`);
    forbiddenWritten = true;
  }
  if (spec.deep?.where === 'root') head.push(`"deep":${nest(spec.deep.depth)}`);
  if (spec.format !== undefined) head.push(`"format":${JSON.stringify(spec.format)}`);
  if (spec.version !== undefined) head.push(`"version":${JSON.stringify(spec.version)}`);
  head.push('"exportedAt":"2026-01-01T00:00:00.000Z"');
  const list = `[${parts.join(',')}]`;
  if (spec.people === 'list') head.push(`"people":${list}`);
  else if (spec.people === 'object') head.push(`"people":{"0":${parts[0] ?? 'null'}}`);
  else if (spec.people === 'string') head.push(`"people":${JSON.stringify(list.slice(0, 200))}`);
  let out = `{${head.join(',')}}`;
  // Another root around (or instead of) the file: the forbidden key, if any, is still in it.
  if (spec.root === 'array') out = `[${out}]`;
  else if (spec.root === 'string') out = JSON.stringify(out.slice(0, 200));
  else if (spec.root === 'null') out = 'null';
  if (spec.root === 'string' || spec.root === 'null') forbiddenWritten = false;
  if (spec.truncate !== null) out = out.slice(0, Math.floor(out.length * spec.truncate));
  if (spec.huge) out += PADDING;
  return { text: (spec.bom ? '\uFEFF' : '') + out, items, forbiddenWritten };
}

// ---- the oracle: PersonSchema's rules, written out without zod ---------------------------------

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown, max: number, min = 0) => typeof v === 'string' && v.length >= min && v.length <= max;
const strN = (v: unknown, max: number) => v === null || str(v, max);
const time0 = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const timeN = (v: unknown) => v === null || time0(v);
const oneOf = (v: unknown, list: readonly string[]) => typeof v === 'string' && list.includes(v);
function realDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
const list = (v: unknown, max: number, each: (x: unknown) => boolean) => Array.isArray(v) && v.length <= max && v.every(each);
const has = (o: Record<string, unknown>, k: string) => Object.hasOwn(o, k);

function isValidPerson(v: unknown): boolean {
  if (!isObj(v)) return false;
  const evidence = (e: unknown) => isObj(e) && oneOf(e.signal, SIGNALS) && time0(e.at) && str(e.where, 300) && (!has(e, 'detail') || str(e.detail, 300));
  const event = (e: unknown) => isObj(e) && str(e.id, 200, 1) && oneOf(e.type, PERSON_EVENT_TYPES) && time0(e.at) && (!has(e, 'text') || str(e.text, 500));
  const followUp = (f: unknown) =>
    isObj(f) && str(f.id, 200, 1) && oneOf(f.kind, FOLLOW_UP_KINDS) && realDate(f.due) && (!has(f, 'title') || str(f.title, 200)) && has(f, 'doneAt') && timeN(f.doneAt) && time0(f.createdAt);
  const invite = (i: unknown) =>
    i === null ||
    (isObj(i) &&
      time0(i.at) &&
      str(i.note, 400) &&
      strN(i.templateId, 64) &&
      strN(i.templateName, 80) &&
      isObj(i.answers) &&
      Object.entries(i.answers).every(([k, a]) => k.length <= 64 && str(a, 300)) &&
      str(i.reason, 300) &&
      oneOf(i.mode, INVITE_MODES));
  const how = v.howWeMet;
  const cadence = v.cadenceWeeks;
  return (
    str(v.id, 200, 1) &&
    str(v.fullName, 200) &&
    has(v, 'vanityName') && strN(v.vanityName, 100) &&
    has(v, 'profileUrn') && strN(v.profileUrn, 120) &&
    oneOf(v.state, PERSON_STATES) &&
    list(v.evidence, 20, evidence) &&
    has(v, 'invite') && invite(v.invite) &&
    list(v.events, 50, event) &&
    list(v.followUps, 30, followUp) &&
    (cadence === null || (typeof cadence === 'number' && Number.isInteger(cadence) && cadence >= 1 && cadence <= 104)) &&
    timeN(v.lastContactAt) &&
    (!has(v, 'cadenceSnoozedUntil') || realDate(v.cadenceSnoozedUntil)) &&
    isObj(how) && str(how.text, 1000) && str(how.where, 200) && str(how.when, 100) &&
    timeN(v.reasonDeliveredAt) &&
    timeN(v.connectedAt) &&
    time0(v.createdAt) &&
    time0(v.updatedAt)
  );
}

type Expect = { ok: true; people: Person[] } | { ok: false; where: string };

/** What a correct importer must do with this file, in the order the checks apply. */
function expectFor(spec: Spec, items: Item[], forbiddenWritten: boolean, text: string): Expect {
  if (spec.huge) return { ok: false, where: 'size' };
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, where: 'empty' };
  let parsed = true;
  try {
    JSON.parse(body);
  } catch {
    parsed = false;
  }
  if (!parsed) return { ok: false, where: 'position' };
  if (forbiddenWritten) return { ok: false, where: 'forbidden' };
  if (spec.root !== 'object') return { ok: false, where: 'root' };
  if (spec.format !== PEOPLE_FORMAT) return { ok: false, where: 'format' };
  if (typeof spec.version !== 'number' || !Number.isInteger(spec.version) || spec.version < 1) return { ok: false, where: 'version' };
  if (spec.version > 1) return { ok: false, where: 'newer' };
  if (spec.people !== 'list') return { ok: false, where: 'people' };
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const [i, it] of items.entries()) {
    const raw: unknown = i === 0 && spec.deep?.where === 'item' ? [] : it.kind === 'invalid' ? JSON.parse(it.json) : it.p;
    if (!isValidPerson(raw)) return { ok: false, where: `people[${i}]` };
    const id = (raw as Person).id;
    if (seen.has(id)) return { ok: false, where: `people[${i}].id` };
    seen.add(id);
    out.push(raw as Person);
  }
  return { ok: true, people: out };
}

/** What the message must say for each kind of rejection (the store passes on the parser's message). */
const SAYS: Record<string, RegExp> = {
  size: /larger than 50 MB/,
  empty: /The file is empty/,
  position: /line \d+, column \d+|nested too deeply/,
  forbidden: /key named “(__proto__|constructor|prototype)”.*not allowed/,
  root: /not an On Purpose People file: it holds/,
  format: /"format"/,
  version: /^version: expected a whole number/,
  newer: /newer version of On Purpose \(People v\d+\)/,
  people: /^people: expected a list of people/,
};

// ---- the store around it ---------------------------------------------------------------------------

/** Who is already in the log: matched by id, vanity or URN by many generated people, or by none. */
function existingPeople(): Person[] {
  const base = (id: string, fullName: string, vanityName: string | null, profileUrn: string | null, n: number): Person => ({
    id,
    fullName,
    vanityName,
    profileUrn,
    state: 'sent',
    evidence: [{ signal: 'sent-toast', at: T - n, where: '/in/x/' }],
    invite: { at: T - n, note: 'Hi, loved your talk.', templateId: null, templateName: null, answers: { reason: 'your talk' }, reason: 'your talk', mode: 'note' },
    events: [{ id: `old-${n}`, type: 'invited', at: T - n }],
    followUps: [{ id: 'f1', kind: 'meet', due: '2026-12-20', doneAt: null, createdAt: T - n }],
    cadenceWeeks: 6,
    lastContactAt: null,
    howWeMet: { text: 'At the meetup', where: 'Berlin', when: '' },
    reasonDeliveredAt: null,
    connectedAt: null,
    createdAt: T - n,
    updatedAt: T - n,
  });
  return [base('v:jane', 'Jane Doe', 'jane', 'urn:li:fsd_profile:AAA', 1), base('n:sam okafor', 'Sam Okafor', null, null, 2), base('__proto__', 'Odd Id', null, null, 3), base('v:quiet', 'Never Matched', 'quiet', null, 4)];
}

function seeded(): FakeStorageArea {
  const local = new FakeStorageArea({ kind: 'local' });
  const items: Record<string, unknown> = {};
  for (const p of existingPeople()) items[`p:${p.id}`] = encodePerson(p);
  local.seed({
    ...items,
    peopleMeta: { schemaVersion: 1, newSinceExport: 3, lastExportAt: null },
    peopleIndex: '{"v":1,"rows":[]}',
    setAside: [{ key: 'p:v:old', raw: 42, reason: 'damaged', at: 1 }],
    't:keep': { id: 'keep', kind: 'invite', name: 'Keep me', body: 'Hi', tags: [], createdAt: 1, updatedAt: 1 },
    settings: { order: ['keep'], updatedAt: 1 },
  });
  return local;
}

const counts = { files: 0, accepted: 0, rejected: 0, byReason: {} as Record<string, number>, peopleImported: 0, exact: 0, merged: 0 };
const protoBefore = JSON.stringify([Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)]);

const stored = (local: FakeStorageArea): Map<string, Person> =>
  new Map(
    Object.entries(local.snapshot())
      .filter(([k]) => k.startsWith('p:'))
      .map(([k, v]) => [k.slice(2), decodePerson(v) as Person]),
  );
const vanityOf = (p: { vanityName: string | null }) => p.vanityName?.toLowerCase() || null;
/** Shares a vanity or a URN (the only ways a file's person is matched to another id: never by name). */
const linked = (a: Person, b: Person) => (vanityOf(a) !== null && vanityOf(a) === vanityOf(b)) || (a.profileUrn !== null && a.profileUrn === b.profileUrn);

async function check(spec: Spec): Promise<void> {
  const { text, items, forbiddenWritten } = render(spec);
  const want = expectFor(spec, items, forbiddenWritten, text);
  counts.files++;

  // The parser: the same verdict, and where (a path, or a line and column).
  const parsed = parsePeopleImport(text);
  expect(parsed.ok, parsed.ok ? `accepted, expected ${JSON.stringify(want)}` : parsed.error.message).toBe(want.ok);
  if (!parsed.ok && !want.ok) {
    if (want.where.startsWith('people[')) expect(parsed.error.path, parsed.error.message).toMatch(new RegExp(`^${want.where.replace(/[[\].]/g, '\\$&')}`));
    if (want.where === 'position' && !/nested too deeply/.test(parsed.error.message)) expect(parsed.error.line).toBeGreaterThanOrEqual(1);
  }

  // The store's import, on a log with people in it.
  const local = seeded();
  const people = createPeopleStore({ area: local, now: () => T + 1_000_000 });
  const before = local.dump();
  const beforePeople = stored(local);
  const result = await people.importPeople(text);

  if (!want.ok) {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    counts.rejected++;
    const reason = want.where.startsWith('people[') ? 'person' : want.where;
    counts.byReason[reason] = (counts.byReason[reason] ?? 0) + 1;
    // Says where: the field's path, or the line and column, or what is wrong with the whole file.
    if (want.where.startsWith('people[')) expect(result.message.startsWith(want.where), result.message).toBe(true);
    else expect(result.message).toMatch(SAYS[want.where]!);
    // Nothing written at all: storage byte-for-byte as it was.
    expect(local.dump()).toBe(before);
    return;
  }

  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  if (!result.ok) return;
  counts.accepted++;
  counts.peopleImported += want.people.length;
  const after = stored(local);
  const snap = local.snapshot();
  // Whole: everyone in the file is in the log, under their id or merged into the one they match,
  // with every event and follow-up of theirs; nothing of the file is left out.
  for (const p of want.people) {
    // Under their own id; or, only when they have a vanity or a URN to be matched by, merged into
    // a record of another id (through a chain of matches: a merge can change a record's vanity).
    if (!after.has(p.id)) expect(vanityOf(p) !== null || p.profileUrn !== null, `person ${JSON.stringify(p.id)} is stored under its id`).toBe(true);
    const candidates = after.has(p.id) ? [after.get(p.id)!] : [...after.values()];
    const holds = (s: Person) => p.events.every((e) => s.events.some((x) => x.id === e.id)) && p.followUps.every((f) => s.followUps.some((x) => x.id === f.id)) && s.createdAt <= p.createdAt;
    expect(candidates.some(holds), `person ${JSON.stringify(p.id)} is stored, whole`).toBe(true);
    // A new person no one else shares a vanity or URN with: stored exactly as the file says, in the
    // store's normal form (core's clamp; the first and latest sighting per signal).
    const others = [...beforePeople.values(), ...want.people.filter((q) => q !== p)];
    if (!beforePeople.has(p.id) && !others.some((q) => linked(q, p))) {
      const c = clampPerson(p);
      expect(after.get(p.id)).toEqual({ ...c, evidence: compactEvidence(c.evidence) });
      counts.exact++;
    } else counts.merged++;
  }
  // Nobody lost, nobody else touched: the people no one in the file matches are byte-identical.
  const was = JSON.parse(before) as Record<string, unknown>;
  for (const [id, p] of beforePeople) {
    expect(after.has(id), `existing ${id} kept`).toBe(true);
    if (!want.people.some((q) => q.id === id || linked(q, p))) expect(JSON.stringify(snap[`p:${id}`])).toBe(JSON.stringify(was[`p:${id}`]));
  }
  expect(after.size).toBe(beforePeople.size + result.added);
  expect(result.added + result.updated + result.unchanged).toBe(after.size);
  expect((snap.peopleMeta as { newSinceExport: number }).newSinceExport).toBe(3 + result.added);
  // Other stores' keys are untouched.
  for (const k of ['setAside', 't:keep', 'settings', 'peopleIndex']) expect(JSON.stringify(snap[k])).toBe(JSON.stringify(was[k]));
}

describe('fuzzed People import files', () => {
  it(`${RUNS} generated files: imported whole and as the oracle says, or rejected saying where with storage unchanged`, async () => {
    await fc.assert(fc.asyncProperty(specArb, check), { numRuns: RUNS });
    expect(JSON.stringify([Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)])).toBe(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The generators reach every kind of outcome (a change that made them all reject would pass otherwise).
    expect(counts.accepted).toBeGreaterThan(RUNS / 20);
    for (const r of ['position', 'forbidden', 'person', 'version', 'format']) expect(counts.byReason[r] ?? 0, r).toBeGreaterThan(0);
  }, 60_000);
});

afterAll(() => {
  // The figures for the report (issue 11, "inputs tried").
  console.log(`[people-import-fuzz] ${JSON.stringify(counts)}`);
});
