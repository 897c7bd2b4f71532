/**
 * Templates in any composer (issue #5, parts 3-4): every LinkedIn message composer (overlay bubble,
 * overlay in #interop-outlet, full /messaging/ page) gets a small "Templates" control, also opened
 * with Alt+Shift+T from the message box, for the user's reply templates. It also completes a reply
 * handed over from another page load (storage.session), inserting it exactly once.
 */
import { MESSAGE_LIMIT } from '../../core/schema';
import { composerFor, findComposers, insertIntoComposer } from '../../linkedin';
import type { Composer, InsertResult } from '../../linkedin/types';
import { takePending } from '../../storage/handoff';
import { mountShadowHost, renderInto } from '../../ui/mount';
import { uiStyles } from '../../ui/styles';
import { TemplateAssistant } from '../../ui/TemplateAssistant';
import type { Feature } from '../runtime';
import { library, onLibrary } from '../state';

interface Mounted {
  composer: Composer;
  root: ShadowRoot;
  controller: AbortController;
  opened: number;
}
const mounted = new Map<HTMLElement, Mounted>();
/** Hand-overs this page completed, per editor: "Ask how we met" on this page waits for the result
 *  instead of inserting a second time when this feature took the text first. */
const handoffs = new WeakMap<HTMLElement, Promise<InsertResult | null>>();

export function handoffInto(editor: HTMLElement): Promise<InsertResult | null> | undefined {
  return handoffs.get(editor);
}

function render(m: Mounted): void {
  const { templates, settings } = library();
  renderInto(
    m.root,
    <TemplateAssistant
      key={m.opened}
      kind="reply"
      label="On Purpose: message templates"
      compact={m.opened === 0}
      templates={templates}
      defaultId={settings.defaultReplyId}
      person={m.composer.recipient}
      me={{ firstName: settings.myFirstName }}
      limit={MESSAGE_LIMIT}
      autoFocus={m.opened ? 'filter' : 'none'}
      // Opened by the shortcut: closing folds it back into the small Templates control and returns
      // the caret to the message box.
      onClose={
        m.opened
          ? () => {
              m.opened = 0;
              render(m);
              m.composer.editor.focus();
            }
          : undefined
      }
      onInsert={async (text) => {
        const result = await insertIntoComposer(m.composer, text);
        return result.ok ? result : { ok: false, reason: 'its Send button did not enable' };
      }}
    />,
  );
}

async function completeHandoff(composer: Composer): Promise<InsertResult | null> {
  const pending = await takePending({ personName: composer.recipient?.fullName ?? null }).catch(() => null);
  return pending ? insertIntoComposer(composer, pending.text) : null;
}

export const composerTemplates: Feature = {
  id: 'composer-templates',
  arm(signal) {
    onLibrary(() => mounted.forEach(render), signal);
    window.addEventListener(
      'keydown',
      (event) => {
        if (!(event.altKey && event.shiftKey && event.code === 'KeyT') || event.isComposing) return;
        const composer = composerFor(event.composedPath()[0] ?? event.target!);
        const m = composer && mounted.get(composer.editor);
        if (!m) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        m.opened += 1;
        render(m);
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
      const { host, root } = mountShadowHost('on-purpose-composer-templates', { parent: composer.mountPoint }, uiStyles, controller.signal);
      host.setAttribute('data-on-purpose-ui', 'composer');
      const m: Mounted = { composer, root, controller, opened: 0 };
      mounted.set(composer.editor, m);
      controller.signal.addEventListener('abort', () => mounted.delete(composer.editor), { once: true });
      render(m);
      handoffs.set(composer.editor, completeHandoff(composer));
    }
    for (const [editor, m] of mounted) if (!seen.has(editor) && !editor.isConnected) m.controller.abort();
  },
};
