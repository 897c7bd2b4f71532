import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  applyImport,
  exportTemplates,
  parseImportFile,
  previewImport,
} from '../../../src/core/exchange';
import { defaultTemplates } from '../../../src/core/defaults';
import { MAX_NAME_LENGTH, type Template } from '../../../src/core/schema';
import { newId } from '../../../src/core/ids';

const NOW = 1_760_000_000_000;
const base = defaultTemplates(NOW - 1000);
const tpl = (over: Partial<Template> = {}): Template => ({
  id: 'a',
  kind: 'invite',
  name: 'A',
  body: 'We met at {{event: Where?}}',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  ...over,
});
const file = (templates: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2025-01-01T00:00:00.000Z', templates, ...extra });
const reject = (text: string) => {
  const r = parseImportFile(text);
  if (r.ok) throw new Error(`accepted: ${text.slice(0, 200)}`);
  expect(r.error.message.length).toBeGreaterThan(10);
  return r.error;
};

function prototypeSnapshot() {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort()]);
}
const cleanPrototype = prototypeSnapshot();

describe('export → import round trip', () => {
  it('restores the library exactly', () => {
    const library = [...base, tpl({ id: 'html', name: '<b>bold</b> & "quotes"', body: '<script>alert(1)</script> {firstName} 👋', tags: ['x', 'y'] })];
    const text = exportTemplates(library, NOW);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.format).toBe('on-purpose.templates');
    expect(parsed.version).toBe(1);
    expect(parsed.exportedAt).toBe(new Date(NOW).toISOString());
    expect(text).toContain('\n  "templates"');
    const r = parseImportFile(text);
    expect(r).toEqual({ ok: true, templates: library, version: 1 });
  });

  it('round-trips arbitrary valid templates', () => {
    const arbTemplate = fc.record({
      id: fc.string({ minLength: 1, maxLength: 64 }),
      kind: fc.constantFrom('invite' as const, 'reply' as const),
      name: fc.string({ minLength: 1, maxLength: MAX_NAME_LENGTH }),
      body: fc.string({ maxLength: 300 }),
      tags: fc.array(fc.string({ minLength: 1, maxLength: 32 }), { maxLength: 12 }),
      createdAt: fc.nat(),
      updatedAt: fc.nat(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbTemplate, { selector: (t) => t.id, maxLength: 8 }), (templates) => {
        fc.pre(!templates.some((t) => /__proto__|constructor|prototype/.test(JSON.stringify(t.tags))));
        expect(parseImportFile(exportTemplates(templates, NOW))).toEqual({ ok: true, templates, version: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a leading byte-order mark and drops unknown fields', () => {
    const r = parseImportFile(`\uFEFF${file([{ ...tpl(), extra: true }], { comment: 'hi' })}`);
    expect(r).toEqual({ ok: true, templates: [tpl()], version: 1 });
  });

  it('accepts bodies with template syntax errors (the editor shows them)', () => {
    expect(parseImportFile(file([tpl({ body: 'Hi {fristName} {{' })])).ok).toBe(true);
  });
});

describe('rejections name the field or position', () => {
  it('not JSON: line and column', () => {
    const e = reject('{\n  "format": "on-purpose.templates",\n  "version": 1,\n  "templates": [}\n}');
    expect(e).toMatchObject({ line: 4, column: 17 });
    expect(e.message).toMatch(/not valid JSON: unexpected "}" at line 4, column 17/);
  });
  it('truncated JSON says it ends too early', () => {
    const text = exportTemplates(base, NOW);
    const e = reject(text.slice(0, 200));
    expect(e.message).toMatch(/ends too early/);
    expect(e.line).toBeGreaterThan(1);
  });
  it.each([
    [[tpl({ kind: 'note' as never })], 'templates[0].kind', /expected "invite", "reply" or "follow-up", found "note"/],
    [[tpl(), tpl({ id: 'b', name: '' })], 'templates[1].name', /must not be empty/],
    [[tpl({ name: 'n'.repeat(81) })], 'templates[0].name', /too long \(81 characters; at most 80\)/],
    [[tpl({ body: 5 as never })], 'templates[0].body', /expected text, found 5/],
    [[tpl({ tags: ['ok', ''] })], 'templates[0].tags[1]', /must not be empty/],
    [[tpl({ tags: Array(13).fill('t') })], 'templates[0].tags', /too many items \(13; at most 12\)/],
    [[tpl({ createdAt: 1.5 })], 'templates[0].createdAt', /expected a whole number, found 1.5/],
    [[tpl({ updatedAt: -1 })], 'templates[0].updatedAt', /must be 0 or more/],
    [[{ ...tpl(), id: undefined }], 'templates[0].id', /is missing/],
    [['a string'], 'templates[0]', /expected an object, found "a string"/],
    [[null], 'templates[0]', /expected an object, found null/],
    [[tpl(), tpl()], 'templates[1].id', /the id "a" is already used by templates\[0\]/],
  ] as const)('%#: %s', (templates, path, message) => {
    const e = reject(file(templates));
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
    expect(e.message.startsWith(path)).toBe(true);
  });
  it('missing or wrong format marker', () => {
    expect(reject(JSON.stringify({ version: 1, templates: [] })).message).toMatch(/"format" field is missing/);
    expect(reject(JSON.stringify({ format: 'other', version: 1, templates: [] })).message).toMatch(/"format" is "other"/);
  });
  it('future and invalid versions', () => {
    expect(reject(file([], { version: 3 })).message).toBe(
      'This file was made by a newer version of On Purpose (v3); update the extension to import it.',
    );
    expect(reject(file([], { version: '1' })).path).toBe('version');
    expect(reject(file([], { version: 0 })).message).toMatch(/whole number/);
  });
  it('templates not a list, or too many', () => {
    expect(reject(file({})).path).toBe('templates');
    expect(reject(JSON.stringify({ format: EXPORT_FORMAT, version: 1 })).message).toMatch(/found nothing/);
    const many = Array.from({ length: 2001 }, (_, i) => tpl({ id: `t${i}` }));
    expect(reject(file(many)).message).toMatch(/2001 templates; at most 2000/);
  });
  it('roots that are not an object', () => {
    for (const root of ['[]', '[{"id":"a"}]', '42', '"text"', 'null', 'true']) {
      expect(reject(root).message).toMatch(/not an On Purpose templates file/);
    }
    expect(reject('[]').message).toMatch(/bare list/);
  });
  it('over 1 MB, counted in UTF-8 bytes', () => {
    const padding = (n: number) => file([tpl({ body: '' })], { pad: 'x'.repeat(n) });
    const size = new TextEncoder().encode(padding(0)).length;
    expect(parseImportFile(padding(MAX_IMPORT_BYTES - size)).ok).toBe(true);
    expect(reject(padding(MAX_IMPORT_BYTES - size + 1)).message).toMatch(/larger than 1 MB/);
    // 'é' is 1 UTF-16 unit but 2 bytes: under the limit in length, over it in bytes.
    const wide = file([tpl()], { pad: 'é'.repeat(MAX_IMPORT_BYTES / 2) });
    expect(wide.length).toBeLessThan(MAX_IMPORT_BYTES + 200);
    expect(reject(wide).message).toMatch(/1 MB/);
    expect(reject('x'.repeat(5 * MAX_IMPORT_BYTES)).message).toMatch(/1 MB/);
  });
  it.each([
    ['{"__proto__": {"polluted": 1}, "format": "on-purpose.templates", "version": 1, "templates": []}', ''],
    [file([{ ...tpl(), __proto__x: 1 }]).replace('__proto__x', '__proto__'), 'templates[0]'],
    [file([tpl()]).replace('"tags":[]', '"tags":[],"constructor":{"prototype":{"polluted":1}}'), 'templates[0]'],
    [file([tpl()], { meta: { deep: [{ prototype: 1 }] } }), 'meta.deep[0]'],
    [file([tpl()], { meta: { a: { b: { c: { d: { __proto__: { polluted: true } } } } } } }).replace('"d":{}', '"d":{"__proto__":{"polluted":true}}'), ''],
  ])('prototype-pollution keys are rejected (%#)', (text, path) => {
    const e = reject(text);
    expect(e.message).toMatch(/key named “(__proto__|constructor|prototype)”/);
    if (path) expect(e.path).toBe(path);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toBe(cleanPrototype);
  });
});

describe('import fuzz: malformed files are all rejected with a message', () => {
  const valid = exportTemplates(base, NOW);
  const validObject = JSON.parse(valid) as { templates: Record<string, unknown>[] } & Record<string, unknown>;

  it('hand-written malformed files', () => {
    const cases = [
      '', ' ', '\uFEFF', '\uFEFF[', 'undefined', 'NaN', "{'format': 'on-purpose.templates'}", '{"a":1,}', '[1,2,', '{"a"', '"unterminated',
      '{"format":"on-purpose.templates","version":1,"templates":[]} trailing', '\u0000', '<html></html>', 'format: on-purpose.templates',
      valid.replace(/"version": 1/, '"version": 2'), valid.replace(/"version": 1/, '"version": 1.5'), valid.replace(/"version": 1/, '"version": -1'),
      valid.replace(/"version": 1/, '"version": null'), valid.replace('"format": "on-purpose.templates"', '"format": "On-Purpose.Templates"'),
      valid.replace(/"kind": "reply"/, '"kind": "Reply"'), valid.replace(/"tags": \[/, '"tags": ["",'), valid.replace(/"createdAt": \d+/, '"createdAt": "yesterday"'),
      valid.replace(/"body": "/, '"body": 1, "x": "'), valid.slice(0, -3), valid.slice(1), `${valid}]`, valid.replace(/,/, ',,'),
      `\uFEFF${valid.slice(0, 100)}`, '\uFEFF\uFEFF{}', JSON.stringify({ ...validObject, templates: 'none' }),
      JSON.stringify({ ...validObject, templates: [...validObject.templates, validObject.templates[0]] }),
      '['.repeat(100_000), `${'['.repeat(5000)}${']'.repeat(5000)}`, `{"format":"on-purpose.templates","version":1,"templates":${'['.repeat(3000)}${']'.repeat(3000)}}`,
      file([tpl({ id: 'x'.repeat(65) })]), file([tpl({ body: 'b'.repeat(4001) })]), file([{ ...tpl(), tags: 'a,b' }]),
    ];
    for (const text of cases) reject(text);
    expect(reject('['.repeat(100_000)).message).toMatch(/nested too deeply/);
    expect(prototypeSnapshot()).toBe(cleanPrototype);
  });

  it('random mutations of a valid export (truncation, byte flips, insertions)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: valid.length - 2 }), fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '\\', 'x', '\u0001'), (at, insert) => {
        const truncated = valid.slice(0, at);
        reject(truncated);
        const mutated = valid.slice(0, at) + insert + valid.slice(at + 1);
        const r = parseImportFile(mutated);
        // A mutation can land inside a string value and still be valid; anything else must be rejected with a message.
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 400 },
    );
  });

  it('random JSON values of the wrong shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        const r = parseImportFile(text);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('random templates with wrong field types are rejected naming the field', () => {
    const wrong = fc.oneof(fc.integer({ max: -1 }), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { minLength: 1, maxLength: 2 }), fc.object({ maxDepth: 1 }), fc.string({ maxLength: 100 }).map((s) => `${s}\u0000`));
    const field = fc.constantFrom('id', 'kind', 'name', 'body', 'tags', 'createdAt', 'updatedAt');
    fc.assert(
      fc.property(fc.nat({ max: base.length - 1 }), field, wrong, (index, key, value) => {
        const templates = base.map((t) => ({ ...t })) as Record<string, unknown>[];
        templates[index]![key] = value;
        const r = parseImportFile(file(templates));
        // Strings are valid for id/name/body; the NUL suffix keeps them valid text, so only check rejections.
        if (typeof value === 'string' && ['id', 'name', 'body'].includes(key)) return;
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.path).toMatch(new RegExp(`^templates\\[${index}\\]`));
      }),
      { numRuns: 400 },
    );
  });

  it('forbidden keys at random depths, and nothing is polluted', () => {
    const forbidden = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(forbidden, fc.nat({ max: 6 }), fc.boolean(), (key, depth, inTemplate) => {
        let nested = `{"${key}":{"polluted":"yes","toString":1}}`;
        for (let d = 0; d < depth; d++) nested = d % 2 ? `[${nested}]` : `{"k${d}":${nested}}`;
        const text = inTemplate
          ? file([tpl()]).replace('"tags":[]', `"tags":[],"meta":${nested}`)
          : file([tpl()], {}).replace('{"format"', `{"meta":${nested},"format"`);
        const e = reject(text);
        expect(e.message).toContain(key);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(prototypeSnapshot()).toBe(cleanPrototype);
      }),
      { numRuns: 200 },
    );
  });

  it('huge strings and non-string inputs', () => {
    reject(file([tpl({ body: 'x'.repeat(MAX_IMPORT_BYTES) })]));
    reject(file([tpl({ name: '😀'.repeat(300_000) })]));
    reject(null as unknown as string);
    reject(42 as unknown as string);
  });
});

describe('previewImport', () => {
  const existing = [tpl({ id: 'a', updatedAt: 10 }), tpl({ id: 'b', name: 'B', body: 'Hi', updatedAt: 10 })];
  it('sorts incoming templates into added, identical and conflicts', () => {
    const incoming = [
      tpl({ id: 'a', updatedAt: 99 }), // same content, later time: identical
      tpl({ id: 'b', name: 'B', body: 'Hi there', updatedAt: 20 }), // conflict, incoming newer
      tpl({ id: 'c', name: 'C', body: 'New' }), // added
      tpl({ id: 'z', name: 'B', body: 'Hi', updatedAt: 10 }), // same content as b under another id: identical
    ];
    const p = previewImport(existing, incoming);
    expect(p.added.map((t) => t.id)).toEqual(['c']);
    expect(p.identical.map((t) => t.id)).toEqual(['a', 'z']);
    expect(p.conflicts).toEqual([{ existing: existing[1], incoming: incoming[1], newer: 'incoming' }]);
  });
  it('reports which side is newer', () => {
    const newer = (e: number, i: number) => previewImport([tpl({ updatedAt: e })], [tpl({ body: 'changed', updatedAt: i })]).conflicts[0]!.newer;
    expect(newer(5, 1)).toBe('existing');
    expect(newer(1, 5)).toBe('incoming');
    expect(newer(3, 3)).toBe('same-time');
  });
  it('treats tags as a set and kind, name, body and tags as content', () => {
    expect(previewImport([tpl({ tags: ['x', 'y'] })], [tpl({ tags: ['y', 'x'] })]).identical).toHaveLength(1);
    for (const change of [{ kind: 'reply' as const }, { name: 'Other' }, { body: 'Other' }, { tags: ['t'] }]) {
      expect(previewImport([tpl()], [tpl(change)]).conflicts).toHaveLength(1);
    }
  });
});

describe('applyImport', () => {
  it('adds new, keeps both sides of a conflict, and renames the imported copy', () => {
    const existing = [tpl({ id: 'a', name: 'Event' })];
    const incoming = [tpl({ id: 'a', name: 'Event', body: 'Changed', updatedAt: 50 }), tpl({ id: 'n', name: 'New' })];
    let counter = 0;
    const merged = applyImport(existing, previewImport(existing, incoming), { now: NOW, newId: () => `new-${++counter}` });
    expect(merged).toEqual([
      existing[0],
      incoming[1],
      { ...incoming[0], id: 'new-1', name: 'Event (imported)', createdAt: NOW, updatedAt: NOW },
    ]);
    expect(existing).toHaveLength(1);
  });
  it('truncates a long name so the suffix fits, without splitting an emoji', () => {
    const name = `${'n'.repeat(68)}😀😀😀😀😀😀`;
    const existing = [tpl({ name })];
    const merged = applyImport(existing, previewImport(existing, [tpl({ name, body: 'x' })]), { now: NOW, newId });
    const renamed = merged[1]!;
    expect(renamed.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(renamed.name.endsWith(' (imported)')).toBe(true);
    expect(renamed.name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(renamed.id).not.toBe('a');
  });
  it('never reuses a taken id, even from a stale preview or a colliding generator', () => {
    const existing = [tpl({ id: 'a' }), tpl({ id: 'b', body: 'B' })];
    const stale = { added: [tpl({ id: 'b', body: 'stale' })], identical: [], conflicts: [] };
    const ids = ['a', 'b', 'fresh'];
    const merged = applyImport(existing, stale, { now: NOW, newId: () => ids.shift()! });
    expect(merged.map((t) => t.id)).toEqual(['a', 'b', 'fresh']);
  });
  it('an import of identical templates changes nothing', () => {
    const merged = applyImport(base, previewImport(base, base), { now: NOW, newId });
    expect(merged).toEqual(base);
  });
});

describe('newId', () => {
  it('returns distinct ids that fit the schema', () => {
    const ids = new Set(Array.from({ length: 1000 }, newId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(64);
  });
});
