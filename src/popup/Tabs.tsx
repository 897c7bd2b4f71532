/**
 * A WAI-ARIA tab bar (tablist/tab, one tabpanel): arrow keys move between tabs and select them
 * (automatic activation: every panel is already loaded or loads in a moment), Home/End jump to the
 * ends, and only the selected tab is in the Tab order (roving tabindex), so Tab goes from the bar
 * straight into the panel. Generic over the list of tabs, so adding one is a line in the caller.
 */
import type { ComponentChildren } from 'preact';

export interface TabSpec<T extends string> {
  id: T;
  label: ComponentChildren;
}

export interface TabsProps<T extends string> {
  tabs: ReadonlyArray<TabSpec<T>>;
  selected: T;
  /** `keyboard`: chosen with the arrow keys, Home or End; focus must stay on the tab. */
  onSelect(id: T, how: 'pointer' | 'keyboard'): void;
  label: string;
  /** Prefix for ids: tabs are `${idPrefix}-${id}`, the panel `${idPrefix}-panel`. */
  idPrefix?: string;
}

export const tabId = (prefix: string, id: string) => `${prefix}-${id}`;

export function Tabs<T extends string>({ tabs, selected, onSelect, label, idPrefix = 'tab' }: TabsProps<T>) {
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === selected);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id, 'keyboard');
    // Focus moves with the selection at once; the caller keeps it there after its re-render.
    document.getElementById(tabId(idPrefix, id))?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => {
        const on = t.id === selected;
        return (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={tabId(idPrefix, t.id)}
            aria-selected={on}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={on ? 0 : -1}
            onClick={() => onSelect(t.id, 'pointer')}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}

/** The panel the tabs control. */
export function TabPanel({ selected, idPrefix = 'tab', children }: { selected: string; idPrefix?: string; children: ComponentChildren }) {
  return (
    <div class="tabpanel" role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={tabId(idPrefix, selected)}>
      {children}
    </div>
  );
}
