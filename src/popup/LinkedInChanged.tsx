/**
 * A quiet line when LinkedIn changed under us (issue 9 part 7): "LinkedIn changed: On Purpose could
 * not read N dialogs", with a diagnostic snapshot to copy into a bug report. The snapshot holds the
 * element outline only (texts, attribute values and URLs are lengths; see src/linkedin/diagnostics.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { DIAG_KEY, parseDiag, type DiagEntry } from '../storage/diagnostics';
import { nativeApi } from '../storage/native';
import { t } from '../ui/i18n';

/** The text to copy: what failed, how often, where (kind of page), then each outline. */
export function diagnosticReport(entries: readonly DiagEntry[]): string {
  const head = `On Purpose diagnostic snapshot (${new Date().toISOString().slice(0, 10)}): no names, texts or URLs, only the outline.`;
  return [
    head,
    ...entries.map((e) =>
      [`## ${e.adapter} · step ${e.step} · ${e.reason} · ${e.page || 'page'} · ×${e.count} · outline ${e.hash}`, e.snapshot].filter(Boolean).join('\n'),
    ),
  ].join('\n\n');
}

export function LinkedInChanged() {
  const [entries, setEntries] = useState<DiagEntry[]>([]);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    const api = nativeApi();
    if (!api) return;
    let live = true;
    void api.storage.local.get(DIAG_KEY).then((got) => live && setEntries(parseDiag(got[DIAG_KEY])), () => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && DIAG_KEY in changes) setEntries(parseDiag(changes[DIAG_KEY]?.newValue));
    };
    api.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      api.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  if (!entries.length) return null;
  const n = entries.reduce((a, e) => a + e.count, 0);
  const report = diagnosticReport(entries);
  const copy = () =>
    navigator.clipboard.writeText(report).then(
      () => setCopied(t('diag_copied')),
      () => setCopied(t('diag_copy_failed')),
    );
  const clear = () => void nativeApi()?.storage.local.set({ [DIAG_KEY]: { v: 1, entries: [] } });
  return (
    <section class="muted diag" aria-label={t('diag_region')}>
      <p>
        {t('diag_could_not_read', n)}{' '}
        <button type="button" class="op-link" onClick={() => void copy()}>
          {t('diag_copy')}
        </button>{' '}
        <button type="button" class="op-link" onClick={clear}>
          {t('diag_clear')}
        </button>{' '}
        <span role="status">{copied}</span>
      </p>
      <details>
        <summary>{t('diag_show')}</summary>
        <pre class="diag-snapshot">{report}</pre>
      </details>
    </section>
  );
}
