// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mountShadowHost, renderInto } from '../../../src/ui/mount';
import { CharMeter } from '../../../src/ui/CharMeter';
import { TemplateList, defaultIds, type ListFilter } from '../../../src/popup/TemplateList';
import { setAsideSummary } from '../../../src/popup/Notices';
import { DEFAULT_SETTINGS } from '../../../src/core/schema';
import { click, key, mount, tpl } from './helpers';

describe('mountShadowHost', () => {
  it('mounts an open shadow root with its styles, renders into it, and cleans up on abort', () => {
    const parent = document.createElement('div');
    const before = document.createElement('span');
    parent.append(before);
    document.body.append(parent);
    const ac = new AbortController();
    const { host, root } = mountShadowHost('on-purpose-test', { parent, before }, ':host{color:red}', ac.signal);
    expect(host.tagName).toBe('ON-PURPOSE-TEST');
    expect(host.nextSibling).toBe(before);
    expect(host.shadowRoot).toBe(root);
    // The styles arrive as a shared constructed sheet where the engine adopts one, else as <style>.
    const adopted = Array.from(root.adoptedStyleSheets ?? []).flatMap((sh) => Array.from(sh.cssRules, (r) => r.cssText));
    expect(adopted.length ? adopted.join('') : root.querySelector('style')?.textContent).toMatch(/:host\s*\{\s*color:\s*red;?\s*\}/);
    act(() => renderInto(root, <CharMeter count={5} limit={10} />));
    expect(root.querySelector('.op-meter')?.textContent).toContain('5 / 10');
    // Re-rendering keeps the styles (preact renders into its own container).
    act(() => renderInto(root, <CharMeter count={12} limit={10} />));
    expect(root.adoptedStyleSheets?.length || root.querySelectorAll('style').length).toBe(1);
    expect(root.querySelector('[role=status]')?.textContent).toBe('2 over the limit');
    act(() => ac.abort());
    expect(host.isConnected).toBe(false);
    expect(root.querySelector('.op-meter')).toBeNull();
    parent.remove();
  });

  it('does not stay mounted when the signal is already aborted', () => {
    const ac = new AbortController();
    ac.abort();
    const { host } = mountShadowHost('on-purpose-x', { parent: document.body }, '', ac.signal);
    expect(host.isConnected).toBe(false);
  });
});

describe('popup list', () => {
  const templates = [
    tpl('a', 'Alpha', 'body a', { tags: ['x'] }),
    tpl('b', 'Beta', 'body b', { kind: 'reply' }),
    tpl('c', 'Gamma', 'body c', { tags: ['x'] }),
  ];
  function setup(filter: ListFilter = { query: '', kind: '', tag: '' }) {
    const props = {
      onFilter: vi.fn(),
      onNew: vi.fn(),
      onEdit: vi.fn(),
      onDuplicate: vi.fn(),
      onDelete: vi.fn(),
      onSetDefault: vi.fn(),
      onReorder: vi.fn(),
      announce: vi.fn(),
    };
    const m = mount(<TemplateList templates={templates} settings={DEFAULT_SETTINGS} filter={filter} {...props} />);
    return { ...props, root: m.container, unmount: m.unmount };
  }

  it('reorders with Alt+Arrow keys and announces the move', () => {
    const s = setup();
    const main = s.root.querySelector<HTMLElement>('[data-id=a] .row-main')!;
    key(main, 'ArrowDown', { altKey: true });
    expect(s.onReorder).toHaveBeenCalledWith(['b', 'a', 'c']);
    expect(s.announce).toHaveBeenCalledWith('“Alpha” moved to position 2 of 3.');
    key(main, 'ArrowUp', { altKey: true });
    expect(s.onReorder).toHaveBeenCalledTimes(1); // already first
    s.unmount();
  });

  it('moves among the shown templates when filtered', () => {
    const s = setup({ query: '', kind: 'invite', tag: '' });
    expect([...s.root.querySelectorAll('.row')].map((r) => (r as HTMLElement).dataset.id)).toEqual(['a', 'c']);
    click(s.root.querySelector('[aria-label="Move “Gamma” up"]')!);
    expect(s.onReorder).toHaveBeenCalledWith(['c', 'a', 'b']);
    s.unmount();
  });

  it('marks the default per kind, and names rows by the template', () => {
    expect([...defaultIds(templates, DEFAULT_SETTINGS)]).toEqual(['a', 'b']);
    expect([...defaultIds(templates, { ...DEFAULT_SETTINGS, defaultInviteId: 'c' })]).toEqual(['c', 'b']);
    const s = setup();
    const main = s.root.querySelector('[data-id=a] .row-main')!;
    expect(s.root.querySelector(`#${main.getAttribute('aria-labelledby')}`)?.textContent).toBe('Alpha');
    expect(s.root.querySelector('[data-id=a] [aria-pressed]')?.getAttribute('aria-pressed')).toBe('true');
    expect(s.root.querySelector('[data-id=c] [aria-pressed]')?.getAttribute('aria-pressed')).toBe('false');
    click(s.root.querySelector('[data-id=c] [aria-pressed]')!);
    expect(s.onSetDefault).toHaveBeenCalledWith(templates[2]);
    click(s.root.querySelector('[aria-label="Delete “Gamma”"]')!);
    expect(s.onDelete).toHaveBeenCalledWith(templates[2], 'b');
    s.unmount();
  });
});

describe('set-aside banner text', () => {
  it('says plainly what was set aside', () => {
    const e = (key: string) => ({ key, raw: null, reason: '', at: 1 });
    // Counts as "templates (2)": i18n messages have no plural forms.
    expect(setAsideSummary([e('t:1'), e('t:2')])).toBe('Some of your saved data could not be read and was set aside: templates (2). Nothing was deleted.');
    expect(setAsideSummary([e('settings')])).toBe('Some of your saved data could not be read and was set aside: your settings. Nothing was deleted.');
    expect(setAsideSummary([e('t:1'), e('settings'), e('r:1')])).toBe(
      'Some of your saved data could not be read and was set aside: templates (1), your settings, other items (1). Nothing was deleted.',
    );
  });
});

describe('set-aside duplicates', () => {
  it('counts a value set aside twice (by two contexts at once) once', () => {
    const e = { key: 't:1', raw: { name: 'x' }, reason: 'r', at: 1 };
    expect(setAsideSummary([e, { ...e, at: 2 }])).toBe('Some of your saved data could not be read and was set aside: templates (1). Nothing was deleted.');
  });
});
