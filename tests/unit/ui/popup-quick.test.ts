// The popup's zod-free first-paint reader (src/popup/quick.ts) against the validating reader it
// stands in for (quick-full.ts → storage/layout.ts parseLocal): whenever the fast reader answers,
// its answer must be exactly what the zod reader gives, on valid, boundary and broken data alike.
import { describe, expect, it } from 'vitest';
import { fastState, quickState, INITIAL_SYNC_STATUS, SYNC_OFF_STATUS, SCHEMA_VERSION, K_VERSION, K_SETTINGS, K_SET_ASIDE, K_SYNC_STATUS, P_TEMPLATE, P_TOMBSTONE, P_REASON } from '../../../src/popup/quick';
import { parsedState } from '../../../src/popup/quick-full';
import * as layout from '../../../src/storage/layout';
import * as sync from '../../../src/storage/sync';
import { CURRENT_SCHEMA_VERSION } from '../../../src/storage/migrations';

type Snap = Record<string, unknown>;

function template(i: number, extra: Record<string, unknown> = {}) {
  return { id: `t${i}`, kind: i % 2 ? 'reply' : 'invite', name: `Template ${i}`, body: `Hi {firstName} ${i}`, tags: i % 3 ? ['a', `t${i % 4}`] : [], createdAt: 1000 + i, updatedAt: 2000 + i, ...extra };
}

function base(syncEnabled = true): Snap {
  const snap: Snap = {
    schemaVersion: 1,
    settings: {
      guardMode: 'nudge',
      noteLimit: 'auto',
      myFirstName: 'Sam',
      extraGenericPhrases: ['hope you are well'],
      syncEnabled,
      defaultInviteId: null,
      defaultReplyId: 't1',
      order: ['t3', 't1', 'gone'],
      updatedAt: 5,
    },
    'x:old': { id: 'old', deletedAt: 7 },
    'r:b': { id: 'b', personName: 'Maya', profileUrl: 'https://www.linkedin.com/in/maya/', text: 'We met.', createdAt: 9 },
    'r:a': { id: 'a', personName: 'Alex', profileUrl: null, text: '', createdAt: 9 },
    setAside: [{ key: 't:bad', raw: { x: 1 }, reason: 'A template could not be read.', at: 3 }],
    syncStatus: { state: 'partial', unsynced: [{ id: 't2', name: 'Template 2', reason: 'too-large' }], message: 'Some are local.', at: 11 },
    handoff: { anything: true },
    unrelated: 42,
  };
  for (let i = 0; i < 6; i++) snap[`t:t${i}`] = template(i);
  return snap;
}

const s = (n: number, c = 'x') => c.repeat(n);
/** Values to try in place of a field: edges of every limit in core/schema.ts, and wrong types. */
const ODD: unknown[] = [
  undefined, null, true, 0, -0, -1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, '', 'x', '1',
  s(32), s(33), s(60), s(61), s(64), s(65), s(80), s(81), s(200), s(201), s(300), s(301), s(500), s(501), s(4000), s(4001),
  [], [''], ['x'], [s(32)], [s(33)], [1], Array(12).fill('x'), Array(13).fill('x'), Array(100).fill('p'), Array(101).fill('p'),
  Array(2000).fill('id'), Array(2001).fill('id'), {}, { id: 'x' },
  'invite', 'reply', 'note', 'strict', 'nudge', 'off', 'auto', '200', '300', 'ok', 'partial', 'error', 'quota', 'nope',
];

function variants(): Array<[string, Snap]> {
  const out: Array<[string, Snap]> = [['valid', base()], ['valid, sync off', base(false)]];
  const at = (label: string, edit: (snap: Snap) => void) => {
    const snap = structuredClone(base());
    edit(snap);
    out.push([label, snap]);
  };
  const objects: Record<string, string> = { 't:t0': 'id kind name body tags createdAt updatedAt', 'x:old': 'id deletedAt', 'r:a': 'id personName profileUrl text createdAt' };
  objects.settings = 'guardMode noteLimit myFirstName extraGenericPhrases syncEnabled defaultInviteId defaultReplyId order updatedAt';
  objects.syncStatus = 'state unsynced message at';
  for (const [key, fields] of Object.entries(objects)) {
    for (const field of fields.split(' ')) {
      for (const [i, v] of ODD.entries()) at(`${key}.${field} = #${i}`, (snap) => ((snap[key] as Snap)[field] = v));
      at(`${key}.${field} missing`, (snap) => delete (snap[key] as Snap)[field]);
    }
    for (const [i, v] of ODD.entries()) at(`${key} = #${i}`, (snap) => (snap[key] = v));
    at(`${key} with an extra field`, (snap) => ((snap[key] as Snap).extra = 1));
  }
  for (const field of ['key', 'raw', 'reason', 'at']) {
    for (const [i, v] of ODD.entries()) at(`setAside[0].${field} = #${i}`, (snap) => (((snap.setAside as Snap[])[0] as Snap)[field] = v));
    at(`setAside[0].${field} missing`, (snap) => delete ((snap.setAside as Snap[])[0] as Snap)[field]);
  }
  for (const [i, v] of ODD.entries()) at(`setAside = #${i}`, (snap) => (snap.setAside = v));
  for (const field of ['id', 'name', 'reason']) {
    for (const [i, v] of ODD.entries()) at(`syncStatus.unsynced[0].${field} = #${i}`, (snap) => ((((snap.syncStatus as Snap).unsynced as Snap[])[0] as Snap)[field] = v));
  }
  at('template under another key', (snap) => (snap['t:other'] = template(0)));
  at('tombstone under another key', (snap) => (snap['x:other'] = { id: 'old', deletedAt: 1 }));
  at('reason under another key', (snap) => (snap['r:other'] = { id: 'a', personName: '', profileUrl: null, text: '', createdAt: 1 }));
  at('empty template id', (snap) => (snap['t:'] = template(0, { id: '' })));
  at('no settings', (snap) => delete snap.settings);
  at('no schema version', (snap) => delete snap.schemaVersion);
  at('schema version 2', (snap) => (snap.schemaVersion = 2));
  at('schema version "1"', (snap) => (snap.schemaVersion = '1'));
  return out;
}

describe('popup first-paint reader', () => {
  it('copies the storage layout, version and sync statuses it cannot import', () => {
    expect(SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
    expect({ K_VERSION, K_SETTINGS, K_SET_ASIDE, K_SYNC_STATUS, P_TEMPLATE, P_TOMBSTONE, P_REASON }).toEqual({
      K_VERSION: layout.K_VERSION,
      K_SETTINGS: layout.K_SETTINGS,
      K_SET_ASIDE: layout.K_SET_ASIDE,
      K_SYNC_STATUS: layout.K_SYNC_STATUS,
      P_TEMPLATE: layout.P_TEMPLATE,
      P_TOMBSTONE: layout.P_TOMBSTONE,
      P_REASON: layout.P_REASON,
    });
    expect(INITIAL_SYNC_STATUS).toEqual(sync.INITIAL_SYNC_STATUS);
    expect(SYNC_OFF_STATUS).toEqual(sync.SYNC_OFF_STATUS);
  });

  it('reads valid data itself, in the user order', () => {
    const state = fastState(base());
    expect(state?.templates.map((t) => t.id)).toEqual(['t3', 't1', 't0', 't2', 't4', 't5']);
    expect(state?.savedReasons.map((r) => r.id)).toEqual(['a', 'b']);
    expect(state?.sync.state).toBe('partial');
    expect(fastState(base(false))?.sync).toEqual(SYNC_OFF_STATUS);
  });

  it('never answers differently from the zod reader (valid, boundary and broken data)', () => {
    let fast = 0;
    let total = 0;
    const differ: string[] = [];
    for (const [label, snap] of variants()) {
      total++;
      const mine = fastState(structuredClone(snap));
      if (!mine) continue;
      fast++;
      // No rejections when the fast reader answers, so the set-aside time does not matter.
      const theirs = parsedState(structuredClone(snap), 0);
      try {
        expect(theirs).toEqual(mine);
      } catch {
        differ.push(label);
      }
    }
    expect(differ).toEqual([]);
    // Both kinds of case were exercised.
    expect(fast).toBeGreaterThan(50);
    expect(total - fast).toBeGreaterThan(300);
  });

  it('hands what it is unsure of to the zod reader, which reports it for the banner', async () => {
    const snap = base();
    snap['t:half'] = { id: 'half', kind: 'invite', name: 'Half a template', tags: 'not a list' };
    expect(fastState(snap)).toBeNull();
    const state = await quickState(async () => snap);
    expect(state?.templates.map((t) => t.id)).not.toContain('half');
    expect(state?.setAside).toEqual(expect.arrayContaining([expect.objectContaining({ key: 't:half', reason: expect.stringContaining('Half a template') })]));
  });

  it('leaves a fresh install and other schema versions to library.load()', async () => {
    const fresh = await quickState(async () => ({}));
    expect(fresh).toBeNull();
    expect(await quickState(async () => ({ ...base(), schemaVersion: 2 }))).toBeNull();
  });
});
