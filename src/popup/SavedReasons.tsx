/**
 * Notes kept when LinkedIn would not take one (the free monthly notes were used up): the person,
 * the date and the text, to send as a message once they accept.
 */
import type { SavedReason } from '../core/schema';
import { copyText } from '../ui/clipboard';
import { t } from '../ui/i18n';

export interface SavedReasonsProps {
  reasons: readonly SavedReason[];
  onDelete(id: string): void;
  announce(message: string): void;
}

export function SavedReasons({ reasons, onDelete, announce }: SavedReasonsProps) {
  return (
    <div class="saved">
      <h2 id="view-title" tabIndex={-1}>
        {t('sr_title')}
      </h2>
      {reasons.length === 0 ? (
        <p class="muted">
          {t('sr_empty')}
        </p>
      ) : (
        <ul class="rows">
          {[...reasons].reverse().map((r) => (
            <li key={r.id} class="card" aria-labelledby={`sr-${r.id}`}>
              <p id={`sr-${r.id}`}>
                <strong>
                  {r.profileUrl && /^https:\/\/www\.linkedin\.com\//.test(r.profileUrl) ? (
                    <a href={r.profileUrl} target="_blank" rel="noopener noreferrer">
                      {r.personName || t('sr_someone')}
                    </a>
                  ) : (
                    r.personName || t('sr_someone')
                  )}
                </strong>{' '}
                <span class="muted">· {new Date(r.createdAt).toLocaleDateString()}</span>
              </p>
              <p class="saved-text">{r.text}</p>
              <div class="op-actions">
                <button
                  type="button"
                  class="op-btn"
                  onClick={async (e) => {
                    const ok = await copyText(r.text, e.currentTarget);
                    announce(ok ? t('as_copied') : t('sr_copy_failed'));
                  }}
                >
                  {t('as_copy')}
                </button>
                <button type="button" class="op-link" aria-label={r.personName ? t('sr_delete_named', r.personName) : t('sr_delete')} onClick={() => onDelete(r.id)}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
