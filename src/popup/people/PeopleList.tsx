/**
 * The People list, windowed: only the rows in view (plus a few) are in the DOM, so 5,000 people
 * render as fast as 15 (first render budget: 150 ms with 5,000 people, bench/lib/popup.mjs).
 *
 * Keyboard and screen readers: one tab stop, a listbox with aria-activedescendant (the pattern
 * that works with virtualization, since focus never sits on a row that may be unmounted), each
 * option with aria-setsize/aria-posinset so "12 of 5,000" is read although only a slice exists.
 * Arrows, Page Up/Down, Home/End move; Enter or Space opens the person.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PersonRow } from './rows';
import { STATE_LABEL, showDate } from './rows';
import { t } from '../../ui/i18n';

export const ROW_HEIGHT = 60;
const OVERSCAN = 6;
/** Rows drawn before the list's height is measured (the popup shows about 6). */
const FIRST_WINDOW = 12;

export interface PeopleListProps {
  rows: readonly PersonRow[];
  /**
   * How many rows the list has, when `rows` holds only its first ones (the People tab's first paint
   * from storage/people-head.ts): the scroll height and "12 of 5,000" count them all. Default: rows.length.
   */
  total?: number;
  /** The person to start on (coming back from their page). */
  activeId: string | null;
  onOpen(id: string): void;
  label: string;
  /** Today, YYYY-MM-DD local: rows with a follow-up before it say "overdue". */
  today: string;
}

export function PeopleList({ rows, total = rows.length, activeId, onOpen, label, today }: PeopleListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(FIRST_WINDOW * ROW_HEIGHT);
  const found = activeId ? rows.findIndex((r) => r.id === activeId) : -1;
  const [active, setActive] = useState(Math.max(0, found));
  const cur = Math.min(active, rows.length - 1);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight || height);
    if (found > 0) {
      el.scrollTop = Math.max(0, found * ROW_HEIGHT - el.clientHeight / 2);
      // Render that window now rather than on the scroll event, so the active row exists at once.
      setTop(el.scrollTop);
    }
    // Measured once on mount; the list's height follows the window in a tab.
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(() => setHeight(el.clientHeight)) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  // A new filter or search: start at the top.
  useEffect(() => {
    if (found < 0) {
      setActive(0);
      if (box.current) box.current.scrollTop = 0;
    }
  }, [rows]);

  const show = (i: number) => {
    const el = box.current;
    if (!el) return;
    const y = i * ROW_HEIGHT;
    if (y < el.scrollTop) el.scrollTop = y;
    else if (y + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = y + ROW_HEIGHT - el.clientHeight;
    setTop(el.scrollTop);
  };
  const move = (i: number) => {
    const n = Math.max(0, Math.min(rows.length - 1, i));
    setActive(n);
    show(n);
  };
  const perPage = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!rows.length) return;
    const k: Record<string, () => void> = {
      ArrowDown: () => move(cur + 1),
      ArrowUp: () => move(cur - 1),
      PageDown: () => move(cur + perPage),
      PageUp: () => move(cur - perPage),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => onOpen(rows[cur]!.id),
      ' ': () => onOpen(rows[cur]!.id),
    };
    const f = k[e.key];
    if (!f || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    f();
  };

  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  const items = [];
  for (let i = first; i < last; i++) {
    const r = rows[i]!;
    const overdue = r.next && r.next.due < today;
    items.push(
      <div
        key={r.id}
        id={`pr-${i}`}
        role="option"
        class="prow"
        data-id={r.id}
        data-due={r.due}
        aria-selected={i === cur}
        aria-setsize={total}
        aria-posinset={i + 1}
        style={{ top: `${i * ROW_HEIGHT}px` }}
        onClick={() => {
          setActive(i);
          onOpen(r.id);
        }}
      >
        <span class="prow-name">{r.name || r.vanity || r.id}</span>
        <span class="prow-meta">
          <span class={`pstate s-${r.state}`}>{t(STATE_LABEL[r.state])}</span>
          {r.next && (
            <span class={overdue ? 'pdue over' : r.due === 'due' ? 'pdue due' : 'pdue'}>
              {' · '}
              {t(overdue ? 'people_row_overdue' : r.due === 'due' ? 'people_row_due' : 'people_row_on', [r.next.label, showDate(r.next.due)])}
            </span>
          )}
        </span>
        <span class="prow-why">{r.why || '\u00a0'}</span>
      </div>,
    );
  }
  return (
    <div
      ref={box}
      class="plist"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={rows.length ? `pr-${cur}` : undefined}
      id="people-list-box"
      data-testid="people-list"
      onKeyDown={onKeyDown}
      onScroll={(e) => setTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <div class="plist-inner" style={{ height: `${total * ROW_HEIGHT}px` }}>
        {items}
      </div>
    </div>
  );
}
