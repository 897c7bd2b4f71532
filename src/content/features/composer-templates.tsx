/**
 * Templates in any composer (issue #5, parts 3-4): every LinkedIn message composer (overlay bubble,
 * overlay in #interop-outlet, full /messaging/ page) gets a small "Templates" control, also opened
 * with Alt+Shift+O from the message box (the browser command, see picker-command.ts), for the
 * user's reply templates. It also completes a reply handed over from another page load
 * (storage.session), inserting it exactly once.
 */
import { MESSAGE_LIMIT } from '../../core/schema';
import { composerFor, findComposers, insertIntoComposer } from '../../linkedin';
import type { Composer, InsertResult } from '../../linkedin/types';
import { takePending } from '../../storage/handoff';
import { mountShadowHost, renderInto } from '../../ui/mount';
import { uiStyles } from '../../ui/styles';
import { copyText } from '../../ui/clipboard';
import { TemplateAssistant } from '../../ui/TemplateAssistant';
import type { Person } from '../../core/people/model';
import { watchComposerSend } from '../composer-send';
import { followUpVariables } from '../follow-up';
import { logDelivered, logMessage, peopleLog } from '../people-log';
import type { Feature } from '../runtime';
import { library, onLibrary } from '../state';
import { t } from '../../ui/i18n';

interface Mounted {
  composer: Composer;
  root: ShadowRoot;
  controller: AbortController;
  /** Opened by the shortcut (full picker, focus in its filter) rather than the compact control. */
  open: boolean;
  /** Bumped to remount the picker: opened by the shortcut, or folded back after an insertion. */
  generation: number;
  /** What the live region beside the picker says; it outlives the picker's remounts. */
  said?: string;
  /** A reply handed over from another page that LinkedIn did not register here: offered to copy. */
  unregistered?: string;
  /** The recipient's People record, when they are in the log: follow-up templates come first. */
  person: Person | null;
}


const mounted = new Map<HTMLElement, Mounted>();
/** Hand-overs this page completed, per editor: "Ask how we met" on this page waits for the result
 *  instead of inserting a second time when this feature took the text first. */
const handoffs = new WeakMap<HTMLElement, Promise<InsertResult | null>>();

export function handoffInto(editor: HTMLElement): Promise<InsertResult | null> | undefined {
  return handoffs.get(editor);
}

/**
 * The control sits among the footer's actions, like LinkedIn's own emoji and GIF pickers, and the
 * open picker floats above the footer the way theirs do: in flow it would push Send out of the
 * fixed-height overlay bubble. Collapsed, it is a bare "Templates" link.
 */
const composerStyles = `${uiStyles}
:host{display:inline-block;position:relative;vertical-align:middle}
.op-as{border:0;background:none;padding:0 4px;margin:0}
.op-as:has(input,form){position:absolute;bottom:calc(100% + 6px);left:0;z-index:10;width:min(340px,80vw);max-height:min(320px,60vh);overflow:auto;background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:10px 12px;box-shadow:0 4px 16px rgba(0,0,0,.2)}
`;

function collapse(m: Mounted): void {
  m.open = false;
  m.generation += 1;
  render(m);
}


function render(m: Mounted): void {
  const lib = library();
  const { settings } = lib;
  // With someone in the People log, their follow-up templates first, {reason} and {invitedOn}
  // rendered from their record (core's follow-up context).
  const lost = m.unregistered;
  renderInto(
    m.root,
    <>
      <TemplateAssistant
        key={m.generation}
        kind="reply"
        kinds={m.person ? ['follow-up', 'reply'] : undefined}
        label={t('composer_label')}
        compact={!m.open}
        templates={lib.templates}
        context={m.person ? followUpVariables(m.person) : undefined}
        defaultId={m.person ? null : settings.defaultReplyId}
        person={m.composer.recipient}
        me={{ firstName: settings.myFirstName }}
        limit={MESSAGE_LIMIT}
        autoFocus={m.open ? 'filter' : 'none'}
        notice={lost ? t('composer_unregistered') : undefined}
        extraActions={
          lost ? (
            <button
              type="button"
              class="op-btn"
              onClick={async (e) => {
                if (!(await copyText(lost, e.currentTarget))) return;
                m.unregistered = undefined;
                render(m);
              }}
            >
              {t('composer_copy')}
            </button>
          ) : undefined
        }
        // Opened by the shortcut: closing folds it back into the small Templates control and returns
        // the caret to the message box.
        onClose={
          m.open
            ? () => {
                collapse(m);
                m.composer.editor.focus();
              }
            : undefined
        }
        onInsert={async (text) => {
          const result = await insertIntoComposer(m.composer, text);
          if (!result.ok) return { ok: false, reason: 'its Send button did not enable' };
          // A message to someone in the People log is a logged contact once the user sends it.
          const p = m.person;
          if (p) {
            watchComposerSend(m.composer, text, () => void logMessage(p, text), m.controller.signal);
          }
          // The text is in the message box, caret after it: the picker gets out of the way of Send,
          // and the region below (not remounted with it) tells screen reader users what happened.
          m.said = t('composer_inserted');
          collapse(m);
          return result;
        }}
      />
      <p class="op-sr" role="status">
        {m.said ?? ''}
      </p>
    </>,
  );
}

/**
 * Opens the full picker (focus in its filter) in the composer that holds `target`, or, when
 * `target` is in none, in the only composer on the page. False when there is no such composer.
 */
export function openComposerPicker(target: EventTarget | null): boolean {
  const composer = target ? composerFor(target) : null;
  let m = composer ? mounted.get(composer.editor) : undefined;
  if (!m && !composer && mounted.size === 1) m = [...mounted.values()][0];
  if (!m) return false;
  m.said = '';
  m.open = true;
  m.generation += 1;
  render(m);
  return true;
}

async function completeHandoff(m: Mounted): Promise<InsertResult | null> {
  const { composer } = m;
  // The ?recipient=<vanity> compose route names the person exactly: match on that. Elsewhere (the
  // ?invitation= route, overlays) on the composer's recipient name.
  const personName = composer.recipient?.fullName ?? null;
  const pending = await takePending(
    composer.routeRecipient ? { recipientVanity: composer.routeRecipient, personName } : { personName },
  ).catch(() => null);
  if (!pending) return null;
  const result = await insertIntoComposer(composer, pending.text);
  // A kept reason or a reply from another page: logged in People once the user sends it.
  const purpose = pending.purpose;
  if (result.ok && purpose) watchComposerSend(composer, pending.text, () => logDelivered(purpose, pending.text), m.controller.signal);
  // Taken from storage and not in LinkedIn's model: say so here and keep it to copy, never lose it.
  if (!result.ok && !m.controller.signal.aborted) {
    m.unregistered = pending.text;
    render(m);
  }
  return result;
}

/** Follow-ups first when the recipient is in the People log (matched on the exact name). */
function lookUpPerson(m: Mounted): void {
  const name = m.composer.recipient?.fullName;
  if (!name) return;
  void peopleLog()
    .find({ fullName: name })
    .then((p) => {
      if (!p || m.controller.signal.aborted) return;
      m.person = p;
      m.generation += 1;
      render(m);
    })
    .catch(() => undefined);
}

export const composerTemplates: Feature = {
  id: 'composer-templates',
  arm(signal) {
    onLibrary(() => mounted.forEach(render), signal);
    // The in-page fallback for the browser command "open-template-picker" (picker-command.ts),
    // which is the primary path: its default Alt+Shift+O reaches the page only when the command is
    // not bound to it (the user rebound or cleared it, or another extension holds the key), and
    // then this still works. Alt+Shift+T, the original in-page shortcut, stays for those who
    // learnt it; it cannot be the command's key because Chrome reserves it (focus the toolbar).
    window.addEventListener(
      'keydown',
      (event) => {
        if (!(event.altKey && event.shiftKey && (event.code === 'KeyO' || event.code === 'KeyT')) || event.isComposing) return;
        if (!openComposerPicker(event.composedPath()[0] ?? event.target!)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true, signal },
    );
  },
  scan(doc, view) {
    const seen = new Set<HTMLElement>();
    for (const composer of findComposers(doc)) {
      seen.add(composer.editor);
      const existing = mounted.get(composer.editor);
      if (existing && existing.controller.signal.aborted === false) {
        existing.composer = composer;
        continue;
      }
      const controller = new AbortController();
      view.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
      const { host, root } = mountShadowHost(
        'on-purpose-composer-templates',
        { parent: composer.mountPoint },
        composerStyles,
        controller.signal,
      );
      host.setAttribute('data-on-purpose-ui', 'composer');
      const m: Mounted = { composer, root, controller, open: false, generation: 0, person: null };
      mounted.set(composer.editor, m);
      controller.signal.addEventListener('abort', () => mounted.delete(composer.editor), { once: true });
      render(m);
      lookUpPerson(m);
      handoffs.set(composer.editor, completeHandoff(m));
    }
    for (const [editor, m] of mounted) if (!seen.has(editor) && !editor.isConnected) m.controller.abort();
  },
};
