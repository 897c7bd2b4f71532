/**
 * Invite guard: no generic invitation leaves without the user meaning it (issue #3).
 *
 * Listens on window in the capture phase from document_start, so it runs before any of LinkedIn's
 * handlers (which sit on elements or on the app root) and is armed before a dialog even exists:
 * a click in the same task as the dialog's insertion is still intercepted. Nothing is observed on
 * the way: every decision is made from the event's composed path at the moment of the action.
 */
import { assessNote, effectiveLimit } from '../../core/policy';
import {
  classifyConnectControl,
  classifySendControl,
  inviteDialogFor,
  readNoteState,
  rememberOpener,
} from '../../linkedin';
import type { ConnectControl, InviteDialog, SendControl } from '../../linkedin/types';
import { DEFAULT_GUARD_SETTINGS, type GuardSettings } from '../../storage/guard-settings';
import type { ConnectBlock } from '../bridge';
import type { Flow, FlowStore } from '../invite-flow';
import type { Feature } from '../runtime';
import type { MessageKey } from '../../ui/i18n';
import { verdictCode } from '../../ui/verdict';

export type Decision =
  | { kind: 'invite'; dialog: InviteDialog; message: string; code: MessageKey; subs?: string[]; overridable: boolean; focus: 'note' | 'picker'; control?: 'send-without-note' | 'send-with-note' }
  | { kind: 'connect'; connect: ConnectControl; message: string; code: MessageKey; subs?: string[]; overridable: boolean };

// English only: the always-on script carries no message tables. It reports the KEY with each
// block, and the UI bundle, loaded because of the block, shows it in the page's language.

const SEND_BLANK =
  '“Send without a note” would send a blank invitation: add a note that says why you want to connect.';
const ONE_CLICK =
  'This Connect sends an invitation at once, with no note: open the invite with a note and say why you want to connect.';

/** Pointer events that frameworks sometimes act on before `click`: silenced when the click will be blocked. */
const PRE_CLICK = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'touchend'] as const;

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

const isActivationKey = (e: KeyboardEvent): boolean => e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar';

export interface InviteGuard {
  feature: Feature;
  settings(): GuardSettings;
  setSettings(s: GuardSettings): void;
  decide(path: readonly EventTarget[]): Decision | null;
  allowConnectOnce(control: Element): void;
  onConnectBlocked(cb: (block: ConnectBlock) => void, signal: AbortSignal): void;
  /** A Send the guard let through (the People log records it), with the flow as it was then. */
  onSendPressed(cb: (send: SendControl, flow: Flow) => void, signal: AbortSignal): void;
}

export function createInviteGuard(flow: FlowStore): InviteGuard {
  let settings = DEFAULT_GUARD_SETTINGS;
  /** One-click Connect controls the user deliberately allowed (nudge), for that control only. */
  const allowedConnects = new WeakSet<Element>();
  const connectListeners = new Set<(block: ConnectBlock) => void>();
  const sendListeners = new Set<(send: SendControl, flow: Flow) => void>();

  const noteVerdict = (dialog: InviteDialog) =>
    assessNote(readNoteState(dialog).text, {
      limit: effectiveLimit(dialog.pageLimit, settings.noteLimit),
      extraGenericPhrases: settings.extraGenericPhrases,
    });

  /** What, if anything, must be blocked about activating the control at the start of this path. */
  const decide = (path: readonly EventTarget[]): Decision | null => {
    if (settings.guardMode === 'off') return null;
    const nudge = settings.guardMode === 'nudge';
    const send = classifySendControl(path);
    if (send) {
      const { dialog } = send;
      const state = flow.current(dialog);
      if (send.kind === 'send-without-note') {
        if (state.allowGeneric || state.reasonKept) return null;
        return { kind: 'invite', dialog, message: SEND_BLANK, code: 'guard_send_blank', overridable: nudge, focus: 'picker', control: 'send-without-note' };
      }
      const verdict = noteVerdict(dialog);
      if (verdict.ok) return null;
      const generic = verdict.problem === 'empty' || verdict.problem === 'generic';
      if (generic && state.allowGeneric) return null;
      return { kind: 'invite', dialog, message: verdict.message, ...verdictCode(verdict), overridable: nudge && generic, focus: 'note' };
    }
    const connect = classifyConnectControl(path);
    if (connect?.behaviour === 'one-click' && !allowedConnects.has(connect.control)) {
      return { kind: 'connect', connect, message: ONE_CLICK, code: 'guard_one_click', overridable: nudge };
    }
    return null;
  };

  const report = (decision: Decision): void => {
    if (decision.kind === 'connect') {
      const { connect, message, code, subs, overridable } = decision;
      connectListeners.forEach((cb) => cb({ connect, message, code, subs, overridable }));
      return;
    }
    const { dialog, message, code, subs, overridable, focus, control } = decision;
    flow.update(dialog, { block: { message, code, subs, overridable, at: Date.now(), control: control ?? 'send-with-note' } });
    if (focus === 'note' && dialog.noteField) dialog.noteField.focus();
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229) return; // IME composition: never ours
    const path = event.composedPath();
    const target = path[0];

    // Enter in the note field. A plain Enter keeps its newline (the default action) but LinkedIn's
    // key handlers do not see it while the note is not sendable; Ctrl/Cmd+Enter is blocked outright.
    if (event.key === 'Enter' && target instanceof HTMLTextAreaElement && settings.guardMode !== 'off') {
      const dialog = inviteDialogFor(target);
      if (dialog && dialog.noteField === target) {
        const verdict = noteVerdict(dialog);
        const generic = !verdict.ok && (verdict.problem === 'empty' || verdict.problem === 'generic');
        if (!verdict.ok && !(generic && flow.current(dialog).allowGeneric)) {
          if (event.ctrlKey || event.metaKey) {
            stop(event);
            if (event.type === 'keydown') {
              report({ kind: 'invite', dialog, message: verdict.message, ...verdictCode(verdict), overridable: generic && settings.guardMode === 'nudge', focus: 'note' });
            }
          } else {
            event.stopImmediatePropagation();
          }
        }
        return;
      }
    }

    if (!isActivationKey(event)) return;
    const decision = decide(path);
    if (!decision) return;
    stop(event);
    // Space activates on keyup, Enter on keydown: explain once, on keydown.
    if (event.type === 'keydown') report(decision);
  };

  const feature: Feature = {
    id: 'invite-guard',
    arm(signal) {
      const opts = { capture: true, passive: false, signal } as const;
      window.addEventListener(
        'click',
        (event) => {
          const path = event.composedPath();
          rememberOpener(path);
          const decision = decide(path);
          if (decision) {
            stop(event);
            report(decision);
            return;
          }
          // A send went through: an allowance ("anyway", or a kept reason) is used up by the one
          // invite it was for, even if LinkedIn reopens a dialog for the same person at once.
          const send = classifySendControl(path);
          if (send) {
            const state = flow.current(send.dialog);
            // Before LinkedIn closes the dialog and before the allowance below is used up.
            sendListeners.forEach((cb) => {
              try {
                cb(send, { ...state });
              } catch {
                // The log must never stand in the way of the user's send.
              }
            });
            if (state.allowGeneric || state.reasonKept) flow.update(send.dialog, { allowGeneric: false, reasonKept: false });
          }
        },
        opts,
      );
      for (const type of PRE_CLICK) {
        window.addEventListener(type, (event) => decide(event.composedPath()) && event.stopImmediatePropagation(), opts);
      }
      for (const type of ['keydown', 'keyup', 'keypress'] as const) window.addEventListener(type, onKey, opts);
      // A send control that is a form's submitter: the submit event carries it.
      window.addEventListener(
        'submit',
        (event) => {
          const submitter = (event as SubmitEvent).submitter;
          if (submitter && decide([submitter, ...event.composedPath()])) stop(event);
        },
        opts,
      );
    },
  };

  return {
    feature,
    settings: () => settings,
    setSettings(next) {
      settings = next;
    },
    decide,
    allowConnectOnce: (control) => allowedConnects.add(control),
    onConnectBlocked(cb, signal) {
      connectListeners.add(cb);
      signal.addEventListener('abort', () => connectListeners.delete(cb), { once: true });
    },
    onSendPressed(cb, signal) {
      sendListeners.add(cb);
      signal.addEventListener('abort', () => sendListeners.delete(cb), { once: true });
    },
  };
}
