/**
 * The popup shell: loads the library, re-renders on every storage change (library.subscribe),
 * and routes between the list, the editor, saved notes, import/export and settings.
 * Edits go through the library; the list is updated optimistically only for reordering, so
 * keyboard moves feel instant.
 *
 * First render budget (150 ms with 300 templates): this module, the list and quick.ts are all the
 * first paint loads. The library (zod, sync, migrations) and the other views (editor, settings,
 * import/export, saved notes) are dynamic imports started right after that paint; an action taken
 * before they arrive waits for them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../core/schema';
import { newId } from '../core/ids';
import type { Library, LibraryState, SettingsPatch } from '../storage/library';
import { TemplateList, type ListFilter } from './TemplateList';
import { Notices } from './Notices';
import { TabPanel, Tabs, tabId } from './Tabs';
import { LinkedInChanged } from './LinkedInChanged';
import type * as ViewsModule from './views';
import type * as PeopleModule from './people/PeopleTab';
import type { IndexRow } from '../storage/people-index';
import type { PeopleFirst } from './people/PeopleTab';
import type { PeopleStore } from '../storage/people';
import { t as tr, type MessageKey } from '../ui/i18n';

type Views = typeof ViewsModule;
type People = typeof PeopleModule;

type View = { name: 'list' } | { name: 'edit'; id: string | null } | { name: 'saved' } | { name: 'people' } | { name: 'transfer' } | { name: 'settings' };
type Tab = 'list' | 'saved' | 'people' | 'transfer' | 'settings';

interface Toast {
  message: string;
  undo?: () => void;
}

const TOAST_MS = 6000;
const TABS: Array<[Tab, MessageKey]> = [
  ['list', 'tab_templates'],
  ['saved', 'tab_saved'],
  ['people', 'tab_people'],
  ['transfer', 'tab_transfer'],
  ['settings', 'tab_settings'],
];

export interface AppProps {
  /**
   * The library, loaded on first call (a dynamic import, kept out of the first paint). Must return
   * the same promise on every call.
   */
  library(): Promise<Library>;
  /** A provisional state for the first paint (see quick.ts); null: wait for library.load(). */
  initial?: LibraryState | null;
  /** True when opened in a tab (no "Open in a tab" link then). */
  inTab?: boolean;
  onFirstRender?(): void;
  /** The People tab's chunk and its first-paint data, when the popup opens on People (?view=people). */
  people?: { module: People; initial: PeopleFirst | null } | null;
  /** Reads the People index (zod-free, fast): the list before the records are loaded. */
  peopleIndex?(): Promise<IndexRow[] | null>;
  /** The People store, created on first call (a dynamic import); same promise every call. */
  peopleStore?(): Promise<PeopleStore>;
}

export function App({ library, initial = null, inTab, onFirstRender, people: preloaded = null, peopleIndex, peopleStore }: AppProps) {
  const [state, setState] = useState<LibraryState | null>(initial);
  const [views, setViews] = useState<Views | null>(null);
  const [loadError, setLoadError] = useState('');
  const [view, setView] = useState<View>(preloaded ? { name: 'people' } : { name: 'list' });
  const [people, setPeople] = useState<People | null>(preloaded?.module ?? null);
  const [filter, setFilter] = useState<ListFilter>({ query: '', kind: '', tag: '' });
  const [toast, setToast] = useState<Toast | null>(null);
  const [said, setSaid] = useState('');
  const toastRef = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<string | null>(null);
  const firstRendered = useRef(false);

  // Effects run after the first paint: only now load the library and the other views.
  useEffect(() => {
    let off: (() => void) | undefined;
    let gone = false;
    const failed = (e: unknown) => !gone && setLoadError(e instanceof Error ? e.message : String(e));
    library()
      .then((lib) => {
        if (gone) return;
        off = lib.subscribe(setState);
        // The full load (with sync) replaces the provisional first state.
        return lib.load().then((s) => !gone && setState(s));
      })
      .catch(failed);
    import('./views').then((v) => !gone && setViews(v), failed);
    return () => {
      gone = true;
      off?.();
    };
  }, [library]);

  // People opened after the first paint: its chunk comes now.
  useEffect(() => {
    if (view.name !== 'people' || people) return;
    let gone = false;
    import('./people/PeopleTab').then(
      (m) => !gone && setPeople(m),
      (e: unknown) => !gone && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      gone = true;
    };
  }, [view.name, people]);

  useEffect(() => {
    if ((state || view.name === 'people') && !firstRendered.current) {
      firstRendered.current = true;
      onFirstRender?.();
    }
  });

  // Move focus where the last action asked: a row after save or delete, the view heading after
  // navigation. A just-saved template reaches the list with the storage event (and long lists
  // render in two steps), so a missing row is looked for again for a short while.
  useEffect(() => {
    const want = focusAfter.current;
    if (!want || !state) return;
    if (!want.startsWith('row:')) {
      const el = document.getElementById(want);
      // A view still loading: ask again when it has rendered.
      if (!el && !views) return;
      focusAfter.current = null;
      el?.focus();
      return;
    }
    focusAfter.current = null;
    const id = want.slice(4);
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const attempt = () => {
      const row = [...document.querySelectorAll<HTMLElement>('.row')].find((r) => r.dataset.id === id);
      if (!row && ++tries < 20) {
        timer = setTimeout(attempt, 25);
        return;
      }
      done = true;
      (row?.querySelector<HTMLElement>('.row-main') ?? document.getElementById('q'))?.focus();
    };
    attempt();
    return () => {
      clearTimeout(timer);
      // Interrupted by a re-render: the next run picks the request up again.
      if (!done && focusAfter.current === null) focusAfter.current = want;
    };
  });

  // The toast stays while focus or the pointer is in it, so Undo is never pulled away mid-reach.
  useEffect(() => {
    if (!toast) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const el = toastRef.current;
      if (el && (el.contains(document.activeElement) || el.matches(':hover'))) timer = setTimeout(tick, 1000);
      else setToast(null);
    };
    timer = setTimeout(tick, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const announce = (message: string) => {
    // Re-set even for the same text, so screen readers hear it again.
    setSaid('');
    requestAnimationFrame(() => setSaid(message));
  };

  const fail = (e: unknown) => setToast({ message: e instanceof Error ? e.message : String(e) });
  const run = (p: Promise<unknown>) => p.catch(fail);
  /** Runs `f` on the library once it is there (at once, after the first moments). */
  const withLib = <T,>(f: (lib: Library) => Promise<T>): Promise<T> => library().then(f);

  if (loadError) {
    return (
      <div class="app">
        <main>
          <p class="err" role="alert">
            {tr('load_failed', loadError)}
          </p>
        </main>
      </div>
    );
  }
  // Opened on People, the first paint needs only the People index (main.tsx): the library's state
  // arrives after it, and only the other tabs wait for it.
  if (!state && view.name !== 'people') return <div class="app" aria-busy="true" />;

  const templates = state?.templates ?? [];
  const go = (v: View, focus = 'view-title') => {
    setView(v);
    focusAfter.current = focus;
  };
  const tab: Tab = view.name === 'edit' ? 'list' : view.name;

  const onDelete = async (t: Template, next: string | null) => {
    const position = templates.findIndex((x) => x.id === t.id);
    try {
      const gone = await withLib((l) => l.deleteTemplate(t.id));
      focusAfter.current = next ? `row:${next}` : 'q';
      if (!gone) return;
      setToast({
        message: tr('toast_deleted', t.name),
        undo: () => {
          setToast(null);
          focusAfter.current = `row:${t.id}`;
          void run(withLib((l) => l.restoreTemplate(gone, position)).then(() => announce(tr('said_restored', t.name))));
        },
      });
    } catch (e) {
      fail(e);
    }
  };

  const onDuplicate = (t: Template) => {
    const now = Date.now();
    const suffix = ` ${tr('copy_suffix')}`;
    const copy: Template = { ...t, id: newId(), name: t.name.slice(0, 80 - suffix.length) + suffix, tags: [...t.tags], createdAt: now, updatedAt: now };
    // restoreTemplate stores at a position: right below the original, where the user looks.
    const position = templates.findIndex((x) => x.id === t.id) + 1;
    void run(
      withLib((l) => l.restoreTemplate(copy, position)).then(() => {
        focusAfter.current = `row:${copy.id}`;
        announce(tr('said_duplicated', copy.name));
      }),
    );
  };

  const onReorder = (ids: string[]) => {
    const byId = new Map(templates.map((t) => [t.id, t]));
    if (state) setState({ ...state, templates: ids.flatMap((id) => byId.get(id) ?? []) });
    void run(withLib((l) => l.reorder(ids)));
  };

  const saveSettings = (patch: SettingsPatch) => void run(withLib((l) => l.saveSettings(patch)));

  let body;
  if (view.name === 'people') {
    body =
      people && peopleStore ? (
        <people.PeopleTab
          initial={preloaded?.initial ?? null}
          loadIndex={peopleIndex}
          store={peopleStore}
          announce={announce}
          inTab={inTab}
          toast={(message, undo) =>
            setToast({
              message,
              undo: undo
                ? () => {
                    setToast(null);
                    undo();
                  }
                : undefined,
            })
          }
        />
      ) : (
        <p class="muted" aria-busy="true">
          {tr('loading')}
        </p>
      );
  } else if (!state) {
    body = (
      <p class="muted" aria-busy="true">
        {tr('loading')}
      </p>
    );
  } else if (view.name === 'list') {
    body = (
      <TemplateList
        templates={templates}
        settings={state.settings}
        filter={filter}
        onFilter={setFilter}
        onNew={() => go({ name: 'edit', id: null }, 't-name')}
        onEdit={(id) => go({ name: 'edit', id }, 't-name')}
        onDuplicate={onDuplicate}
        onDelete={(t, next) => void onDelete(t, next)}
        onSetDefault={(t) =>
          void run(withLib((l) => l.setDefault(t.kind, t.id)).then(() => announce(tr(t.kind === 'invite' ? 'said_default_invite' : 'said_default_reply', t.name))))
        }
        onReorder={onReorder}
        announce={announce}
      />
    );
  } else if (!views) {
    // Only when a view is opened in the first moments, before its chunk arrived.
    body = (
      <p class="muted" aria-busy="true">
        {tr('loading')}
      </p>
    );
  } else if (view.name === 'edit') {
    const { Editor } = views;
    const t = view.id ? templates.find((x) => x.id === view.id) ?? null : null;
    body = (
      <Editor
        key={view.id ?? 'new'}
        template={t}
        settings={state.settings}
        newId={newId}
        onCancel={() => go({ name: 'list' }, view.id ? `row:${view.id}` : 'q')}
        onSave={async (draft) => {
          const saved = await withLib((l) => l.saveTemplate(draft));
          go({ name: 'list' }, `row:${saved.id}`);
          announce(tr('said_saved', saved.name));
        }}
      />
    );
  } else if (view.name === 'settings') {
    const { SettingsView } = views;
    body = <SettingsView settings={state.settings} sync={state.sync} onSave={saveSettings} />;
  } else if (view.name === 'transfer') {
    const { Transfer } = views;
    body = (
      <Transfer
        templates={templates}
        announce={announce}
        inTab={inTab}
        onImport={async (toAdd) => {
          await withLib((l) => l.saveTemplates(toAdd));
        }}
      />
    );
  } else {
    const { SavedReasons } = views;
    body = (
      <SavedReasons
        reasons={state.savedReasons}
        announce={announce}
        onDelete={(id) => void run(withLib((l) => l.deleteSavedReason(id)).then(() => announce(tr('said_reason_deleted'))))}
      />
    );
  }

  return (
    <div class="app">
      <header class="top">
        <h1>{tr('ext_name')}</h1>
        {!inTab && (
          <a href={view.name === 'people' ? 'index.html?tab=1&view=people' : 'index.html?tab=1'} target="_blank" rel="noopener">
            {tr('open_in_tab')}
          </a>
        )}
      </header>
      <Tabs
        label={tr('tabs_label')}
        tabs={TABS.map(([id, label]) => ({
          id,
          label: id === 'saved' && state && state.savedReasons.length > 0 ? `${tr(label)} (${state.savedReasons.length})` : tr(label),
        }))}
        selected={tab}
        onSelect={(id, how) =>
          go(id === 'list' ? { name: 'list' } : { name: id }, how === 'keyboard' ? tabId('tab', id) : id === 'list' ? 'q' : 'view-title')
        }
      />
      <main>
        {state && (
          <Notices
            state={state}
            onDismissSetAside={() => void run(withLib((l) => l.clearSetAside()).then(() => announce(tr('said_set_aside_deleted'))))}
            onOpenSettings={() => go({ name: 'settings' })}
            onRepair={() => run(withLib((l) => l.repair()).then((s) => (setState(s), announce(tr('notice_repaired')))))}
          />
        )}
        <LinkedInChanged />
        <TabPanel selected={tab}>{body}</TabPanel>
      </main>
      <div class="op-sr" role="status" aria-live="polite">
        {said}
      </div>
      <div class="toast" ref={toastRef} role="status">
        {toast && (
          <>
            <span>{toast.message}</span>
            {toast.undo && (
              <button type="button" onClick={toast.undo}>
                {tr('undo')}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
