/**
 * People's backup and reminders: export (JSON to keep, CSV for a spreadsheet), import a backup
 * (preview first, merged, all or nothing), import LinkedIn's Connections.csv (connection dates for
 * people in the log; optionally the others as accepted with no reason), the opt-in daily
 * notification, and "delete everything in People" with an undo. It says, where the export is, that
 * uninstalling wipes local data: People are never synced.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Person } from '../../core/people/model';
import type { PeopleStore } from '../../storage/people';
import { mergeConnections, parseConnectionsCsv, peopleToCsv } from '../../core/people/csv';
import { mergePerson, parsePeopleImport } from '../../core/people/exchange';
import { browser } from '../../storage/browser';
import { localArea } from '../../storage/areas';
import { readReminders, writeReminders } from '../../storage/reminder-settings';
import { dateStamp, downloadText } from '../download';
import { t as tr } from '../../ui/i18n';

export interface PeopleManageProps {
  people: readonly Person[];
  store(): Promise<PeopleStore>;
  announce(message: string): void;
  toast(message: string, undo?: () => void): void;
  onBack(): void;
  /** After an export (the backup reminder starts counting again). */
  onExported(): void;
  timeZone: string;
  inTab?: boolean;
  now?: () => number;
}

// Firefox closes a toolbar popup when its file picker opens (as in Transfer.tsx).
const POPUP_LOSES_FILE_PICKER = typeof navigator !== 'undefined' && /Firefox\//.test(navigator.userAgent);
const msg = (e: unknown) => (e instanceof Error ? e.message : String(e));
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

export interface ImportPreview {
  total: number;
  added: number;
  merged: number;
  unchanged: number;
}

/** What importing these people would do: new ones, ones the merge changes, ones already up to date. */
export function previewPeople(incoming: readonly Person[], have: readonly Person[]): ImportPreview {
  const byId = new Map(have.map((p) => [p.id, p]));
  const out: ImportPreview = { total: incoming.length, added: 0, merged: 0, unchanged: 0 };
  for (const p of incoming) {
    const h = byId.get(p.id);
    if (!h) out.added++;
    else if (JSON.stringify(mergePerson(h, p)) === JSON.stringify(h)) out.unchanged++;
    else out.merged++;
  }
  return out;
}

interface ConnectionsPreview {
  rows: number;
  backfilled: number;
  matched: number;
  rest: number;
}

export function PeopleManage({ people, store, announce, toast, onBack, onExported, timeZone, inTab, now = Date.now }: PeopleManageProps) {
  const [backup, setBackup] = useState<{ name: string; text: string; preview: ImportPreview } | null>(null);
  const [conn, setConn] = useState<{ name: string; text: string; preview: ConnectionsPreview } | null>(null);
  const [addRest, setAddRest] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [daily, setDaily] = useState<boolean | null>(null);
  const [dailyNote, setDailyNote] = useState('');
  const [confirmWipe, setConfirmWipe] = useState(false);

  useEffect(() => {
    void Promise.all([readReminders(localArea()), browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false)]).then(([r, granted]) => {
      setDaily(r.daily && granted);
      if (r.daily && !granted) setDailyNote(tr('people_daily_revoked'));
    });
  }, []);

  const exportJson = async () => {
    downloadText(`on-purpose-people-${dateStamp(now())}.json`, await (await store()).exportPeople());
    onExported();
    announce(tr('people_exported_n', people.length));
  };
  const exportCsv = () => {
    downloadText(`on-purpose-people-${dateStamp(now())}.csv`, peopleToCsv(people, { timeZone, now: now() }), 'text/csv');
    announce(tr('people_exported_csv', people.length));
  };

  const readFile = async (input: HTMLInputElement): Promise<{ name: string; text: string } | null> => {
    const f = input.files?.[0];
    input.value = '';
    setError('');
    setBackup(null);
    setConn(null);
    if (!f) return null;
    return { name: f.name, text: await f.text() };
  };

  const onBackupFile = async (input: HTMLInputElement) => {
    const f = await readFile(input);
    if (!f) return;
    const r = parsePeopleImport(f.text);
    if (!r.ok) setError(tr('people_import_bad', [f.name, sentence(r.error.message)]));
    else setBackup({ ...f, preview: previewPeople(r.people, people) });
  };
  const onConnectionsFile = async (input: HTMLInputElement) => {
    const f = await readFile(input);
    if (!f) return;
    const r = parseConnectionsCsv(f.text);
    if (!r.ok) {
      setError(r.error.line ? tr('people_import_bad_line', [f.name, sentence(r.error.message), r.error.line]) : tr('people_import_bad', [f.name, sentence(r.error.message)]));
      return;
    }
    const t = now();
    const only = mergeConnections(people, r.rows, { addRest: false, now: t, timeZone });
    const all = mergeConnections(people, r.rows, { addRest: true, now: t, timeZone });
    setConn({ name: f.name, text: f.text, preview: { rows: r.rows.length, backfilled: only.backfilled, matched: r.rows.length - only.unmatched, rest: all.added } });
  };

  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await f();
    } catch (e) {
      setError(tr('people_nothing_changed', msg(e)));
    } finally {
      setBusy(false);
    }
  };

  const onDaily = (input: HTMLInputElement) => {
    const want = input.checked;
    setDailyNote('');
    if (want) {
      // Requested first, in the click's own task: both browsers grant optional permissions only from
      // a user gesture. The wish is stored at once too, because Firefox may close the popup while its
      // permission prompt is up; the worker notifies only when both the wish and the permission hold.
      const asked = browser.permissions.request({ permissions: ['notifications'] });
      const area = localArea();
      const wished = writeReminders(area, { daily: true });
      asked.then(
        (granted) => {
          if (!granted) {
            void wished.then(() => writeReminders(area, { daily: false }));
            setDaily(false);
            setDailyNote(tr('people_daily_denied'));
            return;
          }
          setDaily(true);
          announce(tr('people_daily_on'));
        },
        (e: unknown) => {
          void wished.then(() => writeReminders(area, { daily: false }));
          setDaily(false);
          setDailyNote(msg(e));
        },
      );
    } else {
      void writeReminders(localArea(), { daily: false }).then(() => {
        setDaily(false);
        announce(tr('people_daily_off'));
        // Give the permission back: nothing else uses it.
        void browser.permissions.remove({ permissions: ['notifications'] }).catch(() => undefined);
      });
    }
  };

  return (
    <section class="pmanage" aria-labelledby="view-title">
      <div class="toolbar">
        <button type="button" class="op-link" onClick={onBack}>
          {tr('people_back')}
        </button>
      </div>
      <h2 id="view-title" tabIndex={-1}>
        {tr('people_manage_title')}
      </h2>
      {error && (
        <p class="op-alert" role="alert">
          {error}
        </p>
      )}

      <section class="card" aria-labelledby="pm-export">
        <h3 id="pm-export">{tr('people_export_title')}</h3>
        <p class="warn">{tr('people_export_warn')}</p>
        <div class="op-actions">
          <button type="button" class="op-btn op-primary" disabled={!people.length} onClick={() => void exportJson().catch((e: unknown) => setError(msg(e)))}>
            {tr('people_export_json')}
          </button>
          <button type="button" class="op-btn" disabled={!people.length} onClick={exportCsv}>
            {tr('people_export_csv')}
          </button>
        </div>
        <p class="muted">{tr('people_export_hint')}</p>
      </section>

      <section class="card" aria-labelledby="pm-import">
        <h3 id="pm-import">{tr('people_import_title')}</h3>
        {POPUP_LOSES_FILE_PICKER && !inTab ? (
          <p class="muted">
            {tr('people_ff_before')}{' '}
            <a href="index.html?tab=1&view=people" target="_blank" rel="noopener">
              {tr('people_ff_link')}
            </a>{' '}
            {tr('people_ff_after')}
          </p>
        ) : (
          <>
            <div class="field">
              <label for="pm-backup-file">{tr('people_backup_file')}</label>
              <input id="pm-backup-file" type="file" accept=".json,application/json" onChange={(e) => void onBackupFile(e.currentTarget as HTMLInputElement)} />
            </div>
            {backup && (
              <div class="card" role="group" aria-label={tr('people_backup_preview')}>
                <p>
                  {tr('people_backup_summary', [backup.name, backup.preview.total, backup.preview.added, backup.preview.merged, backup.preview.unchanged])}
                </p>
                <p class="muted">{tr('people_backup_merge_hint')}</p>
                <div class="op-actions">
                  <button
                    type="button"
                    class="op-btn op-primary"
                    disabled={busy || backup.preview.added + backup.preview.merged === 0}
                    onClick={() =>
                      void run(async () => {
                        const r = await (await store()).importPeople(backup.text);
                        if (!r.ok) throw new Error(r.message);
                        setBackup(null);
                        announce(tr('people_imported', [r.added, r.updated]));
                      })
                    }
                  >
                    {tr('people_import_button')}
                  </button>
                  <button type="button" class="op-btn" onClick={() => setBackup(null)}>
                    {tr('cancel')}
                  </button>
                </div>
              </div>
            )}
            <div class="field">
              <label for="pm-conn-file">{tr('people_conn_file')}</label>
              <input id="pm-conn-file" type="file" accept=".csv,text/csv" onChange={(e) => void onConnectionsFile(e.currentTarget as HTMLInputElement)} />
              <p class="muted">{tr('people_conn_hint')}</p>
            </div>
            {conn && (
              <div class="card" role="group" aria-label={tr('people_conn_preview')}>
                <p>
                  {tr('people_conn_summary', [conn.name, conn.preview.rows, conn.preview.matched, conn.preview.backfilled])}
                </p>
                {conn.preview.rest > 0 && (
                  <label class="check">
                    <input type="checkbox" checked={addRest} onChange={(e) => setAddRest((e.currentTarget as HTMLInputElement).checked)} />
                    {tr('people_conn_add_rest', conn.preview.rest)}
                  </label>
                )}
                <div class="op-actions">
                  <button
                    type="button"
                    class="op-btn op-primary"
                    disabled={busy || (conn.preview.matched === 0 && !(addRest && conn.preview.rest))}
                    onClick={() =>
                      void run(async () => {
                        const r = await (await store()).importPeople(conn.text, { format: 'connections-csv', addUnknown: addRest });
                        if (!r.ok) throw new Error(r.message);
                        setConn(null);
                        announce(tr('people_conn_imported', [r.updated, r.added]));
                      })
                    }
                  >
                    {tr('people_import_button')}
                  </button>
                  <button type="button" class="op-btn" onClick={() => setConn(null)}>
                    {tr('cancel')}
                  </button>
                </div>
              </div>
            )}
          </>
        )}
      </section>

      <section class="card" aria-labelledby="pm-remind">
        <h3 id="pm-remind">{tr('people_remind_title')}</h3>
        <p class="muted">{tr('people_remind_badge')}</p>
        <label class="check">
          <input type="checkbox" checked={daily === true} disabled={daily === null} onChange={(e) => onDaily(e.currentTarget as HTMLInputElement)} />
          {tr('people_remind_daily')}
        </label>
        <p class="muted">{dailyNote || tr('people_remind_permission')}</p>
      </section>

      <section class="card" aria-labelledby="pm-wipe">
        <h3 id="pm-wipe">{tr('delete')}</h3>
        {!confirmWipe ? (
          <div class="op-actions">
            <button type="button" class="op-btn danger" disabled={!people.length} onClick={() => setConfirmWipe(true)}>
              {tr('people_wipe')}
            </button>
          </div>
        ) : (
          <div role="group" aria-label={tr('people_wipe_confirm')}>
            <p>{tr('people_wipe_question', people.length)}</p>
            <div class="op-actions">
              <button
                type="button"
                class="op-btn danger"
                autoFocus
                onClick={() =>
                  void run(async () => {
                    const n = people.length;
                    const undo = await (await store()).removeAll();
                    setConfirmWipe(false);
                    toast(tr('people_wiped', n), () => void undo().then(() => announce(tr('people_restored')), (e: unknown) => toast(msg(e))));
                    onBack();
                  })
                }
              >
                {tr('people_wipe_button')}
              </button>
              <button type="button" class="op-btn" onClick={() => setConfirmWipe(false)}>
                {tr('cancel')}
              </button>
            </div>
          </div>
        )}
      </section>
    </section>
  );
}
