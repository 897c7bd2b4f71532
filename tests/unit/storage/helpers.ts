/** Shared builders for the storage tests. Each test file mocks src/storage/browser itself. */
import type { Template } from '../../../src/core/schema';
import { createLibrary, type Library, type LibraryOptions } from '../../../src/storage/library';
import { fakeBrowserAreas, type FakeStorageArea } from '../fakes/storage';

/** A fixed "now" for fake timers: well after the seeded defaults' SEED_TIME. */
export const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);

export function tpl(id: string, over: Partial<Template> = {}): Template {
  return { id, kind: 'invite', name: `Template ${id}`, body: `Hi {firstName}, about ${id}: {{reason: Why?}}`, tags: [], createdAt: T0, updatedAt: T0, ...over };
}

export interface TestBrowser {
  local: FakeStorageArea;
  session: FakeStorageArea;
  sync: FakeStorageArea;
  lib: Library;
}

/** One browser profile. Pass `sync` to share a mirror between two browsers. Starts with no seeded defaults. */
export function browserWith(opts: { sync?: FakeStorageArea; lib?: LibraryOptions } = {}): TestBrowser {
  const areas = fakeBrowserAreas({ sync: opts.sync });
  const lib = createLibrary({ areas: { local: areas.local, sync: areas.sync }, now: () => Date.now(), seed: () => [], ...opts.lib });
  return { ...areas, lib };
}

/** A template body that measures about `n` bytes once stored. */
export function bodyOf(n: number): string {
  return 'x'.repeat(n);
}
