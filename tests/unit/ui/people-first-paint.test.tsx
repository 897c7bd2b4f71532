// @vitest-environment jsdom
// The People tab's first paint from the list's first screen (storage/people-head.ts): drawn with
// the counts of everyone, then whole once the index arrives, before the records (issue 10 budget).
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { PeopleTab } from '../../../src/popup/people/PeopleTab';
import { buildHead } from '../../../src/storage/people-head';
import type { IndexRow } from '../../../src/storage/people-index';
import type { PeopleStore } from '../../../src/storage/people';
import { choose, mount } from './helpers';

const NOW = new Date(2026, 2, 10, 12).getTime();
const today = '2026-03-10';
const index: IndexRow[] = Array.from({ length: 500 }, (_, i) => [
  `v:p${i}`, `Person ${i}`, `p${i}`, i % 2 ? 'accepted' : 'sent', `reason ${i}`,
  i % 5 ? null : '2026-03-0' + (1 + (i % 9)), i % 5 ? null : 'Drop them a line', NOW - i, null, NOW - i, '',
]);

describe('People tab, first paint from the head', () => {
  it('shows the first screen with everyone counted, waits for the index before another filter, then is whole', async () => {
    let resolveIndex!: (rows: IndexRow[]) => void;
    const loaded = new Promise<IndexRow[]>((r) => (resolveIndex = r));
    const never = new Promise<PeopleStore>(() => undefined);
    const { container, unmount } = mount(
      <PeopleTab initial={{ head: buildHead(index, today) }} loadIndex={() => loaded} store={() => never} announce={() => {}} toast={() => {}} now={() => NOW} timeZone="UTC" />,
    );
    const options = () => Array.from(container.querySelectorAll('[role="option"]'));
    const due = index.filter((r) => r[5] !== null).length;
    expect(options().length).toBeGreaterThan(5);
    expect(options()[0]!.getAttribute('aria-setsize')).toBe(String(due));
    // "N of 500": the count is of everyone, not of the rows drawn.
    const count = container.querySelector('.count')!.textContent!;
    expect(count).toContain(String(due));
    expect(count).toContain('500');
    const select = container.querySelector<HTMLSelectElement>('#people-filter')!;
    expect(Array.from(select.options, (o) => o.textContent)).toContain(`All (500)`);
    // Another filter before the index is there: a loading line, never a short list.
    choose(select, 'accepted');
    expect(options()).toEqual([]);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await act(async () => {
      resolveIndex(index);
      await loaded;
    });
    expect(options()[0]!.getAttribute('aria-setsize')).toBe('250');
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
    unmount();
  });

  it('opens on Due when someone is due; choosing All shows everyone', async () => {
    const never = new Promise<PeopleStore>(() => undefined);
    const { container, unmount } = mount(
      <PeopleTab initial={{ rows: index }} store={() => never} announce={() => {}} toast={() => {}} now={() => NOW} timeZone="UTC" />,
    );
    const setsize = () => container.querySelector('[role="option"]')!.getAttribute('aria-setsize');
    const select = container.querySelector<HTMLSelectElement>('#people-filter')!;
    expect(select.value).toBe('due');
    expect(setsize()).toBe(String(index.filter((r) => r[5] !== null).length));
    // "All" is the tab's initial choice too: picking it must still show everyone.
    choose(select, 'all');
    expect(select.value).toBe('all');
    expect(setsize()).toBe('500');
    unmount();
  });
});
