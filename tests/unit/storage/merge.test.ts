import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type Template, type Tombstone } from '../../../src/core/schema';
import { TOMBSTONE_TTL_MS, mergeCopies, mergeSettings, stableJson } from '../../../src/storage/merge';
import { classifySyncError, itemBytes, planMirror } from '../../../src/storage/sync';
import { T0, tpl } from './helpers';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

const copy = (templates: Template[], tombstones: Tombstone[] = [], settings: Settings | null = null) => ({
  templates: new Map(templates.map((t) => [t.id, t])),
  tombstones: new Map(tombstones.map((x) => [x.id, x])),
  settings,
});

describe('mergeCopies', () => {
  it('last write per template wins, and ties resolve the same way on both sides', () => {
    const older = tpl('a', { name: 'old', updatedAt: 1 });
    const newer = tpl('a', { name: 'new', updatedAt: 2 });
    expect(mergeCopies(copy([older]), copy([newer]), T0).templates.get('a')).toBe(newer);
    expect(mergeCopies(copy([newer]), copy([older]), T0).templates.get('a')).toBe(newer);
    const x = tpl('b', { name: 'x', updatedAt: 5 });
    const y = tpl('b', { name: 'y', updatedAt: 5 });
    expect(mergeCopies(copy([x]), copy([y]), T0).templates.get('b')).toEqual(mergeCopies(copy([y]), copy([x]), T0).templates.get('b'));
  });

  it('a tombstone beats copies edited before it, loses to a later edit', () => {
    const t = tpl('a', { updatedAt: T0 });
    const r1 = mergeCopies(copy([t]), copy([], [{ id: 'a', deletedAt: T0 }]), T0);
    expect(r1.templates.has('a')).toBe(false);
    expect(r1.tombstones.get('a')).toEqual({ id: 'a', deletedAt: T0 });
    const r2 = mergeCopies(copy([tpl('a', { updatedAt: T0 + 1 })]), copy([], [{ id: 'a', deletedAt: T0 }]), T0);
    expect(r2.templates.has('a')).toBe(true);
    expect(r2.tombstones.has('a')).toBe(false);
  });

  it('the later of two tombstones is kept; expired ones are dropped', () => {
    const r = mergeCopies(copy([], [{ id: 'a', deletedAt: T0 - 5 }]), copy([], [{ id: 'a', deletedAt: T0 - 1 }, { id: 'old', deletedAt: T0 - TOMBSTONE_TTL_MS - 1 }]), T0);
    expect(r.tombstones.get('a')?.deletedAt).toBe(T0 - 1);
    expect(r.tombstones.has('old')).toBe(false);
  });

  it('settings: the later wins, keeping this browser’s sync switch', () => {
    const mine = { ...DEFAULT_SETTINGS, syncEnabled: true, updatedAt: 1 };
    const theirs = { ...DEFAULT_SETTINGS, guardMode: 'strict' as const, syncEnabled: false, updatedAt: 2 };
    expect(mergeSettings(mine, theirs)).toEqual({ ...theirs, syncEnabled: true });
    expect(mergeSettings({ ...mine, updatedAt: 3 }, theirs)).toEqual({ ...mine, updatedAt: 3 });
    expect(mergeSettings(mine, null)).toBe(mine);
  });
});

describe('stableJson', () => {
  it('ignores key order', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe(stableJson({ a: { c: [3, { e: 0, f: 1 }], d: 2 }, b: 1 }));
  });
});

describe('itemBytes (Chrome’s measure, never below it)', () => {
  it('counts the key plus the JSON in UTF-8 bytes', () => {
    expect(itemBytes('k', 'abc')).toBe(1 + 5);
    expect(itemBytes('k', '€')).toBe(1 + 2 + 3);
  });
  it('counts characters Chrome escapes at their escaped size', () => {
    expect(itemBytes('k', '<')).toBe(1 + 2 + 6);
  });
});

describe('planMirror', () => {
  const settings = { ...DEFAULT_SETTINGS, updatedAt: 1 };
  const input = (templates: Template[], tombstones: Tombstone[] = []) => ({ templates, tombstones, settings, version: 1, now: T0 });

  it('writes only what changed, in one set', () => {
    const a = tpl('a');
    const plan = planMirror(input([a, tpl('b')]), { schemaVersion: 1, settings, 't:a': a });
    expect(Object.keys(plan.set)).toEqual(['t:b']);
    expect(plan.remove).toEqual([]);
    expect(plan.writing).toEqual(['b']);
  });

  it('never removes a copy it has not seen beaten', () => {
    const plan = planMirror(input([]), { 't:unknown': tpl('unknown'), 'x:z': { id: 'z', deletedAt: T0 } });
    expect(plan.remove).toEqual([]);
  });

  it('removes copies beaten by a local tombstone, and tombstones overtaken by an edit', () => {
    const plan = planMirror(input([tpl('back', { updatedAt: T0 + 5 })], [{ id: 'gone', deletedAt: T0 }]), {
      't:gone': tpl('gone', { updatedAt: T0 - 1 }),
      'x:back': { id: 'back', deletedAt: T0 },
    });
    expect(plan.remove.sort()).toEqual(['t:gone', 'x:back']);
    expect(plan.set).toMatchObject({ 'x:gone': { id: 'gone', deletedAt: T0 }, 't:back': expect.any(Object) });
  });

  it('gives tombstones room before templates', () => {
    const big = Array.from({ length: 40 }, (_, i) => tpl(`t${i}`, { body: 'y'.repeat(3000) }));
    const plan = planMirror(input(big, [{ id: 'dead', deletedAt: T0 }]), {});
    expect(plan.set).toHaveProperty('x:dead');
    expect(plan.tombstonesUnsynced).toBe(0);
    expect(plan.unsynced.length).toBeGreaterThan(0);
  });
});

describe('classifySyncError', () => {
  it.each([
    ['QUOTA_BYTES_PER_ITEM quota exceeded.', 'too-large'],
    ['Resource::kQuotaBytesPerItem quota exceeded', 'too-large'],
    ['QUOTA_BYTES quota exceeded.', 'quota'],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'quota'],
    ['MAX_ITEMS quota exceeded.', 'max-items'],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', 'rate-limit'],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.', 'rate-limit'],
    ['Sync is disabled', 'error'],
  ])('%s → %s', (message, reason) => {
    expect(classifySyncError(new Error(message))).toBe(reason);
  });
});
