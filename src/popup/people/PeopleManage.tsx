/**
 * People's backup and reminders: export (JSON to keep, CSV for a spreadsheet), import a backup
 * (preview first, merged, all or nothing), import LinkedIn's Connections.csv (connection dates for
 * people in the log; optionally the others as accepted with no reason), the opt-in daily
 * notification, and "delete everything in People" with an undo. It says, where the export is, that
 * uninstalling wipes local data: People are never synced.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Person } from '../../core/people/model';
import type { PeopleStore } from '../../storage/people-interim';
import { parseConnectionsCsv, type ConnectionRow } from '../../core/people-interim';
import { browser } from '../../storage/browser';
import { localArea } from '../../storage/areas';
import { readReminders, writeReminders } from '../../storage/reminder-settings';
import { dateStamp, downloadText } from '../download';
import { markBackedUp } from './backup-store';
import { peopleCsv, previewImport, type ImportPreview } from './exchange';
import { connectionsPlan, type ConnectionsPlan } from './connections';

export interface PeopleManageProps {
  people: readonly Person[];
  store(): Promise<PeopleStore>;
  announce(message: string): void;
  toast(message: string, undo?: () => void): void;
  onBack(): void;
  onBackedUp(at: number): void;
  inTab?: boolean;
  now?: () => number;
}

// Firefox closes a toolbar popup when its file picker opens (as in Transfer.tsx).
const POPUP_LOSES_FILE_PICKER = typeof navigator !== 'undefined' && /Firefox\//.test(navigator.userAgent);
const msg = (e: unknown) => (e instanceof Error ? e.message : String(e));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function PeopleManage({ people, store, announce, toast, onBack, onBackedUp, inTab, now = Date.now }: PeopleManageProps) {
  const [backup, setBackup] = useState<{ name: string; text: string; preview: ImportPreview } | null>(null);
  const [conn, setConn] = useState<{ name: string; rows: ConnectionRow[]; plan: ConnectionsPlan } | null>(null);
  const [addRest, setAddRest] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [daily, setDaily] = useState<boolean | null>(null);
  const [dailyNote, setDailyNote] = useState('');
  const [confirmWipe, setConfirmWipe] = useState(false);

  useEffect(() => {
    void Promise.all([readReminders(localArea()), browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false)]).then(([r, granted]) => {
      setDaily(r.daily && granted);
      if (r.daily && !granted) setDailyNote('The permission to show notifications was removed, so the daily notification is off.');
    });
  }, []);

  const exportJson = async () => {
    const at = now();
    downloadText(`on-purpose-people-${dateStamp(at)}.json`, await (await store()).exportPeople());
    await markBackedUp(at);
    onBackedUp(at);
    announce(`Exported ${plural(people.length, 'person', 'people')}.`);
  };
  const exportCsv = () => {
    downloadText(`on-purpose-people-${dateStamp(now())}.csv`, peopleCsv(people), 'text/csv');
    announce(`Exported ${plural(people.length, 'person', 'people')} as CSV.`);
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
    const r = previewImport(f.text, people);
    if (!r.ok) setError(`“${f.name}” cannot be imported. ${r.message} Nothing was changed.`);
    else setBackup({ ...f, preview: r.preview });
  };
  const onConnectionsFile = async (input: HTMLInputElement) => {
    const f = await readFile(input);
    if (!f) return;
    const r = parseConnectionsCsv(f.text);
    if (!r.ok) setError(`“${f.name}” cannot be imported. ${r.message} Nothing was changed.`);
    else setConn({ name: f.name, rows: r.rows, plan: connectionsPlan(r.rows, people) });
  };

  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await f();
    } catch (e) {
      setError(`${msg(e)} Nothing was changed.`);
    } finally {
      setBusy(false);
    }
  };

  const onDaily = (input: HTMLInputElement) => {
    const want = input.checked;
    setDailyNote('');
    if (want) {
      // Requested in the click's own task: both browsers grant optional permissions only from a user gesture.
      browser.permissions.request({ permissions: ['notifications'] }).then(
        async (granted) => {
          if (!granted) {
            setDaily(false);
            setDailyNote('Without the permission there is no notification; the count on the toolbar icon still shows who is due.');
            return;
          }
          await writeReminders(localArea(), { daily: true });
          setDaily(true);
          announce('One notification a day when someone is due.');
        },
        (e: unknown) => {
          setDaily(false);
          setDailyNote(msg(e));
        },
      );
    } else {
      void writeReminders(localArea(), { daily: false }).then(() => {
        setDaily(false);
        announce('Daily notification off.');
        // Give the permission back: nothing else uses it.
        void browser.permissions.remove({ permissions: ['notifications'] }).catch(() => undefined);
      });
    }
  };

  return (
    <section class="pmanage" aria-labelledby="view-title">
      <div class="toolbar">
        <button type="button" class="op-link" onClick={onBack}>
          ← All people
        </button>
      </div>
      <h2 id="view-title" tabIndex={-1}>
        People: backup and reminders
      </h2>
      {error && (
        <p class="op-alert" role="alert">
          {error}
        </p>
      )}

      <section class="card" aria-labelledby="pm-export">
        <h3 id="pm-export">Export</h3>
        <p class="warn">People are kept in this browser only and never synced. Uninstalling On Purpose deletes them: keep an export.</p>
        <div class="op-actions">
          <button type="button" class="op-btn op-primary" disabled={!people.length} onClick={() => void exportJson().catch((e: unknown) => setError(msg(e)))}>
            Export backup (.json)
          </button>
          <button type="button" class="op-btn" disabled={!people.length} onClick={exportCsv}>
            Export for a spreadsheet (.csv)
          </button>
        </div>
        <p class="muted">The .json file can be imported again here, in any browser; the .csv is for reading.</p>
      </section>

      <section class="card" aria-labelledby="pm-import">
        <h3 id="pm-import">Import</h3>
        {POPUP_LOSES_FILE_PICKER && !inTab ? (
          <p class="muted">
            Firefox closes this popup when a file picker opens:{' '}
            <a href="index.html?tab=1&view=people" target="_blank" rel="noopener">
              open People in a tab
            </a>{' '}
            to import.
          </p>
        ) : (
          <>
            <div class="field">
              <label for="pm-backup-file">A People backup (.json)</label>
              <input id="pm-backup-file" type="file" accept=".json,application/json" onChange={(e) => void onBackupFile(e.currentTarget as HTMLInputElement)} />
            </div>
            {backup && (
              <div class="card" role="group" aria-label="Backup preview">
                <p>
                  “{backup.name}”: {plural(backup.preview.total, 'person', 'people')}. {plural(backup.preview.added, 'new person', 'new people')},{' '}
                  {backup.preview.merged} merged with what you have, {backup.preview.unchanged} already up to date.
                </p>
                <p class="muted">Merging keeps everything from both sides: notes, follow-ups, events and evidence.</p>
                <div class="op-actions">
                  <button
                    type="button"
                    class="op-btn op-primary"
                    disabled={busy || backup.preview.added + backup.preview.merged === 0}
                    onClick={() =>
                      void run(async () => {
                        const r = await (await store()).importPeople(backup.text);
                        setBackup(null);
                        announce(`Imported: ${plural(r.added, 'new person', 'new people')}, ${r.updated} updated.`);
                      })
                    }
                  >
                    Import
                  </button>
                  <button type="button" class="op-btn" onClick={() => setBackup(null)}>
                    Cancel
                  </button>
                </div>
              </div>
            )}
            <div class="field">
              <label for="pm-conn-file">LinkedIn’s Connections.csv</label>
              <input id="pm-conn-file" type="file" accept=".csv,text/csv" onChange={(e) => void onConnectionsFile(e.currentTarget as HTMLInputElement)} />
              <p class="muted">From LinkedIn’s “Get a copy of your data”. Adds the date you connected to people in People.</p>
            </div>
            {conn && (
              <div class="card" role="group" aria-label="Connections.csv preview">
                <p>
                  “{conn.name}”: {plural(conn.rows.length, 'connection')}. {conn.plan.matched.length} of them {conn.plan.matched.length === 1 ? 'is' : 'are'} in People;{' '}
                  {conn.plan.dated} will get their connection date.
                </p>
                {conn.plan.rest.length > 0 && (
                  <label class="check">
                    <input type="checkbox" checked={addRest} onChange={(e) => setAddRest((e.currentTarget as HTMLInputElement).checked)} />
                    Also add the other {plural(conn.plan.rest.length, 'connection')} to People, as accepted with no reason
                  </label>
                )}
                <div class="op-actions">
                  <button
                    type="button"
                    class="op-btn op-primary"
                    disabled={busy || (conn.plan.matched.length === 0 && !(addRest && conn.plan.rest.length))}
                    onClick={() =>
                      void run(async () => {
                        const r = await conn.plan.apply(await store(), addRest, now());
                        setConn(null);
                        announce(`Connections.csv: ${plural(r.dated, 'connection date')} added${r.added ? `, ${plural(r.added, 'person', 'people')} added` : ''}.`);
                      })
                    }
                  >
                    Import
                  </button>
                  <button type="button" class="op-btn" onClick={() => setConn(null)}>
                    Cancel
                  </button>
                </div>
              </div>
            )}
          </>
        )}
      </section>

      <section class="card" aria-labelledby="pm-remind">
        <h3 id="pm-remind">Reminders</h3>
        <p class="muted">The toolbar icon shows how many people are due a follow-up.</p>
        <label class="check">
          <input type="checkbox" checked={daily === true} disabled={daily === null} onChange={(e) => onDaily(e.currentTarget as HTMLInputElement)} />
          Also one notification a day (at 9:00) when someone is due
        </label>
        <p class="muted">{dailyNote || 'Your browser asks for permission to show notifications the first time.'}</p>
      </section>

      <section class="card" aria-labelledby="pm-wipe">
        <h3 id="pm-wipe">Delete</h3>
        {!confirmWipe ? (
          <div class="op-actions">
            <button type="button" class="op-btn danger" disabled={!people.length} onClick={() => setConfirmWipe(true)}>
              Delete everything in People…
            </button>
          </div>
        ) : (
          <div role="group" aria-label="Confirm deletion">
            <p>Delete all {plural(people.length, 'person', 'people')}, with their notes and follow-ups? You can undo right after.</p>
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
                    toast(`Deleted ${plural(n, 'person', 'people')} from People.`, () => void undo().then(() => announce('People restored.'), (e: unknown) => toast(msg(e))));
                    onBack();
                  })
                }
              >
                Delete everything
              </button>
              <button type="button" class="op-btn" onClick={() => setConfirmWipe(false)}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </section>
    </section>
  );
}
