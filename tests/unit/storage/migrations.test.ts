import { describe, expect, it } from 'vitest';
import { TemplateSchema, SettingsSchema, DEFAULT_SETTINGS } from '../../../src/core/schema';
import { CURRENT_SCHEMA_VERSION, migrate, migrations, storedVersion } from '../../../src/storage/migrations';

const NOW = Date.UTC(2026, 10, 1);
const v1 = migrations.find((m) => m.version === 1)!;

describe('migration 1: prototype template list → one key per template', () => {
  const before = {
    templates: [
      { id: 'a', title: 'Met at an event', text: 'Hi {firstName}, we met at {{event: Where?}}.' },
      { title: '  Read your post ', text: 'I read your post about {{topic: What?}}.', kind: 'reply' },
    ],
    guardMode: 'strict',
    myFirstName: 'Ada',
  };

  it('converts every template and the loose settings (before/after)', () => {
    const after = v1.up(before);
    expect(after).toEqual({
      schemaVersion: 1,
      't:a': { id: 'a', kind: 'invite', name: 'Met at an event', body: 'Hi {firstName}, we met at {{event: Where?}}.', tags: [], createdAt: 0, updatedAt: 0 },
      't:v0-1': { id: 'v0-1', kind: 'reply', name: 'Read your post', body: 'I read your post about {{topic: What?}}.', tags: [], createdAt: 0, updatedAt: 0 },
      settings: { ...DEFAULT_SETTINGS, guardMode: 'strict', myFirstName: 'Ada', order: ['a', 'v0-1'] },
    });
    const out = after as Record<string, unknown>;
    expect(TemplateSchema.safeParse(out['t:a']).success).toBe(true);
    expect(TemplateSchema.safeParse(out['t:v0-1']).success).toBe(true);
    expect(SettingsSchema.safeParse(out.settings).success).toBe(true);
  });

  it('is pure: the input is not modified', () => {
    const copy = structuredClone(before);
    v1.up(before);
    expect(before).toEqual(copy);
  });

  it('keeps what it cannot convert in setAside, verbatim', () => {
    const after = v1.up({ templates: [42, { title: 'ok', text: 'fine' }, { foo: 1 }] }) as Record<string, unknown>;
    expect(after['t:v0-1']).toMatchObject({ name: 'ok', body: 'fine' });
    expect(after.setAside).toEqual([
      { key: 'templates[0]', raw: 42, reason: expect.stringContaining('no title or text') },
      { key: 'templates[2]', raw: { foo: 1 }, reason: expect.stringContaining('no title or text') },
    ]);
    expect(after).not.toHaveProperty('templates');
  });

  it('keeps a templates value that is not a list', () => {
    const after = v1.up({ templates: 'corrupt' }) as Record<string, unknown>;
    expect(after.setAside).toEqual([{ key: 'templates', raw: 'corrupt', reason: expect.any(String) }]);
  });

  it('gives duplicate ids distinct keys instead of overwriting', () => {
    const after = v1.up({ templates: [{ id: 'x', title: 'one', text: '1' }, { id: 'x', title: 'two', text: '2' }] }) as Record<string, unknown>;
    const names = Object.keys(after).filter((k) => k.startsWith('t:')).map((k) => (after[k] as { name: string }).name);
    expect(names.sort()).toEqual(['one', 'two']);
  });

  it('no-op: data without the old keys only gains the version', () => {
    const current = { 't:a': { id: 'a' }, settings: { guardMode: 'off' }, other: 1 };
    expect(v1.up(current)).toEqual({ ...current, schemaVersion: 1 });
  });
});

describe('the migration runner', () => {
  it('migrations are numbered 1, 2, … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('detects fresh installs, v0 data and stored versions', () => {
    expect(storedVersion({})).toBe('fresh');
    expect(storedVersion({ syncStatus: {} })).toBe('fresh');
    expect(storedVersion({ templates: [] })).toBe(0);
    expect(storedVersion({ schemaVersion: 1 })).toBe(1);
    expect(storedVersion({ schemaVersion: '1' })).toEqual({ bad: '1' });
  });

  it('runs v0 → current and stamps set-aside entries with the time', () => {
    const r = migrate({ templates: [null] }, NOW);
    expect(r.kind).toBe('migrated');
    if (r.kind !== 'migrated') return;
    expect(r.from).toBe(0);
    expect(r.to).toBe(CURRENT_SCHEMA_VERSION);
    expect(r.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(r.data.setAside).toEqual([{ key: 'templates[0]', raw: null, reason: expect.any(String), at: NOW }]);
  });

  it('no-op: current data is returned as it is', () => {
    const data = { schemaVersion: CURRENT_SCHEMA_VERSION, 't:a': { id: 'a' } };
    const r = migrate(data, NOW);
    expect(r).toEqual({ kind: 'current', data });
  });

  it('refuses a downgrade: data from a newer version is untouched', () => {
    const data = { schemaVersion: CURRENT_SCHEMA_VERSION + 1, templates: 'new shape' };
    const copy = structuredClone(data);
    const r = migrate(data, NOW);
    expect(r.kind).toBe('newer');
    expect(r.data).toBe(data);
    expect(data).toEqual(copy);
  });

  it('an unreadable version is damage: set aside, then the data is read as usual (issue 9 part 6)', () => {
    for (const bad of ['two', '1', Number.NaN, 1e308, -1, 1.5, null, { v: 1 }, 2 ** 53]) {
      const t = { id: 'a', kind: 'invite', name: 'A', body: 'x', tags: [], createdAt: 1, updatedAt: 1 };
      const r = migrate({ schemaVersion: bad, 't:a': t, settings: { order: [] } }, NOW);
      expect(r.damagedVersion).toEqual(bad);
      expect(r.kind).toBe('migrated');
      expect(r.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(r.data['t:a']).toEqual(t);
      expect(r.data.setAside).toEqual([expect.objectContaining({ key: 'schemaVersion', raw: bad, at: NOW })]);
    }
    // Nothing else stored: a fresh start, with the damaged value still kept.
    const fresh = migrate({ schemaVersion: 'two' }, NOW);
    expect(fresh.kind).toBe('fresh');
    expect(fresh.data.setAside).toEqual([expect.objectContaining({ key: 'schemaVersion', raw: 'two' })]);
  });

  it('applies a chain of migrations in order', () => {
    const chain = [
      { version: 1, description: 'a', up: (d: unknown) => ({ ...(d as object), a: true }) },
      { version: 2, description: 'b', up: (d: unknown) => ({ ...(d as object), b: (d as { a?: boolean }).a === true }) },
    ];
    const r = migrate({ templates: [] }, NOW, chain);
    expect(r.kind === 'migrated' && r.applied.length).toBe(2);
    expect(r.data).toMatchObject({ a: true, b: true, schemaVersion: 2 });
    expect(migrate({ schemaVersion: 1, x: 1 }, NOW, chain).data).toEqual({ schemaVersion: 2, x: 1, b: false });
  });
});
