/**
 * Import and export. Export writes the versioned file from core/exchange; import always shows a
 * preview first (new / identical / conflicting, and which side is newer) and changes nothing
 * until the user confirms. A malformed file shows the parser's exact message.
 */
import { useState } from 'preact/hooks';
import type { Template } from '../core/schema';
import { exportTemplates, parseImportFile, previewImport, applyImport, type ImportPreview, type ImportError } from '../core/exchange';
import { newId } from '../core/ids';
import { dateStamp, downloadText } from './download';
import { KIND_LABEL } from './TemplateList';
import { t as tr, type MessageKey } from '../ui/i18n';

export interface TransferProps {
  templates: readonly Template[];
  /** Saves the templates to add; resolves when stored. */
  onImport(toAdd: Template[]): Promise<void>;
  announce(message: string): void;
  now?: () => number;
  inTab?: boolean;
}

/** The parser's own message already names the field or the line and column. */
function errorText(e: ImportError): string {
  return /[.!?]$/.test(e.message) ? e.message : `${e.message}.`;
}

const NEWER: Record<ImportPreview['conflicts'][number]['newer'], MessageKey> = {
  incoming: 'im_newer_incoming',
  existing: 'im_newer_existing',
  'same-time': 'im_newer_same',
};

// Firefox closes a toolbar popup when its file picker opens, so importing there needs the tab view.
const POPUP_LOSES_FILE_PICKER = typeof navigator !== 'undefined' && /Firefox\//.test(navigator.userAgent);

export function Transfer({ templates, onImport, announce, now = Date.now, inTab }: TransferProps) {
  const [picking, setPicking] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [file, setFile] = useState<{ name: string; preview: ImportPreview } | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const doExport = (list: readonly Template[]) => {
    const t = now();
    downloadText(`on-purpose-templates-${dateStamp(t)}.json`, exportTemplates([...list], t));
    announce(tr('said_exported', list.length));
  };

  const onFile = async (input: HTMLInputElement) => {
    const f = input.files?.[0];
    setFile(null);
    setError('');
    if (!f) return;
    const result = parseImportFile(await f.text());
    input.value = '';
    if (!result.ok) {
      setError(tr('im_cannot', [f.name, errorText(result.error)]));
      return;
    }
    setFile({ name: f.name, preview: previewImport([...templates], result.templates) });
  };

  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    // Preview again against the current library: it may have changed since the file was read.
    const fresh = previewImport([...templates], [...file.preview.added, ...file.preview.identical, ...file.preview.conflicts.map((c) => c.incoming)]);
    const merged = applyImport([...templates], fresh, { now: now(), newId });
    const toAdd = merged.slice(templates.length);
    try {
      await onImport(toAdd);
      announce(tr('said_imported', toAdd.length));
      setFile(null);
    } catch (e) {
      setError(tr('im_failed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const p = file?.preview;
  const toAddCount = p ? p.added.length + p.conflicts.length : 0;
  return (
    <div class="transfer">
      <h2 id="view-title" tabIndex={-1}>
        {tr('tr_title')}
      </h2>
      <section class="card" aria-labelledby="ex-title">
        <h3 id="ex-title">{tr('ex_title')}</h3>
        <p class="muted">{tr('ex_help')}</p>
        <div class="op-actions">
          <button type="button" class="op-btn op-primary" disabled={!templates.length} onClick={() => doExport(templates)}>
            {tr('ex_all', templates.length)}
          </button>
          <button type="button" class="op-btn" aria-expanded={picking} aria-controls="pick" onClick={() => setPicking(!picking)}>
            {tr('ex_choose')}
          </button>
        </div>
        {picking && (
          <div id="pick">
            <fieldset class="picklist">
              <legend class="op-sr">{tr('ex_pick')}</legend>
              <label>
                <input
                  type="checkbox"
                  checked={selected.size === templates.length && templates.length > 0}
                  onChange={(e) => setSelected(e.currentTarget.checked ? new Set(templates.map((t) => t.id)) : new Set())}
                />
                <strong>{tr('ex_pick_all')}</strong>
              </label>
              {templates.map((t) => (
                <label key={t.id}>
                  <input
                    type="checkbox"
                    checked={selected.has(t.id)}
                    onChange={(e) => {
                      const next = new Set(selected);
                      if (e.currentTarget.checked) next.add(t.id);
                      else next.delete(t.id);
                      setSelected(next);
                    }}
                  />
                  {t.name} <span class="muted">({tr(KIND_LABEL[t.kind])})</span>
                </label>
              ))}
            </fieldset>
            <div class="op-actions">
              <button type="button" class="op-btn op-primary" disabled={!selected.size} onClick={() => doExport(templates.filter((t) => selected.has(t.id)))}>
                {tr('ex_selected', selected.size)}
              </button>
            </div>
          </div>
        )}
      </section>
      <section class="card" aria-labelledby="im-title">
        <h3 id="im-title">{tr('im_title')}</h3>
        <p class="muted">{tr('im_help')}</p>
        {POPUP_LOSES_FILE_PICKER && !inTab && (
          <p class="warn">
            {tr('im_firefox')}{' '}
            <a href="index.html?tab=1" target="_blank" rel="noopener">
              {tr('im_from_tab')}
            </a>
          </p>
        )}
        <label class="label" for="import-file">
          {tr('im_choose')}
        </label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
        <p class="err" role="alert">
          {error}
        </p>
        {p && file && (
          <div class="import-preview" aria-live="polite">
            <p>
              <strong>{file.name}</strong>: {tr('im_summary', [p.added.length, p.identical.length, p.conflicts.length])}
            </p>
            {p.added.length > 0 && (
              <>
                <h3>{tr('im_new')}</h3>
                <ul class="preview-list">
                  {p.added.map((t) => (
                    <li key={t.id}>{t.name}</li>
                  ))}
                </ul>
              </>
            )}
            {p.conflicts.length > 0 && (
              <>
                <h3>{tr('im_conflicts')}</h3>
                <ul class="preview-list">
                  {p.conflicts.map((c) => (
                    <li key={c.incoming.id}>
                      {tr('im_conflict_item', [c.existing.name, tr(NEWER[c.newer])])}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {p.identical.length > 0 && (
              <details>
                <summary>{tr('im_identical', p.identical.length)}</summary>
                <ul class="preview-list">
                  {p.identical.map((t) => (
                    <li key={t.id}>{t.name}</li>
                  ))}
                </ul>
              </details>
            )}
            <div class="op-actions">
              <button type="button" class="op-btn op-primary" disabled={!toAddCount || busy} onClick={() => void confirm()}>
                {toAddCount ? tr('im_do', toAddCount) : tr('im_nothing')}
              </button>
              <button type="button" class="op-btn" onClick={() => setFile(null)}>
                {tr('cancel')}
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
