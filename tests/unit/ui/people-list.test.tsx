// @vitest-environment jsdom
// The People list with 5,000 people: only a window of rows in the DOM, one tab stop, a listbox the
// keyboard drives through aria-activedescendant, positions announced out of the full count.
import { describe, expect, it, vi } from 'vitest';
import { PeopleList } from '../../../src/popup/people/PeopleList';
import type { PersonRow } from '../../../src/popup/people/rows';
import { key, mount } from './helpers';

const rows: PersonRow[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `v:p${i}`,
  name: `Person ${i}`,
  vanity: `p${i}`,
  state: i % 2 ? 'accepted' : 'sent',
  why: `reason ${i}`,
  next: i % 3 ? null : { due: '2026-03-01', label: 'Drop them a line' },
  due: i % 3 ? 'none' : 'due',
  invitedAt: null,
  connectedAt: null,
  updatedAt: 0,
  hay: `person ${i}`,
}));

describe('PeopleList', () => {
  it('renders a window of 5,000 rows, labelled, with positions in the whole list', () => {
    const onOpen = vi.fn();
    const { container, unmount } = mount(<PeopleList rows={rows} activeId={null} onOpen={onOpen} label="People: All" today="2026-03-10" />);
    const box = container.querySelector('[role="listbox"]')!;
    expect(box.getAttribute('aria-label')).toBe('People: All');
    expect(box.getAttribute('tabindex')).toBe('0');
    const options = container.querySelectorAll('[role="option"]');
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(40);
    expect(options[0]!.getAttribute('aria-setsize')).toBe('5000');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(options[0]!.textContent).toContain('was due'); // people_row_overdue, from the English table
    unmount();
  });

  it('moves with the keyboard and opens with Enter', () => {
    const onOpen = vi.fn();
    const { container, unmount } = mount(<PeopleList rows={rows} activeId={null} onOpen={onOpen} label="People" today="2026-03-10" />);
    const box = container.querySelector<HTMLElement>('[role="listbox"]')!;
    key(box, 'ArrowDown');
    key(box, 'ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe('pr-2');
    key(box, 'Enter');
    expect(onOpen).toHaveBeenLastCalledWith('v:p2');
    key(box, 'End');
    expect(box.getAttribute('aria-activedescendant')).toBe('pr-4999');
    key(box, ' ');
    expect(onOpen).toHaveBeenLastCalledWith('v:p4999');
    key(box, 'Home');
    key(box, 'ArrowUp');
    expect(box.getAttribute('aria-activedescendant')).toBe('pr-0');
    unmount();
  });

  it('starts on the person you came back from', () => {
    const { container, unmount } = mount(<PeopleList rows={rows} activeId="v:p1200" onOpen={() => {}} label="People" today="2026-03-10" />);
    expect(container.querySelector('[role="listbox"]')!.getAttribute('aria-activedescendant')).toBe('pr-1200');
    unmount();
  });
});
