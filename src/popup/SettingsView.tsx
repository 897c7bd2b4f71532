/**
 * Settings. Choices save at once; text fields save as you type (debounced) and on blur, so
 * closing the popup never loses an edit.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuardMode, NoteLimitSetting, Settings } from '../core/schema';
import type { SettingsPatch, SyncStatus } from '../storage/library';
import { ShortcutInfo } from './ShortcutInfo';

export interface SettingsViewProps {
  settings: Settings;
  sync: SyncStatus;
  onSave(patch: SettingsPatch): void;
}

const MODES: Array<[GuardMode, string, string]> = [
  ['strict', 'Strict', 'A blank or generic invitation cannot be sent at all.'],
  ['nudge', 'Nudge', 'Stops a blank or generic invitation, and lets you send it anyway with a second, deliberate click.'],
  ['off', 'Off', 'Never stops an invitation; templates are still offered.'],
];

const LIMITS: Array<[NoteLimitSetting, string, string]> = [
  ['auto', 'Automatic', 'Read from LinkedIn when it shows a counter, otherwise 200.'],
  ['200', '200 characters', 'Free accounts.'],
  ['300', '300 characters', 'Premium accounts.'],
];

/** Debounces text settings; flush() on blur and on unmount. */
function useDebouncedSave(onSave: (p: SettingsPatch) => void) {
  const pending = useRef<SettingsPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = () => {
    clearTimeout(timer.current);
    if (Object.keys(pending.current).length) onSave(pending.current);
    pending.current = {};
  };
  useEffect(() => flush, []);
  return {
    queue(p: SettingsPatch) {
      pending.current = { ...pending.current, ...p };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, 500);
    },
    flush,
  };
}

/** One labelled radio group: each option with its one-line explanation. */
function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: ReadonlyArray<readonly [T, string, string]>;
  value: T;
  onPick(value: T): void;
}) {
  return (
    <fieldset class="field">
      <legend>{props.legend}</legend>
      <div class="radios">
        {props.options.map(([value, label, help]) => (
          <label key={value}>
            <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onPick(value)} />
            <span>
              {label}
              <small>{help}</small>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SettingsView({ settings: stored, sync, onSave: save }: SettingsViewProps) {
  // Choices show at once and stay shown until storage reports them: the change event of an
  // earlier save must not flip a radio the user has just chosen back for a moment.
  const [optimistic, setOptimistic] = useState<SettingsPatch>({});
  useEffect(() => {
    setOptimistic((o) => {
      const same = (k: string, v: unknown) => JSON.stringify(stored[k as keyof typeof stored]) === JSON.stringify(v);
      const left = Object.fromEntries(Object.entries(o).filter(([k, v]) => !same(k, v)));
      return Object.keys(left).length === Object.keys(o).length ? o : left;
    });
  }, [stored]);
  const settings = { ...stored, ...optimistic };
  const onSave = (patch: SettingsPatch) => {
    setOptimistic((o) => ({ ...o, ...patch }));
    save(patch);
  };
  const [name, setName] = useState(settings.myFirstName);
  const [phrases, setPhrases] = useState(settings.extraGenericPhrases.join('\n'));
  const text = useDebouncedSave(onSave);
  const phraseList = (s: string) => s.split('\n').map((p) => p.trim()).filter(Boolean);

  return (
    <div class="settings">
      <h2 id="view-title" tabIndex={-1}>
        Settings
      </h2>
      <Choice legend="Invite guard" name="guard" options={MODES} value={settings.guardMode} onPick={(guardMode) => onSave({ guardMode })} />
      <Choice legend="Note length limit" name="limit" options={LIMITS} value={settings.noteLimit} onPick={(noteLimit) => onSave({ noteLimit })} />
      <div class="field">
        <label for="s-name">Your first name</label>
        <input
          id="s-name"
          type="text"
          autocomplete="given-name"
          maxLength={60}
          value={name}
          aria-describedby="s-name-help"
          onInput={(e) => {
            setName(e.currentTarget.value);
            text.queue({ myFirstName: e.currentTarget.value.trim() });
          }}
          onBlur={text.flush}
        />
        <p class="muted" id="s-name-help">
          Used for {'{myFirstName}'} in templates.
        </p>
      </div>
      <div class="field">
        <label for="s-phrases">Your own generic phrases</label>
        <textarea
          id="s-phrases"
          rows={4}
          value={phrases}
          aria-describedby="s-phrases-help"
          onInput={(e) => {
            setPhrases(e.currentTarget.value);
            text.queue({ extraGenericPhrases: phraseList(e.currentTarget.value).slice(0, 100) });
          }}
          onBlur={text.flush}
        />
        <p class="muted" id="s-phrases-help">
          One per line. A note made only of these (and greetings) counts as generic, like LinkedIn's stock text.
        </p>
      </div>
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={settings.syncEnabled} onChange={(e) => onSave({ syncEnabled: e.currentTarget.checked })} />
          Sync templates and settings through your browser account
        </label>
        <p class="muted" role="status">
          {syncSummary(sync)}
        </p>
        {sync.unsynced.length > 0 && (
          <ul class="preview-list" aria-label="Not synced">
            {sync.unsynced.map((u) => (
              <li key={u.id}>
                “{u.name}”: {UNSYNCED_WHY[u.reason]}
              </li>
            ))}
          </ul>
        )}
      </div>
      <ShortcutInfo />
    </div>
  );
}

const UNSYNCED_WHY: Record<SyncStatus['unsynced'][number]['reason'], string> = {
  'too-large': 'too large for sync (8 KB per template); kept on this browser.',
  quota: 'sync storage is full (about 100 KB); kept on this browser.',
  'max-items': 'too many items for sync; kept on this browser.',
  'rate-limit': 'waiting: too many changes in a short time; it will sync shortly.',
  error: 'sync failed; it will retry. Kept on this browser.',
};

export function syncSummary(sync: SyncStatus): string {
  if (sync.state === 'off') return sync.message || 'Sync is off: your templates stay on this browser only.';
  return sync.message;
}
