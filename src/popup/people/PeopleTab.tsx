/**
 * The People tab: search and filters over a windowed list, one person's page, and "Backup and
 * reminders" (export, import, Connections.csv, the daily notification, delete everything).
 *
 * First paint: `initial` (a zod-free read of storage.local, quick-people.ts) draws the list at
 * once; the People store (zod on every read, set-aside, migrations) loads right after and replaces
 * it, then keeps it current through its change subscription. An action taken before the store is
 * there waits for it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Person } from '../../core/people/model';
import type { IndexRow } from '../../storage/people-index';
import type { PeopleStore } from '../../storage/people';
import { PeopleList } from './PeopleList';
import { FILTERS, counts, pick, rowsFromIndex, type PeopleFilter } from './rows';
import type { PeopleStatus } from '../../storage/people';
import type * as MoreModule from './more';
import { dateStamp, downloadText } from '../download';
import { localDay } from './dates';
import { t as tr } from '../../ui/i18n';

export interface PeopleTabProps {
  /** The People index for the first paint (storage/people-index.ts); null: wait for the store. */
  initial: IndexRow[] | null;
  /** The store, created on first call (dynamic import); same promise every call. */
  store(): Promise<PeopleStore>;
  announce(message: string): void;
  toast(message: string, undo?: () => void): void;
  inTab?: boolean;
  now?: () => number;
  timeZone?: string;
  onFirstRender?(): void;
}

type Sub = { name: 'list' } | { name: 'person'; id: string } | { name: 'manage' };

export function PeopleTab({ initial, store, announce, toast, inTab, now = Date.now, timeZone, onFirstRender }: PeopleTabProps) {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [more, setMore] = useState<typeof MoreModule | null>(null);
  const [status, setStatus] = useState<PeopleStatus | null>(null);
  const [loadError, setLoadError] = useState('');
  const [sub, setSub] = useState<Sub>({ name: 'list' });
  const [filter, setFilter] = useState<PeopleFilter>('all');
  const [query, setQuery] = useState('');
  const [lastId, setLastId] = useState<string | null>(null);
  const filterChosen = useRef(false);
  const focusAfter = useRef<string | null>(null);
  const tz = timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const t = now();
  const today = localDay(t);

  useEffect(() => {
    const ac = new AbortController();
    // Right after the first paint: the records (through the store: zod, set-aside) and the rest of the tab.
    Promise.all([store(), import('./more')])
      .then(async ([s, m]) => {
        if (ac.signal.aborted) return;
        setMore(m);
        s.subscribe((list: Person[]) => {
          if (ac.signal.aborted) return;
          setPeople(list);
          // The backup counter moves with additions and exports.
          void s.status().then((st) => !ac.signal.aborted && setStatus(st));
        }, ac.signal);
        const list = await s.load();
        if (ac.signal.aborted) return;
        setPeople(list);
        // For the benchmark (bench/lib/popup.mjs): the records replaced the first-paint index.
        document.documentElement.dataset.peopleLoaded = 'true';
        setStatus(await s.status());
      })
      .catch((e: unknown) => !ac.signal.aborted && setLoadError(e instanceof Error ? e.message : String(e)));
    return () => ac.abort();
  }, [store]);

  const rows = useMemo(() => (people && more ? more.toRows(people, t, tz, today) : initial ? rowsFromIndex(initial, today) : null), [people, more, initial, today, tz]);
  const byId = useMemo(() => new Map((people ?? []).map((p) => [p.id, p])), [people]);
  const c = useMemo(() => counts(rows ?? []), [rows]);
  // Open on "Due" when someone is due (what the badge pointed at), else on "All"; until the user picks.
  const shownFilter: PeopleFilter = filterChosen.current ? filter : c.due ? 'due' : 'all';
  const shown = useMemo(() => pick(rows ?? [], shownFilter, query), [rows, shownFilter, query]);

  const firstDone = useRef(false);
  useEffect(() => {
    if (rows && !firstDone.current) {
      firstDone.current = true;
      onFirstRender?.();
    }
  });
  useEffect(() => {
    const want = focusAfter.current;
    if (!want) return;
    const el = document.getElementById(want);
    if (el) {
      focusAfter.current = null;
      el.focus();
    }
  });

  const actions = useMemo(() => more?.makeActions(store, now, tz), [more, store, now, tz]);
  const go = (s: Sub, focus: string) => {
    setSub(s);
    focusAfter.current = focus;
  };

  if (loadError && !rows) {
    return (
      <p class="err" role="alert">
        {tr('people_load_failed', loadError)}
      </p>
    );
  }
  if (!rows) {
    return (
      <p class="muted" aria-busy="true">
        {tr('people_loading')}
      </p>
    );
  }

  if ((sub.name === 'person' || sub.name === 'manage') && (!people || !more || !actions)) {
    // Opened from the first-paint list: the records are a moment away.
    return (
      <p class="muted" aria-busy="true">
        {tr('loading')}
      </p>
    );
  }
  // Past the guard above, a person's page and Backup have the records and the second chunk.
  const m = more!;
  if (sub.name === 'person') {
    const person = byId.get(sub.id);
    const row = rows.find((r) => r.id === sub.id);
    if (!person || !row) {
      // Deleted (here or in another window): back to the list.
      return (
        <div class="people">
          <p class="muted">{tr('people_gone')}</p>
          <button type="button" class="op-link" onClick={() => go({ name: 'list' }, 'people-q')}>
            {tr('people_back')}
          </button>
        </div>
      );
    }
    return (
      <m.PersonDetail
        key={person.id}
        person={person}
        next={row.next}
        actions={actions!}
        today={today}
        announce={announce}
        onBack={() => go({ name: 'list' }, 'people-list-box')}
        onCalendar={(p, id) => {
          const file = m.calendarFile(p, id, tz, t);
          if (!file) return;
          downloadText(file.name, file.text, 'text/calendar');
          announce(tr('people_saved_file', file.name));
        }}
        onDelete={(p) => {
          const name = p.fullName || p.vanityName || p.id;
          actions!.remove(p).then(
            (undo) => {
              go({ name: 'list' }, 'people-list-box');
              toast(tr('people_deleted_one', name), () => void undo().then(() => announce(tr('people_restored_one', name))));
            },
            (e: unknown) => toast(e instanceof Error ? e.message : String(e)),
          );
        }}
      />
    );
  }

  if (sub.name === 'manage') {
    return (
      <m.PeopleManage
        people={people!}
        store={store}
        announce={announce}
        toast={toast}
        inTab={inTab}
        now={now}
        onBack={() => go({ name: 'list' }, 'people-q')}
        timeZone={tz}
        onExported={() => void store().then(async (s) => setStatus(await s.status()))}
      />
    );
  }

  const label = tr(FILTERS.find(([f]) => f === shownFilter)![1]);
  return (
    <section class="people" aria-labelledby="view-title">
      <h2 id="view-title" class="op-sr" tabIndex={-1}>
        {tr('tab_people')}
      </h2>
      {status?.readOnly && (
        <p class="banner bad" role="alert">
          {status.readOnly}
        </p>
      )}
      {status?.notices.map((n) => (
        <p key={n} class="banner" role="note">
          {n}
        </p>
      ))}
      {status?.backupDue && (
        <div class="banner" role="note">
          <p>
            {tr(status.lastExportAt === null ? 'people_backup_none' : 'people_backup_since', status.newSinceExport)} {tr('people_backup_why')}
          </p>
          <div class="op-actions">
            <button
              type="button"
              class="op-btn"
              onClick={() => {
                void store()
                  .then(async (s) => {
                    downloadText(`on-purpose-people-${dateStamp(now())}.json`, await s.exportPeople());
                    announce(tr('people_exported'));
                    setStatus(await s.status());
                  })
                  .catch((e: unknown) => toast(e instanceof Error ? e.message : String(e)));
              }}
            >
              {tr('people_download_backup')}
            </button>
          </div>
        </div>
      )}
      <div class="toolbar">
        <input
          id="people-q"
          type="search"
          aria-label={tr('people_search_label')}
          placeholder={tr('people_search_placeholder')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <label class="op-sr" for="people-filter">
          {tr('people_filter_label')}
        </label>
        <select
          id="people-filter"
          value={shownFilter}
          onChange={(e) => {
            filterChosen.current = true;
            setFilter((e.currentTarget as HTMLSelectElement).value as PeopleFilter);
          }}
        >
          {FILTERS.map(([f, l]) => (
            <option key={f} value={f}>
              {tr(l)} ({c[f]})
            </option>
          ))}
        </select>
        <button type="button" class="op-btn" onClick={() => go({ name: 'manage' }, 'view-title')}>
          {tr('people_manage')}
        </button>
      </div>
      <p class="count" aria-live="polite">
        {shown.length === rows.length ? tr('people_count_all', rows.length) : tr('people_count_shown', [shown.length, rows.length])}
        {query && ` ${tr('people_count_matching', query)}`}
      </p>
      {!rows.length ? (
        <p class="muted">
          {tr('people_empty')}
        </p>
      ) : !shown.length ? (
        <p class="muted">{tr(query ? 'people_none_match' : shownFilter === 'due' ? 'people_none_due' : 'people_none_here')}</p>
      ) : (
        <PeopleList
          key={`${shownFilter}\n${query}`}
          rows={shown}
          activeId={lastId}
          today={today}
          label={tr('people_list_label', label)}
          onOpen={(id) => {
            setLastId(id);
            go({ name: 'person', id }, 'view-title');
          }}
        />
      )}
    </section>
  );
}
