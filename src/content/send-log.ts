/**
 * The moment the user presses LinkedIn's Send in a guarded invite dialog (issue 10, part 1), in the
 * always-on script: the guard sees the click in the capture phase, before LinkedIn closes the
 * dialog, so this is the last moment the note, the person and the template are all on screen.
 *
 * The always-on script must stay small and must not load zod, so it writes a plain raw entry under
 * `pe:<timestamp>-<rand>` in storage.local (PEOPLE-CONTRACT.md, "Pending events") and tells the UI
 * bundle, when loaded, to ingest it. The entry survives a page load right after Send. Only the UI
 * bundle (or the worker) turns it into a People record, through zod: nothing here is trusted later.
 */
import { readNoteState, recipientFromPage } from '../linkedin';
import type { SendControl } from '../linkedin/types';
import { nativeApi } from '../storage/native';
import type { Flow } from './invite-flow';

export const PENDING_EVENT_PREFIX = 'pe:';

/**
 * The raw pending event, in the People store's PendingSchema shape (src/storage/people.ts):
 * plain JSON, validated by the ingesting side. Lengths are clipped here to the schema's caps so a
 * long note is logged (shortened) rather than set aside.
 */
export interface SendPressedEvent {
  type: 'send-pressed';
  at: number;
  /** Where it happened (path), for the evidence. */
  where: string;
  match: { vanityName: string | null; fullName: string; profileUrn: string | null };
  invite: {
    at: number;
    note: string;
    templateId: string | null;
    templateName: string | null;
    answers: Record<string, string>;
    reason: string;
    mode: 'note' | 'reason-kept';
  };
  /** The saved reason (`r:<id>`) this invite carries: the UI folds it into the record. */
  keptReasonId: string | null;
}

const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n) : s);

/** What was sent, from the dialog and the flow; null when we cannot tell who it went to. */
export function sendPressedEvent(send: SendControl, flow: Flow, now = Date.now()): SendPressedEvent | null {
  const { dialog } = send;
  const fullName = dialog.recipient?.fullName || flow.fullName || recipientFromPage(document)?.fullName || '';
  const vanityName = dialog.vanityName ?? flow.vanityName ?? null;
  if (!fullName && !vanityName) return null;
  const note = send.kind === 'send-with-note' ? readNoteState(dialog).text : '';
  const kept = send.kind === 'send-without-note' && flow.reasonKept && flow.keptReason ? flow.keptReason : null;
  // The template's answers count as the reason only when the note sent still holds what we inserted.
  const ins = note && flow.inserted && note.includes(flow.inserted.text.trim()) ? flow.inserted : null;
  const answers: Record<string, string> = {};
  for (const [k, v] of Object.entries(ins?.answers ?? {}).slice(0, 10)) answers[clip(k, 64)] = clip(v, 300);
  return {
    type: 'send-pressed',
    at: now,
    where: clip(location.pathname, 300),
    match: { vanityName, fullName: clip(fullName, 200), profileUrn: null },
    invite: {
      at: now,
      note: clip(note, 400),
      templateId: ins ? clip(ins.templateId, 64) : null,
      templateName: ins ? clip(ins.templateName, 80) : null,
      answers,
      reason: clip(kept ? kept.text : Object.values(answers).filter((a) => a.trim()).join('; '), 300),
      mode: kept ? 'reason-kept' : 'note',
    },
    keptReasonId: kept?.id ?? null,
  };
}

/** Writes the raw entry; resolves to its key, or null when storage is unavailable. */
export async function writePendingEvent(event: SendPressedEvent): Promise<string | null> {
  const api = nativeApi();
  if (!api) return null;
  const key = `${PENDING_EVENT_PREFIX}${event.at}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    await api.storage.local.set({ [key]: event });
    return key;
  } catch {
    return null;
  }
}
