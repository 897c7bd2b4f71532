// @vitest-environment jsdom
// The popup's tab bar (src/popup/Tabs.tsx): a WAI-ARIA tablist with automatic activation.
import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { TabPanel, Tabs } from '../../../src/popup/Tabs';
import { key, mount } from './helpers';

const TABS = [
  { id: 'list', label: 'Templates' },
  { id: 'saved', label: 'Saved' },
  { id: 'settings', label: 'Settings' },
] as const;
type Id = (typeof TABS)[number]['id'];

function Harness({ log }: { log: Array<[Id, string]> }) {
  const [sel, setSel] = useState<Id>('list');
  return (
    <>
      <Tabs label="Sections" tabs={TABS} selected={sel} onSelect={(id, how) => (log.push([id, how]), setSel(id))} />
      <TabPanel selected={sel}>
        <p>{sel}</p>
      </TabPanel>
    </>
  );
}

describe('Tabs', () => {
  it('renders a labelled tablist with one selected, focusable tab and a labelled panel', () => {
    const { container, unmount } = mount(<Harness log={[]} />);
    const list = container.querySelector('[role=tablist]')!;
    expect(list.getAttribute('aria-label')).toBe('Sections');
    const tabs = [...container.querySelectorAll<HTMLElement>('[role=tab]')];
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    const panel = container.querySelector('[role=tabpanel]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(tabs.every((t) => t.getAttribute('aria-controls') === panel.id)).toBe(true);
    unmount();
  });

  it('arrows wrap, Home and End jump; selection and focus move together; other keys do nothing', () => {
    const log: Array<[Id, string]> = [];
    const { container, unmount } = mount(<Harness log={log} />);
    const tab = (i: number) => container.querySelectorAll<HTMLElement>('[role=tab]')[i]!;
    tab(0).focus();
    key(tab(0), 'ArrowRight');
    expect(document.activeElement).toBe(tab(1));
    expect(tab(1).getAttribute('aria-selected')).toBe('true');
    key(tab(1), 'End');
    expect(document.activeElement).toBe(tab(2));
    key(tab(2), 'ArrowRight');
    expect(document.activeElement).toBe(tab(0));
    key(tab(0), 'ArrowLeft');
    expect(document.activeElement).toBe(tab(2));
    key(tab(2), 'Home');
    expect(document.activeElement).toBe(tab(0));
    key(tab(0), 'a');
    expect(log.map(([id, how]) => `${id}:${how}`)).toEqual(['saved:keyboard', 'settings:keyboard', 'list:keyboard', 'settings:keyboard', 'list:keyboard']);
    expect([...container.querySelectorAll<HTMLElement>('[role=tab]')].map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    act(() => tab(1).click());
    expect(log.at(-1)).toEqual(['saved', 'pointer']);
    expect(container.querySelector('[role=tabpanel] p')!.textContent).toBe('saved');
    unmount();
  });
});
