// Fuzzed imports (issue 11, part 3): generated hostile and malformed template files, checked against
// an oracle written independently of the parser (no zod), and pushed through the library's real
// import path on the quota-enforcing fake storage. Each file is either imported exactly, or rejected
// with a message that says where; a rejected file leaves storage.local and storage.sync byte-for-byte
// as they were; nothing is ever half-imported; nothing pollutes a prototype.
// The People log's import (issue 10) has its own: people-import-fuzz.test.ts.
import { afterAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { EXPORT_FORMAT, MAX_IMPORT_BYTES, parseImportFile } from '../../../src/core/exchange';
import { MAX_BODY_LENGTH, MAX_NAME_LENGTH, MAX_TAGS, MAX_TAG_LENGTH, type Template } from '../../../src/core/schema';
import { browserWith, tpl } from './helpers';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

/** Text that has broken renderers and parsers elsewhere; all of it is valid template text. */
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '</textarea><script>window.__pwned=1</script>',
  '{{constructor}}',
  '{__proto__}',
  '{{__proto__: x}}',
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
    { weight: 3, arbitrary: fc.string({ maxLength: Math.min(max, 60) }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE).map((s) => s.slice(0, max)) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(max, 40) }) },
  );
const nonEmpty = (max: number) => text(max).filter((s) => s.length >= 1 && s.length <= max);

const validTemplate: fc.Arbitrary<Template> = fc.record({
  id: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'a'), fc.string({ minLength: 1, maxLength: 64 })),
  kind: fc.constantFrom('invite' as const, 'reply' as const),
  name: nonEmpty(MAX_NAME_LENGTH),
  body: fc.oneof(text(MAX_BODY_LENGTH), fc.constant('x'.repeat(MAX_BODY_LENGTH))),
  tags: fc.array(nonEmpty(MAX_TAG_LENGTH), { maxLength: MAX_TAGS }),
  createdAt: fc.nat(),
  updatedAt: fc.nat(),
});

/** A field made wrong: a wrong type, out of range, or missing. */
const badField: fc.Arbitrary<[keyof Template, unknown]> = fc.oneof(
  fc.tuple(fc.constant('id' as const), fc.constantFrom('', 'x'.repeat(65), 7, null, ['a'], {})),
  fc.tuple(fc.constant('kind' as const), fc.constantFrom('note', 'INVITE', '', 1, null, undefined)),
  fc.tuple(fc.constant('name' as const), fc.constantFrom('', 'n'.repeat(MAX_NAME_LENGTH + 1), 'n'.repeat(10_000), 0, false, undefined)),
  fc.tuple(fc.constant('body' as const), fc.constantFrom('b'.repeat(MAX_BODY_LENGTH + 1), 42, null, ['x'], undefined)),
  fc.tuple(fc.constant('tags' as const), fc.constantFrom('a,b', [''], ['t'.repeat(MAX_TAG_LENGTH + 1)], Array(MAX_TAGS + 1).fill('t'), [1], null, undefined)),
  fc.tuple(fc.constant('createdAt' as const), fc.constantFrom(-1, 1.5, '1', null, Number.NaN, undefined, 1e400)),
  fc.tuple(fc.constant('updatedAt' as const), fc.constantFrom(-5, 0.1, true, undefined)),
);

type Item = { kind: 'valid'; t: Template; extra: Record<string, unknown> } | { kind: 'invalid'; json: string } | { kind: 'dup'; of: number; t: Template };

const extraFields = fc.dictionary(
  fc.constantFrom('note', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'x', 'Σ', ''),
  fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null), fc.constant({ nested: { deeper: [1, 2, 3] } })),
  { maxKeys: 3 },
);

const itemArb: fc.Arbitrary<Item> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('valid' as const), t: validTemplate, extra: extraFields }) },
  {
    weight: 2,
    arbitrary: fc.tuple(validTemplate, badField).map(([t, [k, v]]): Item => {
      const o: Record<string, unknown> = { ...t };
      if (v === undefined) delete o[k];
      else o[k] = v;
      return { kind: 'invalid', json: JSON.stringify(o) };
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<Item>(...['null', '1', '"template"', '[]', 'true', '{}'].map((json) => ({ kind: 'invalid' as const, json }))) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), validTemplate).map(([of, t]): Item => ({ kind: 'dup', of, t })) },
);

interface Spec {
  items: Item[];
  format: unknown;
  version: unknown;
  forbidden: null | { key: '__proto__' | 'constructor' | 'prototype'; where: 'root' | 'item' | 'deep' };
  deep: null | { depth: number; where: 'extra' | 'item' };
  truncate: null | number;
  bom: boolean;
  huge: boolean;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  items: fc.array(itemArb, { maxLength: 8 }),
  format: fc.oneof({ weight: 12, arbitrary: fc.constant(EXPORT_FORMAT) }, { weight: 1, arbitrary: fc.constantFrom(undefined, 'on-purpose.people', 'ON-PURPOSE.TEMPLATES', 1, null) }),
  version: fc.oneof({ weight: 12, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(2, 99, 0, -1, 1.5, '1', null, undefined) }),
  forbidden: fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.record({ key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const), where: fc.constantFrom('root' as const, 'item' as const, 'deep' as const) }) },
  ),
  deep: fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.record({ depth: fc.constantFrom(50, 5_000, 60_000), where: fc.constantFrom('extra' as const, 'item' as const) }) },
  ),
  truncate: fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 0.999, noNaN: true }) }),
  bom: fc.boolean(),
  huge: fc.oneof({ weight: 30, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

const nest = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Writes the file as text, so hostile keys (`__proto__`) stay own keys, as in a real file. */
function render(spec: Spec): { text: string; items: Item[] } {
  // Resolve duplicates to an id actually used earlier; with no earlier valid item a "dup" is plain valid.
  const valids: Template[] = [];
  const items = spec.items.map((it): Item => {
    if (it.kind === 'dup') {
      if (!valids.length) return { kind: 'valid', t: it.t, extra: {} };
      const d: Item = { kind: 'dup', of: it.of % valids.length, t: { ...it.t, id: valids[it.of % valids.length]!.id } };
      return d;
    }
    if (it.kind === 'valid') valids.push(it.t);
    return it;
  });
  const parts = items.map((it, i) => {
    let json = it.kind === 'invalid' ? it.json : JSON.stringify(it.kind === 'valid' ? { ...it.extra, ...it.t } : it.t);
    if (spec.forbidden?.where === 'item' && i === 0 && json.startsWith('{')) json = `{"${spec.forbidden.key}":{"polluted":true},` + json.slice(1).replace(/^}$/, '"x":1}');
    if (spec.forbidden?.where === 'deep' && i === 0 && json.startsWith('{')) json = `{"meta":{"a":[{"b":{"${spec.forbidden.key}":{"polluted":true}}}]},` + json.slice(1).replace(/^}$/, '"x":1}');
    if (spec.deep && i === 0) json = spec.deep.where === 'item' ? nest(spec.deep.depth) : json.startsWith('{') && json !== '{}' ? `{"deep":${nest(spec.deep.depth)},${json.slice(1)}` : json;
    return json;
  });
  if (spec.huge) parts.push(JSON.stringify({ id: 'huge', kind: 'invite', name: 'Huge', body: 'x'.repeat(MAX_IMPORT_BYTES), tags: [], createdAt: 1, updatedAt: 1 }));
  const head: string[] = [];
  if (spec.forbidden?.where === 'root') head.push(`"${spec.forbidden.key}":{"polluted":true}`);
  if (spec.format !== undefined) head.push(`"format":${JSON.stringify(spec.format)}`);
  if (spec.version !== undefined) head.push(`"version":${JSON.stringify(spec.version)}`);
  head.push('"exportedAt":"2026-01-01T00:00:00.000Z"', `"templates":[${parts.join(',')}]`);
  let out = `{${head.join(',')}}`;
  if (spec.truncate !== null) out = out.slice(0, Math.floor(out.length * spec.truncate));
  return { text: (spec.bom ? '\uFEFF' : '') + out, items };
}

/** Independent of zod: the rules of TemplateSchema, written out. */
function isValid(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const t = v as Record<string, unknown>;
  const str = (x: unknown, min: number, max: number) => typeof x === 'string' && x.length >= min && x.length <= max;
  const nat = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  return (
    str(t.id, 1, 64) &&
    (t.kind === 'invite' || t.kind === 'reply') &&
    str(t.name, 1, MAX_NAME_LENGTH) &&
    str(t.body, 0, MAX_BODY_LENGTH) &&
    Array.isArray(t.tags) &&
    t.tags.length <= MAX_TAGS &&
    t.tags.every((g) => str(g, 1, MAX_TAG_LENGTH)) &&
    nat(t.createdAt) &&
    nat(t.updatedAt)
  );
}

type Expect = { ok: true; templates: Template[] } | { ok: false; where: 'position' | 'file' | string };

/** What a correct importer must do with this file. */
function expectFor(spec: Spec, items: Item[], text: string): Expect {
  if (spec.huge || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return { ok: false, where: 'file' };
  if (spec.truncate !== null) return { ok: false, where: text.replace(/^\uFEFF/, '').trim() ? 'position' : 'file' };
  if (spec.forbidden) {
    // Only where the key was actually written (an item that is not an object takes none).
    const first = items[0];
    const written = spec.forbidden.where === 'root' || (first && (first.kind !== 'invalid' || first.json.startsWith('{')) && !(spec.deep?.where === 'item'));
    if (written) return { ok: false, where: 'forbidden' };
  }
  if (spec.format !== EXPORT_FORMAT) return { ok: false, where: 'format' };
  if (typeof spec.version !== 'number' || !Number.isInteger(spec.version) || spec.version !== 1) return { ok: false, where: 'version' };
  const seen = new Set<string>();
  const out: Template[] = [];
  for (const [i, it] of items.entries()) {
    const raw = it.kind === 'invalid' ? JSON.parse(it.json) : it.t;
    const deepItem = i === 0 && spec.deep?.where === 'item';
    if (deepItem || !isValid(raw) || seen.has((raw as Template).id)) return { ok: false, where: `templates[${i}]` };
    seen.add((raw as Template).id);
    out.push(raw as Template);
  }
  return { ok: true, templates: out };
}

const counts = { files: 0, accepted: 0, rejected: 0, byReason: {} as Record<string, number>, libraryRuns: 0, libraryRejected: 0, libraryImported: 0 };
const protoBefore = JSON.stringify([Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)]);

function checkParse(spec: Spec) {
  const { text, items } = render(spec);
  const want = expectFor(spec, items, text);
  const got = parseImportFile(text);
  counts.files++;
  if (want.ok) {
    expect(got.ok, got.ok ? '' : got.error.message).toBe(true);
    if (got.ok) expect(got.templates).toEqual(want.templates.map(({ id, kind, name, body, tags, createdAt, updatedAt }) => ({ id, kind, name, body, tags, createdAt, updatedAt })));
    counts.accepted++;
    return { text, want };
  }
  expect(got.ok).toBe(false);
  if (got.ok) return { text, want };
  counts.rejected++;
  const reason = want.where.startsWith('templates[') ? 'item' : want.where;
  counts.byReason[reason] = (counts.byReason[reason] ?? 0) + 1;
  const e = got.error;
  // The message says where: a field path, or a line and column, or (whole-file problems) what.
  expect(e.message.length).toBeGreaterThan(15);
  // A cut inside thousands of open brackets cannot be placed; the message says so instead.
  if (want.where === 'position' && spec.deep && spec.deep.depth > 1000 && !e.line) expect(e.message).toMatch(/nested too deeply/);
  else if (want.where === 'position') expect(e.line, e.message).toBeGreaterThanOrEqual(1);
  else if (want.where === 'format' || want.where === 'version') expect(e.path).toBe(want.where);
  else if (want.where === 'forbidden') expect(e.message).toMatch(/not allowed/);
  else if (want.where.startsWith('templates[')) {
    expect(e.path ?? '', e.message).toMatch(new RegExp(`^${want.where.replace(/[[\]]/g, '\\$&')}`));
    expect(e.message).toContain(want.where);
  }
  return { text, want };
}

describe('fuzzed import files', () => {
  it('parser: 2,000 generated files are imported exactly as the oracle says, or rejected saying where', () => {
    fc.assert(fc.property(specArb, (spec) => void checkParse(spec)), { numRuns: 2000 });
    expect(JSON.stringify([Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)])).toBe(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('library: 1,000 generated files through applyImport: rejected ones leave local and sync byte-for-byte unchanged, accepted ones land whole', async () => {
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const { text, want } = checkParse(spec);
        const b = browserWith();
        await b.lib.load();
        await b.lib.saveTemplates([tpl('keep-1'), tpl('a', { name: 'Existing a' }), tpl('__proto__', { name: 'Odd id' })]);
        await b.lib.flushSync();
        const before = JSON.stringify([b.local.snapshot(), b.sync.snapshot()]);
        const beforeCount = (await b.lib.load()).templates.length;
        const outcome = await b.lib.applyImport(text);
        counts.libraryRuns++;
        if (!want.ok) {
          expect(outcome.ok).toBe(false);
          await b.lib.flushSync();
          expect(JSON.stringify([b.local.snapshot(), b.sync.snapshot()])).toBe(before);
          counts.libraryRejected++;
        } else {
          expect(outcome.ok).toBe(true);
          if (!outcome.ok) return;
          const state = await b.lib.load();
          // Whole: every new and every conflicting template is stored, nothing else changed count.
          expect(outcome.added.length).toBe(outcome.preview.added.length + outcome.preview.conflicts.length);
          expect(state.templates.length).toBe(beforeCount + outcome.added.length);
          const stored = new Map(state.templates.map((t) => [t.id, t]));
          for (const t of outcome.added) expect(stored.get(t.id)).toMatchObject({ kind: t.kind, name: t.name, body: t.body, tags: t.tags });
          for (const t of want.templates) {
            const same = state.templates.some((s) => s.kind === t.kind && s.name.startsWith(t.name.slice(0, 40)) && s.body === t.body);
            expect(same, `imported template ${JSON.stringify(t.id)} is stored`).toBe(true);
          }
          counts.libraryImported++;
        }
        b.lib.dispose();
      }),
      { numRuns: 1000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 240_000);
});

afterAll(() => {
  // The figures for the report (issue 11, "inputs tried").
  console.log(`[import-fuzz] ${JSON.stringify(counts)}`);
});
