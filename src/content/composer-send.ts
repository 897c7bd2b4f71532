/**
 * Seeing the USER's Send in a LinkedIn composer we filled (issue 10: a reply or a kept reason is
 * logged as delivered only when the user sent it; we never press Send ourselves).
 *
 * "Sent" needs two things: the user activated the composer's own Send control (a click, or Enter
 * in the editor), and shortly after, the editor no longer holds our text (LinkedIn clears the
 * composer once the message is out). A click on a disabled Send, a Send that LinkedIn refused, or
 * the user deleting our text and writing something else is not a delivery of our text.
 */
import { composerFor, findComposers, readComposerText } from '../linkedin';
import type { Composer } from '../linkedin/types';

interface Watch {
  editor: HTMLElement;
  probe: string;
  onSent: () => void;
  until: number;
}

const watches = new Set<Watch>();
let armed = false;

const firstLine = (text: string): string => (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 60);

function check(w: Watch, composer: Composer): void {
  const before = readComposerText(composer);
  if (!before.includes(w.probe)) return; // not our text any more: whatever is sent is the user's
  // LinkedIn handles the Send after us (we listen in the capture phase): look once it has.
  const look = (tries: number): void => {
    setTimeout(() => {
      const now = findComposers(document).find((c) => c.editor === w.editor) ?? null;
      const text = now ? readComposerText(now) : '';
      if (!text.includes(w.probe)) {
        watches.delete(w);
        w.onSent();
      } else if (tries > 0) look(tries - 1);
    }, 300);
  };
  look(6);
}

function onAction(event: Event): void {
  if (!watches.size) return;
  const path = event.composedPath();
  const target = path[0];
  if (!target || !(target as Node).nodeType) return;
  const composer = composerFor(target as Node);
  if (!composer) return;
  const now = Date.now();
  for (const w of [...watches]) {
    if (w.until < now || !w.editor.isConnected) {
      watches.delete(w);
      continue;
    }
    if (composer.editor !== w.editor) continue;
    if (event.type === 'click') {
      const send = composer.sendButton;
      if (send && path.includes(send)) check(w, composer);
    } else {
      const k = event as KeyboardEvent;
      if (k.key === 'Enter' && !k.shiftKey && !k.isComposing && path.includes(w.editor)) check(w, composer);
    }
  }
}

/** Call `onSent` once when the user sends `text` from `composer` (within 30 minutes). */
export function watchComposerSend(composer: Composer, text: string, onSent: () => void, signal: AbortSignal): void {
  const probe = firstLine(text);
  if (!probe) return;
  const w: Watch = { editor: composer.editor, probe, onSent, until: Date.now() + 30 * 60_000 };
  watches.add(w);
  signal.addEventListener('abort', () => watches.delete(w), { once: true });
  if (armed) return;
  armed = true;
  window.addEventListener('click', onAction, { capture: true, passive: true });
  window.addEventListener('keydown', onAction, { capture: true, passive: true });
}
