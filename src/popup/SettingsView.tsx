/**
 * Settings. Choices save at once; text fields save as you type (debounced) and on blur, so
 * closing the popup never loses an edit.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuardMode, NoteLimitSetting, Settings } from '../core/schema';
import type { SettingsPatch, SyncStatus } from '../storage/library';
import { ShortcutInfo } from './ShortcutInfo';
import { t, type MessageKey } from '../ui/i18n';

export interface SettingsViewProps {
  settings: Settings;
  sync: SyncStatus;
  onSave(patch: SettingsPatch): void;
}

// Message keys, resolved at render time (the language is the browser's, known only at run time).
const MODES: Array<[GuardMode, MessageKey, MessageKey]> = [
  ['strict', 'mode_strict', 'mode_strict_help'],
  ['nudge', 'mode_nudge', 'mode_nudge_help'],
  ['off', 'mode_off', 'mode_off_help'],
];

const LIMITS: Array<[NoteLimitSetting, MessageKey, MessageKey]> = [
  ['auto', 'limit_auto', 'limit_auto_help'],
  ['200', 'limit_200', 'limit_200_help'],
  ['300', 'limit_300', 'limit_300_help'],
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
  options: ReadonlyArray<readonly [T, MessageKey, MessageKey]>;
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
              {t(label)}
              <small>{t(help)}</small>
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
        {t('tab_settings')}
      </h2>
      <Choice legend={t('set_guard')} name="guard" options={MODES} value={settings.guardMode} onPick={(guardMode) => onSave({ guardMode })} />
      <Choice legend={t('set_limit')} name="limit" options={LIMITS} value={settings.noteLimit} onPick={(noteLimit) => onSave({ noteLimit })} />
      <div class="field">
        <label for="s-name">{t('var_my_first_name')}</label>
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
          {t('set_name_help', '{myFirstName}')}
        </p>
      </div>
      <div class="field">
        <label for="s-phrases">{t('set_phrases')}</label>
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
          {t('set_phrases_help')}
        </p>
      </div>
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={settings.syncEnabled} onChange={(e) => onSave({ syncEnabled: e.currentTarget.checked })} />
          {t('set_sync')}
        </label>
        <p class="muted" role="status">
          {syncSummary(sync)}
        </p>
        {sync.unsynced.length > 0 && (
          <ul class="preview-list" aria-label={t('set_not_synced')}>
            {sync.unsynced.map((u) => (
              <li key={u.id}>
                {t('set_unsynced_item', [u.name, t(UNSYNCED_WHY[u.reason])])}
              </li>
            ))}
          </ul>
        )}
      </div>
      <ShortcutInfo />
    </div>
  );
}

const UNSYNCED_WHY: Record<SyncStatus['unsynced'][number]['reason'], MessageKey> = {
  'too-large': 'unsynced_too_large',
  quota: 'unsynced_quota',
  'max-items': 'unsynced_max_items',
  'rate-limit': 'unsynced_rate_limit',
  error: 'unsynced_error',
};

export function syncSummary(sync: SyncStatus): string {
  if (sync.state === 'off') return sync.message || t('sync_off');
  return sync.message;
}
