/**
 * State of the one invite flow on screen, shared by the guard (which blocks) and the template
 * panel (which explains and offers templates). LinkedIn shows one invite dialog at a time; the
 * dialog element may be re-rendered between steps, so the flow is keyed by recipient, not node.
 * One store lives in the always-on script; the on-demand UI reaches it through the bridge.
 */
import type { InviteDialog } from '../linkedin/types';
import type { MessageKey } from '../ui/i18n';

export interface Block {
  /** One sentence, shown in the dialog. */
  message: string;
  /** The message key the UI bundle translates `message` by, and its substitutions. */
  code: MessageKey;
  subs?: string[];
  /** Whether nudge mode may offer "Send … anyway" for this block. */
  overridable: boolean;
  at: number;
  /** Which of LinkedIn's buttons was blocked: a note step can hold "Send without a note" too (A/B). */
  control?: 'send-without-note' | 'send-with-note';
}

export interface Flow {
  key: string;
  block: Block | null;
  /** Nudge: the user deliberately allowed one generic send for this invite. */
  allowGeneric: boolean;
  /** A reason kept for later (quota spent): sending without a note is then deliberate. */
  reasonKept: boolean;
  /** The kept reason itself and its saved-reason id (`r:<id>`), for the People log. */
  keptReason?: { id: string; text: string } | null;
  /** What our template picker last put into the note: the People log records the template and
   *  its fill-in answers (the reason) when the note sent still contains this text. */
  inserted?: { templateId: string; templateName: string; answers: Record<string, string>; text: string } | null;
  /** Who the invite is for, as learned at any step (the note step does not name the person). */
  fullName?: string | null;
  vanityName?: string | null;
}

export interface FlowStore {
  current(dialog: InviteDialog): Flow;
  update(dialog: InviteDialog, patch: Partial<Omit<Flow, 'key'>>): void;
  /** No invite dialog on screen any more: allowances never outlive their invite. */
  end(): void;
  onChange(cb: () => void, signal: AbortSignal): void;
}

const keyOf = (dialog: InviteDialog): string => dialog.vanityName ?? dialog.recipient?.fullName ?? '?';

export function createFlowStore(): FlowStore {
  let flow: Flow | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((cb) => cb());
  const current = (dialog: InviteDialog): Flow => {
    const key = keyOf(dialog);
    if (!flow || (flow.key !== key && key !== '?')) {
      flow = { key, block: null, allowGeneric: false, reasonKept: false };
    }
    if (dialog.recipient?.fullName) flow.fullName = dialog.recipient.fullName;
    if (dialog.vanityName) flow.vanityName = dialog.vanityName;
    return flow;
  };
  return {
    current,
    update(dialog, patch) {
      Object.assign(current(dialog), patch);
      emit();
    },
    end() {
      if (!flow) return;
      flow = null;
      emit();
    },
    onChange(cb, signal) {
      listeners.add(cb);
      signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
    },
  };
}
