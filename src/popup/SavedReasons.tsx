/**
 * Notes kept when LinkedIn would not take one (the free monthly notes were used up): the person,
 * the date and the text, to send as a message once they accept.
 */
import type { SavedReason } from '../core/schema';
import { copyText } from '../ui/clipboard';

export interface SavedReasonsProps {
  reasons: readonly SavedReason[];
  onDelete(id: string): void;
  announce(message: string): void;
}

export function SavedReasons({ reasons, onDelete, announce }: SavedReasonsProps) {
  return (
    <div class="saved">
      <h2 id="view-title" tabIndex={-1}>
        Saved notes
      </h2>
      {reasons.length === 0 ? (
        <p class="muted">
          Nothing saved. When LinkedIn won't take a note (free accounts get only a few a month), On Purpose keeps the reason you wrote here, so you can
          send it as a message once they accept.
        </p>
      ) : (
        <ul class="rows">
          {[...reasons].reverse().map((r) => (
            <li key={r.id} class="card" aria-labelledby={`sr-${r.id}`}>
              <p id={`sr-${r.id}`}>
                <strong>
                  {r.profileUrl && /^https:\/\/www\.linkedin\.com\//.test(r.profileUrl) ? (
                    <a href={r.profileUrl} target="_blank" rel="noopener noreferrer">
                      {r.personName || 'Someone'}
                    </a>
                  ) : (
                    r.personName || 'Someone'
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
                    announce(ok ? 'Copied.' : 'Copying failed: select the text and copy it by hand.');
                  }}
                >
                  Copy
                </button>
                <button type="button" class="op-link" aria-label={`Delete the note for ${r.personName || 'someone'}`} onClick={() => onDelete(r.id)}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
