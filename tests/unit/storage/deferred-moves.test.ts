// A content script's stores (the UI bundle in LinkedIn's origin) share no Web Lock with the popup and
// the worker, so they never move damaged data into setAside: a CI run lost every damaged template
// when a move from the page overwrote the popup's, which had already removed them from their keys.
// Module state (deferSetAsideMoves) is per file in vitest, so this file holds the deferred context.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../src/storage/migrations';
import { deferSetAsideMoves } from '../../../src/storage/keyed-store';
import { T0, browserWith, tpl } from './helpers';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => vi.useRealTimers());

describe('in a content script, damaged data is read around and left in place', () => {
  const raw: Record<string, unknown> = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    't:good': tpl('good', { name: 'Good one' }),
    't:bad': { id: 'bad', kind: 'invite', name: 'No body' },
    'r:r1': 'not a reason',
  };

  it('loads the good templates, writes no setAside and removes nothing; an edit writes only its own key', async () => {
    deferSetAsideMoves();
    const b = browserWith();
    b.local.seed(raw);
    const state = await b.lib.load();
    expect(state.templates.map((t) => t.id)).toEqual(['good']);
    const after = b.local.snapshot();
    expect(after).not.toHaveProperty('setAside');
    expect(after['t:bad']).toEqual(raw['t:bad']);
    expect(after['r:r1']).toEqual(raw['r:r1']);

    await b.lib.saveTemplate(tpl('new', { name: 'Written from the page' }));
    const edited = b.local.snapshot();
    expect(edited['t:new']).toMatchObject({ name: 'Written from the page' });
    expect(edited['t:bad']).toEqual(raw['t:bad']);
    expect(edited['r:r1']).toEqual(raw['r:r1']);
    expect(edited).not.toHaveProperty('setAside');
  });
});
