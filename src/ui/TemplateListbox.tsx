/**
 * The template list as an ARIA listbox. Focus stays in the filter input (the combobox pattern with
 * aria-activedescendant), so typing filters while arrows, Home and End move the active option.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Template } from '../core/schema';
import { t as tr } from './i18n';

export interface TemplateListboxProps {
  id: string;
  /** Accessible name of the list, e.g. "Invite templates". */
  label: string;
  templates: readonly Template[];
  activeId: string | null;
  defaultId?: string | null;
  onChoose(template: Template): void;
  onActivate?(id: string): void;
}

/** The body as a reader sees it: fill-ins shown as their question, "[Where did you meet?]". */
export function snippet(body: string): string {
  return body.replace(/\{\{\s*(?:[\w-]+\s*:)?\s*([^}|=]*?)\s*(?:[=|][^}]*)?\}\}/g, '[$1]').slice(0, 110);
}

export const optionId = (listboxId: string, index: number) => `${listboxId}-o${index}`;

/** Case-insensitive match on name, tags and body; every word of the query must match. */
export function filterTemplates(templates: readonly Template[], query: string): Template[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return templates.slice();
  return templates.filter((t) => {
    const hay = `${t.name}\n${t.tags.join(' ')}\n${t.body}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The id that becomes active after a navigation key, or undefined when the key is not ours. */
export function nextActive(
  templates: readonly Template[],
  activeId: string | null,
  key: string,
): string | null | undefined {
  if (!templates.length) return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End' ? null : undefined;
  const i = templates.findIndex((t) => t.id === activeId);
  const last = templates.length - 1;
  const to =
    key === 'ArrowDown' ? (i < 0 ? 0 : Math.min(last, i + 1))
    : key === 'ArrowUp' ? (i < 0 ? last : Math.max(0, i - 1))
    : key === 'Home' ? 0
    : key === 'End' ? last
    : -1;
  return to < 0 ? undefined : templates[to]!.id;
}

export function TemplateListbox({ id, label, templates, activeId, defaultId, onChoose, onActivate }: TemplateListboxProps) {
  const ref = useRef<HTMLUListElement>(null);
  const activeIndex = templates.findIndex((t) => t.id === activeId);
  useEffect(() => {
    if (activeIndex < 0) return;
    // scrollIntoView is missing in jsdom; nearest keeps LinkedIn's dialog from jumping.
    ref.current?.children[activeIndex]?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);
  return (
    <ul class="op-list" role="listbox" id={id} aria-label={label} ref={ref}>
      {templates.map((t, i) => (
        <li
          key={t.id}
          id={optionId(id, i)}
          role="option"
          aria-selected={t.id === activeId}
          class="op-option"
          // mousedown would move focus out of the filter input; keep it there.
          onMouseDown={(e) => e.preventDefault()}
          onMouseMove={() => t.id !== activeId && onActivate?.(t.id)}
          onClick={() => onChoose(t)}
        >
          <span class="op-option-name">
            {t.name}
            {t.id === defaultId && <span class="op-badge"> {tr('list_default_badge')}</span>}
          </span>
          <span class="op-option-snippet">{snippet(t.body)}</span>
        </li>
      ))}
    </ul>
  );
}
