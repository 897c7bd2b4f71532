/**
 * The People tab: search and filters over a windowed list, one person's page, and "Backup and
 * reminders" (export, import, Connections.csv, the daily notification, delete everything).
 *
 * First paint: `initial` draws the list at once, either the list's first screen (storage/people-head.ts:
 * counts and the first rows of the opening filter) or the whole index (storage/people-index.ts),
 * both zod-free reads of storage.local. With only the first screen, the index is read right after
 * the paint (`loadIndex`), before a filter or a search could need it. The People store (zod on every
 * read, set-aside, migrations) loads after that and replaces it, then keeps it current through its
 * change subscription. An action taken before the store is there waits for it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Person } from '../../core/people/model';
import type { IndexRow } from '../../storage/people-index';
import type { PeopleHead } from '../../storage/people-head';
import type { PeopleStore } from '../../storage/people';
import { PeopleList } from './PeopleList';
import { FILTERS, counts, pick, rowsFromIndex, type PeopleFilter } from './rows';
import type { PeopleStatus } from '../../storage/people';
import type * as MoreModule from './more';
import { dateStamp, downloadText } from '../download';
import { localDay } from './dates';
import { t as tr } from '../../ui/i18n';

/** What the first paint draws from: the list's first screen, or the whole index. */
export type PeopleFirst = { head: PeopleHead } | { rows: IndexRow[] };

export interface PeopleTabProps {
  /** The first paint's data; null: read the index (loadIndex), else wait for the store. */
  initial: PeopleFirst | null;
  /** Reads the whole index (zod-free): after a first paint from the head, or when there is no initial. */
  loadIndex?(): Promise<IndexRow[] | null>;
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

export function PeopleTab({ initial, loadIndex, store, announce, toast, inTab, now = Date.now, timeZone, onFirstRender }: PeopleTabProps) {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [index, setIndex] = useState<IndexRow[] | null>(initial && 'rows' in initial ? initial.rows : null);
  const head = initial && 'head' in initial ? initial.head : null;
  const [more, setMore] = useState<typeof MoreModule | null>(null);
  const [status, setStatus] = useState<PeopleStatus | null>(null);
  const [loadError, setLoadError] = useState('');
  const [sub, setSub] = useState<Sub>({ name: 'list' });
  // null until the user picks one (the tab then opens on Due or All, below).
  const [filter, setFilter] = useState<PeopleFilter | null>(null);
  const [query, setQuery] = useState('');
  const [lastId, setLastId] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  const tz = timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const t = now();
  const today = localDay(t);

  useEffect(() => {
    if (index || !loadIndex) return;
    let gone = false;
    // Right after the first paint: every row, so filters, counts and search are whole at once.
    loadIndex().then(
      (rows) => !gone && rows && setIndex(rows),
      () => undefined, // the store's load below is the fallback, and says what went wrong
    );
    return () => {
      gone = true;
    };
  }, []);

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

  const whole = useMemo(() => (people && more ? more.toRows(people, t, tz, today) : index ? rowsFromIndex(index, today) : null), [people, more, index, today, tz]);
  // Only the first screen so far (the head): its rows are that filter's first ones, in order.
  const partial = !whole && head ? head : null;
  const rows = useMemo(() => whole ?? (head ? rowsFromIndex(head.rows, today) : null), [whole, head, today]);
  const byId = useMemo(() => new Map((people ?? []).map((p) => [p.id, p])), [people]);
  const c = useMemo(() => (partial ? partial.counts : counts(rows ?? [])), [partial, rows]);
  // Open on "Due" when someone is due (what the badge pointed at), else on "All"; until the user picks
  // (state, not a ref: picking "All" while Due is shown must re-render even though nothing else changed).
  const shownFilter: PeopleFilter = filter ?? (c.due ? 'due' : 'all');
  const shown = useMemo(() => pick(rows ?? [], shownFilter, query), [rows, shownFilter, query]);
  // With the head alone, only its own filter, unsearched, can be shown whole: anything else waits.
  const waiting = Boolean(partial && (shownFilter !== partial.filter || query));
  const shownTotal = partial ? c[shownFilter] : shown.length;
  const total = partial ? c.all : (rows?.length ?? 0);

  const firstDone = useRef(false);
  useEffect(() => {
    if (rows && !firstDone.current) {
      firstDone.current = true;
      // What the first paint was drawn from, for the tests and the benchmark: head, index or records.
      document.documentElement.dataset.peopleFirst = partial ? 'head' : people ? 'records' : 'index';
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
          onChange={(e) => setFilter((e.currentTarget as HTMLSelectElement).value as PeopleFilter)}
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
        {shownTotal === total ? tr('people_count_all', total) : tr('people_count_shown', [shownTotal, total])}
        {query && ` ${tr('people_count_matching', query)}`}
      </p>
      {!total ? (
        <p class="muted">
          {tr('people_empty')}
        </p>
      ) : waiting ? (
        <p class="muted" aria-busy="true">
          {tr('people_loading')}
        </p>
      ) : !shown.length ? (
        <p class="muted">{tr(query ? 'people_none_match' : shownFilter === 'due' ? 'people_none_due' : 'people_none_here')}</p>
      ) : (
        <PeopleList
          key={`${shownFilter}\n${query}`}
          rows={shown}
          total={shownTotal}
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
