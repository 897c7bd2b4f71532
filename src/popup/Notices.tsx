/** Banners for what the user must know: data set aside, a read-only library, sync problems. */
import { useState } from 'preact/hooks';
import type { LibraryState, SetAsideEntry } from '../storage/library';
import { P_TEMPLATE } from './quick';
import { dateStamp, downloadText } from './download';
import { t } from '../ui/i18n';

export interface NoticesProps {
  state: LibraryState;
  onDismissSetAside(): void;
  onOpenSettings(): void;
  /** Read-only from a newer format number: set everything aside and start fresh (after a confirm). */
  onRepair?(): Promise<unknown>;
}

/**
 * One entry per distinct value: two contexts (the popup and the background) can set aside the same
 * value at the same moment, and the user should hear about it once.
 */
export function distinctEntries(entries: readonly SetAsideEntry[]): SetAsideEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    let id: string;
    try {
      id = `${e.key}\n${JSON.stringify(e.raw)}`;
    } catch {
      return true;
    }
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** "2 templates and your settings in your saved data could not be read…" */
export function setAsideSummary(all: readonly SetAsideEntry[]): string {
  const entries = distinctEntries(all);
  const templates = entries.filter((e) => e.key.startsWith(P_TEMPLATE) || e.key.startsWith('templates')).length;
  const settings = entries.some((e) => e.key === 'settings');
  const other = entries.length - templates - (settings ? entries.filter((e) => e.key === 'settings').length : 0);
  const parts: string[] = [];
  // Counted as "templates (2)": i18n messages have no plural forms, and this reads right in every language.
  if (templates) parts.push(t('sa_templates', templates));
  if (settings) parts.push(t('sa_settings'));
  if (other) parts.push(t('sa_other', other));
  return t('sa_summary', parts.join(', '));
}

/**
 * Read-only because the data says it is from a newer version. Most people should update; but
 * someone who never had a newer version (damage, a hand edit, a bad restore) needs a way out.
 * Repair loses nothing (all of it goes to the set-aside backup, exportable), hence one confirm.
 */
function RepairOffer({ onRepair }: { onRepair(): Promise<unknown> }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return (
      <div class="op-actions">
        <button type="button" class="op-btn" onClick={() => setAsking(true)}>
          {t('notice_repair')}
        </button>
      </div>
    );
  }
  return (
    <div role="group" aria-label={t('notice_repair_confirm')}>
      <p>{t('notice_repair_explain')}</p>
      <div class="op-actions">
        <button
          type="button"
          class="op-btn"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onRepair().finally(() => {
              setBusy(false);
              setAsking(false);
            });
          }}
        >
          {t('notice_repair_now')}
        </button>
        <button type="button" class="op-link" onClick={() => setAsking(false)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

export function Notices({ state, onDismissSetAside, onOpenSettings, onRepair }: NoticesProps) {
  const { setAside, sync } = state;
  const distinct = distinctEntries(setAside);
  // The library words its own set-aside notices; the banner below says it with actions attached.
  const others = state.notices.filter((n) => !/set aside/i.test(n));
  const exportSetAside = () => {
    const file = { format: 'on-purpose.set-aside', exportedAt: new Date().toISOString(), items: setAside };
    downloadText(`on-purpose-set-aside-${dateStamp(Date.now())}.json`, `${JSON.stringify(file, null, 2)}\n`);
  };
  return (
    <>
      {setAside.length > 0 && (
        <div class="banner bad" role="region" aria-label={t('sa_label')}>
          <p>
            <strong>{setAsideSummary(setAside)}</strong>
          </p>
          <ul>
            {distinct.slice(0, 5).map((e, i) => (
              <li key={`${e.key}-${i}`}>{e.reason}</li>
            ))}
            {distinct.length > 5 && <li>{t('sa_more', distinct.length - 5)}</li>}
          </ul>
          <div class="op-actions">
            <button type="button" class="op-btn" onClick={exportSetAside}>
              {t('sa_export')}
            </button>
            <button type="button" class="op-link" onClick={onDismissSetAside} aria-describedby="dismiss-help">
              {t('sa_dismiss')}
            </button>
          </div>
          <p class="muted" id="dismiss-help">
            {t('sa_dismiss_help')}
          </p>
        </div>
      )}
      {others.map((n, i) => (
        <div class="banner" role="status" key={n}>
          <p>{n}</p>
          {i === 0 && state.readOnly && state.repairable && onRepair && <RepairOffer onRepair={onRepair} />}
        </div>
      ))}
      {(sync.state === 'error' || sync.state === 'partial') && (
        <div class="banner" role="region" aria-label={t('sync_label')}>
          <p>{sync.message}</p>
          <div class="op-actions">
            <button type="button" class="op-link" onClick={onOpenSettings}>
              {t('sync_settings')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
