/**
 * The library list: search, filter by kind and tag, reorder by drag and by keyboard
 * (Alt+ArrowUp/Down, or the move buttons), and the per-template actions.
 * Per-row work is kept to string slicing: no parsing here, so 300 templates render fast.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings, Template, TemplateKind } from '../core/schema';
import { Icon } from './icons';
import { t as tr, type MessageKey } from '../ui/i18n';

export interface ListFilter {
  query: string;
  kind: '' | TemplateKind;
  tag: string;
}

export interface TemplateListProps {
  templates: readonly Template[];
  settings: Settings;
  filter: ListFilter;
  onFilter(f: ListFilter): void;
  onNew(): void;
  onEdit(id: string): void;
  onDuplicate(t: Template): void;
  onDelete(t: Template, focusAfter: string | null): void;
  onSetDefault(t: Template): void;
  onReorder(ids: string[]): void;
  announce(message: string): void;
}

type Part = 'main' | 'up' | 'down';

/** About a screenful (a 600 px popup shows 7 rows, a tall tab 12): each row more costs first-paint time. */
const FIRST_PAINT_ROWS = 12;

export const KIND_LABEL: Record<TemplateKind, MessageKey> = { invite: 'kind_invite', reply: 'kind_reply', 'follow-up': 'kind_follow_up' };

export function matches(t: Template, f: ListFilter): boolean {
  if (f.kind && t.kind !== f.kind) return false;
  if (f.tag && !t.tags.includes(f.tag)) return false;
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = `${t.name}\n${t.tags.join(' ')}\n${t.body}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** The effective default per kind: the chosen one, or else the first template of that kind. */
export function defaultIds(templates: readonly Template[], settings: Settings): Set<string> {
  const out = new Set<string>();
  for (const kind of ['invite', 'reply'] as const) {
    const want = kind === 'invite' ? settings.defaultInviteId : settings.defaultReplyId;
    const t = templates.find((x) => x.kind === kind && x.id === want) ?? templates.find((x) => x.kind === kind);
    if (t) out.add(t.id);
  }
  return out;
}

export function TemplateList(props: TemplateListProps) {
  const { templates, filter, onFilter } = props;
  const shown = useMemo(() => templates.filter((t) => matches(t, filter)), [templates, filter]);
  const tags = useMemo(() => [...new Set(templates.flatMap((t) => t.tags))].sort((a, b) => a.localeCompare(b)), [templates]);
  const defaults = useMemo(() => defaultIds(templates, props.settings), [templates, props.settings]);
  const listRef = useRef<HTMLUListElement>(null);
  const focusReq = useRef<{ id: string; part: Part } | null>(null);
  const [drag, setDrag] = useState<{ id: string; over: string | null; after: boolean } | null>(null);
  // The first paint shows one screenful; the rest follows right after it (first render budget).
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setTimeout(() => setComplete(true), 0));
    return () => cancelAnimationFrame(id);
  }, []);
  const rows = complete ? shown : shown.slice(0, FIRST_PAINT_ROWS);

  // After a move, the moved row's DOM node may have been re-inserted (which drops focus): put it
  // back, in a layout effect so it happens in the very render that moved it.
  useLayoutEffect(() => {
    const req = focusReq.current;
    if (!req || !listRef.current) return;
    focusReq.current = null;
    for (const li of listRef.current.children) {
      if ((li as HTMLElement).dataset.id !== req.id) continue;
      const want = li.querySelector<HTMLButtonElement>(`[data-part=${req.part}]`);
      (want && !want.disabled ? want : li.querySelector<HTMLElement>('[data-part=main]'))?.focus();
    }
  });

  const move = (t: Template, dir: -1 | 1, part: Part) => {
    const i = shown.findIndex((x) => x.id === t.id);
    const neighbour = shown[i + dir];
    if (!neighbour) return;
    const ids = templates.map((x) => x.id).filter((id) => id !== t.id);
    const k = ids.indexOf(neighbour.id);
    ids.splice(dir < 0 ? k : k + 1, 0, t.id);
    focusReq.current = { id: t.id, part };
    props.onReorder(ids);
    props.announce(tr('said_moved_to', [t.name, i + dir + 1, shown.length]));
  };

  const drop = (targetId: string, after: boolean) => {
    if (!drag || drag.id === targetId) return setDrag(null);
    const ids = templates.map((x) => x.id).filter((id) => id !== drag.id);
    const k = ids.indexOf(targetId);
    ids.splice(after ? k + 1 : k, 0, drag.id);
    setDrag(null);
    props.onReorder(ids);
    const t = templates.find((x) => x.id === drag.id);
    if (t) props.announce(tr('said_moved', t.name));
  };

  return (
    <>
      <div class="toolbar" role="search">
        <label class="op-sr" for="q">
          {tr('list_search')}
        </label>
        <input
          id="q"
          type="search"
          placeholder={tr('list_search')}
          value={filter.query}
          onInput={(e) => onFilter({ ...filter, query: e.currentTarget.value })}
        />
        <label class="op-sr" for="kind">
          {tr('ed_kind')}
        </label>
        <select id="kind" value={filter.kind} onChange={(e) => onFilter({ ...filter, kind: e.currentTarget.value as ListFilter['kind'] })}>
          <option value="">{tr('list_all_kinds')}</option>
          <option value="invite">{tr('list_invites')}</option>
          <option value="reply">{tr('list_replies')}</option>
          <option value="follow-up">{tr('list_follow_ups')}</option>
        </select>
        {tags.length > 0 && (
          <>
            <label class="op-sr" for="tag">
              {tr('list_tag')}
            </label>
            <select id="tag" value={filter.tag} onChange={(e) => onFilter({ ...filter, tag: e.currentTarget.value })}>
              <option value="">{tr('list_all_tags')}</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="button" class="op-btn op-primary" onClick={props.onNew}>
          {tr('list_new')}
        </button>
      </div>
      <p class="count" id="list-help">
        {shown.length === templates.length
          ? tr('list_count', templates.length)
          : tr('list_count_shown', [shown.length, templates.length])}{' '}
        {tr('list_reorder')}
      </p>
      {shown.length === 0 ? (
        <p class="muted">{templates.length ? tr('as_no_match') : tr('list_none_yet')}</p>
      ) : (
        <ul class="rows" ref={listRef} aria-label={tr('tab_templates')}>
          {rows.map((t, i) => {
            const isDefault = defaults.has(t.id);
            const cls = ['row'];
            if (drag?.id === t.id) cls.push('dragging');
            if (drag && drag.over === t.id && drag.id !== t.id) cls.push(drag.after ? 'drop-after' : 'drop-before');
            return (
              <li
                key={t.id}
                data-id={t.id}
                class={cls.join(' ')}
                draggable
                onDragStart={(e) => {
                  e.dataTransfer?.setData('text/plain', t.id);
                  if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                  setDrag({ id: t.id, over: null, after: false });
                }}
                onDragOver={(e) => {
                  if (!drag) return;
                  e.preventDefault();
                  const r = e.currentTarget.getBoundingClientRect();
                  const after = e.clientY > r.top + r.height / 2;
                  if (drag.over !== t.id || drag.after !== after) setDrag({ ...drag, over: t.id, after });
                }}
                onDrop={(e) => {
                  e.preventDefault();
                  drop(t.id, drag?.after ?? false);
                }}
                onDragEnd={() => setDrag(null)}
                onKeyDown={(e) => {
                  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                  e.preventDefault();
                  move(t, e.key === 'ArrowUp' ? -1 : 1, 'main');
                }}
              >
                <span class="grip" aria-hidden="true">
                  <span class="icon">
                    <Icon name="grip" />
                  </span>
                </span>
                <button
                  type="button"
                  class="row-main"
                  data-part="main"
                  // Named by the template alone (a short name to find by); the rest is its description.
                  aria-labelledby={`r${i}-n`}
                  aria-describedby={`r${i}-m list-help`}
                  onClick={() => props.onEdit(t.id)}
                >
                  <span class="row-name" id={`r${i}-n`}>
                    {t.name}
                  </span>
                  <span class="row-meta" id={`r${i}-m`}>
                    {tr(KIND_LABEL[t.kind])}
                    {isDefault && <span class="def"> · {tr('list_default')}</span>}
                    {t.tags.length > 0 && ` · ${t.tags.join(', ')}`}
                  </span>
                  <span class="row-snippet">{t.body.slice(0, 120)}</span>
                </button>
                <span class="row-actions">
                  <button type="button" class="icon" data-part="up" aria-label={tr('list_move_up_named', t.name)} title={tr('list_move_up')} disabled={i === 0} onClick={() => move(t, -1, 'up')}>
                    <Icon name="up" />
                  </button>
                  <button type="button" class="icon" data-part="down" aria-label={tr('list_move_down_named', t.name)} title={tr('list_move_down')} disabled={i === shown.length - 1} onClick={() => move(t, 1, 'down')}>
                    <Icon name="down" />
                  </button>
                  {/* Follow-ups have no chosen default: the first in this order comes first. */}
                  {t.kind !== 'follow-up' && (
                    <button
                      type="button"
                      class="icon"
                      aria-pressed={isDefault}
                      aria-label={tr(t.kind === 'invite' ? 'list_default_invite_named' : 'list_default_reply_named', t.name)}
                      title={isDefault ? tr(t.kind === 'invite' ? 'list_is_default_invite' : 'list_is_default_reply') : tr('list_make_default')}
                      onClick={() => !isDefault && props.onSetDefault(t)}
                    >
                      <Icon name="star" />
                    </button>
                  )}
                  <button type="button" class="icon" aria-label={tr('list_duplicate_named', t.name)} title={tr('list_duplicate')} onClick={() => props.onDuplicate(t)}>
                    <Icon name="copy" />
                  </button>
                  <button
                    type="button"
                    class="icon"
                    aria-label={tr('list_delete_named', t.name)}
                    title={tr('delete')}
                    onClick={() => props.onDelete(t, (shown[i + 1] ?? shown[i - 1])?.id ?? null)}
                  >
                    <Icon name="trash" />
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
