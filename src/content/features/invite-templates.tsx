/**
 * Offer templates where the note is written (issue #3, parts 3-5). When an invite dialog is on
 * screen, a panel inside it explains any block in one sentence, lists the user's invite templates
 * and asks for their fill-ins, then writes the note into LinkedIn's own field. It never sends.
 *
 * Spent quota: LinkedIn will not take a note, so the panel says why, lets the user keep the reason
 * (with the person and date) to send as a message once accepted, and then lets them send without
 * a note deliberately.
 */
import { useState } from 'preact/hooks';
import { assessNote, effectiveLimit } from '../../core/policy';
import { newId } from '../../core/ids';
import { findInviteDialogs, openNoteStep, setNoteText } from '../../linkedin';
import type { InviteDialog } from '../../linkedin/types';
import { saveReason } from '../../storage/read';
import { mountShadowHost, renderInto } from '../../ui/mount';
import { uiStyles } from '../../ui/styles';
import { TemplateAssistant, type InsertResult } from '../../ui/TemplateAssistant';
import { getBridge } from '../bridge';
import type { FlowStore } from '../invite-flow';
import { SETTLE_MS } from '../loader';
import type { Feature } from '../runtime';
import { library, onLibrary } from '../state';
import { t } from '../../ui/i18n';

interface Panel {
  dialog: HTMLElement;
  step: InviteDialog['step'];
  root: ShadowRoot;
  host: HTMLElement;
  controller: AbortController;
}

const panels = new Set<Panel>();

/** The guard's flow store (one per page, in the always-on script). */
const flow = (): FlowStore => getBridge()!.flow;
const currentFlow = (d: InviteDialog) => flow().current(d);
const updateFlow: FlowStore['update'] = (d, patch) => flow().update(d, patch);

/**
 * A template chosen at step 1: LinkedIn's own "Add a note" is clicked at once, and the note step's
 * panel opens on the same template (LinkedIn re-renders its dialog, so ours is mounted anew).
 */
let chosenAtStep1: { id: string; at: number } | null = null;
/** LinkedIn names the person in step 1 (<strong>) but not in the note step: carry it over. */
let step1Recipient: InviteDialog['recipient'] = null;

function onChooseAtStep1(dialog: InviteDialog, id: string): void {
  if (dialog.step !== 'choose' && dialog.step !== 'email') return;
  chosenAtStep1 = { id, at: Date.now() };
  void openNoteStep(dialog);
}

function withRecipient(dialog: InviteDialog): InviteDialog {
  if (dialog.recipient) {
    if (dialog.step !== 'note') step1Recipient = dialog.recipient;
    return dialog;
  }
  return step1Recipient ? { ...dialog, recipient: step1Recipient } : dialog;
}

const NOT_REGISTERED = 'its counter and Send button did not change';

async function insertNote(handle: InviteDialog, text: string): Promise<InsertResult> {
  let dialog: InviteDialog | null = handle;
  if (dialog.step !== 'note') {
    // From step 1, LinkedIn's own "Add a note" opens the note step first.
    dialog = await openNoteStep(dialog);
    if (!dialog) return { ok: false, reason: 'its note field did not open' };
  }
  const result = await setNoteText(dialog, text);
  if (!result.ok) return { ok: false, reason: NOT_REGISTERED };
  updateFlow(dialog, { block: null });
  dialog.noteField?.focus();
  return { ok: true };
}

function QuotaPanel({ dialog }: { dialog: InviteDialog }) {
  const flow = currentFlow(dialog);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const name = dialog.recipient?.fullName ?? t('this_person');
  const keep = async () => {
    if (!text.trim()) {
      setError(t('quota_write_first'));
      return;
    }
    try {
      const id = newId();
      await saveReason({
        id,
        personName: dialog.recipient?.fullName ?? '',
        profileUrl: dialog.vanityName ? `https://www.linkedin.com/in/${dialog.vanityName}/` : null,
        text: text.trim(),
        createdAt: Date.now(),
      });
      updateFlow(dialog, { reasonKept: true, keptReason: { id, text: text.trim() }, block: null });
    } catch {
      setError(t('quota_keep_failed'));
    }
  };
  return (
    <section class="op-ui" aria-label={t('ext_name')}>
      <p class="op-alert" role="status">
        {dialog.step === 'upsell'
          ? t('quota_upsell')
          : t('quota_spent')}
      </p>
      {flow.reasonKept ? (
        <p class="op-status" role="status">
          {dialog.step === 'upsell' ? t('quota_kept', name) : t('quota_kept_send', name)}
        </p>
      ) : (
        <>
          <div class="op-field">
            <label for="op-reason">
              {t('quota_reason_label', name)}
            </label>
            <textarea id="op-reason" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          {error && <p class="op-alert" role="alert">{error}</p>}
          <div class="op-actions">
            <button type="button" class="op-btn op-primary" onClick={keep}>
              {t('quota_keep')}
            </button>
          </div>
          <SendAnyway dialog={dialog} />
        </>
      )}
    </section>
  );
}

/**
 * Nudge mode's one deliberate action for a blank invite (issue 9 part 4): after a block, one
 * click allows LinkedIn's "Send without a note" for this invite only. The guard uses the allowance
 * up with the send it lets through (invite-guard.ts), and it never outlives the dialog
 * (FlowStore.end). Strict mode, and steps with no blank send (the upsell), offer nothing.
 */
function SendAnyway({ dialog }: { dialog: InviteDialog }) {
  const flow = currentFlow(dialog);
  if (!flow.block?.overridable || getBridge()?.guardMode() !== 'nudge' || !dialog.sendWithoutNoteButton) return null;
  return flow.allowGeneric ? (
    <p class="op-status" role="status">
      {t('anyway_allowed_blank')}
    </p>
  ) : (
    <div class="op-actions">
      <button type="button" class="op-btn op-link" onClick={() => updateFlow(dialog, { allowGeneric: true })}>
        {t('anyway_send_blank')}
      </button>
    </div>
  );
}

function InvitePanel({ dialog }: { dialog: InviteDialog }) {
  const { templates, settings } = library();
  const flow = currentFlow(dialog);
  if (dialog.step === 'upsell' || dialog.step === 'choose-no-note') return <QuotaPanel dialog={dialog} />;
  const limit = effectiveLimit(dialog.pageLimit, settings.noteLimit);
  const block = flow.block;
  // The note step may hold "Send without a note" too (3rd-degree A/B): name the button that was blocked.
  const blank = block ? block.control === 'send-without-note' : dialog.step !== 'note';
  const anyway =
    block?.overridable && getBridge()?.guardMode() === 'nudge' ? (
      flow.allowGeneric ? (
        <p class="op-status" role="status">
          {blank ? t('anyway_allowed_blank') : t('anyway_allowed_note')}
        </p>
      ) : (
        <button type="button" class="op-btn op-link" onClick={() => updateFlow(dialog, { allowGeneric: true })}>
          {blank ? t('anyway_send_blank') : t('anyway_send_note')}
        </button>
      )
    ) : null;
  return (
    <TemplateAssistant
      kind="invite"
      label={t('invite_label')}
      templates={templates}
      defaultId={settings.defaultInviteId}
      person={dialog.recipient}
      me={{ firstName: settings.myFirstName }}
      limit={limit}
      notice={block ? t(block.code, block.subs) : undefined}
      onInsert={async (text, used) => {
        const result = await insertNote(dialog, text);
        // Remembered for the People log: the template and its answers, if this text is what goes out.
        if (result.ok && used) {
          updateFlow(dialog, {
            inserted: { templateId: used.template.id, templateName: used.template.name, answers: { ...used.answers }, text },
          });
        }
        return result;
      }}
      policy={(text) => assessNote(text, { limit, extraGenericPhrases: settings.extraGenericPhrases })}
      autoFocus={block ? 'filter' : 'none'}
      extraActions={anyway}
      initialTemplateId={dialog.step === 'note' && chosenAtStep1 && Date.now() - chosenAtStep1.at < 10_000 ? chosenAtStep1.id : null}
      onChoose={(t) => onChooseAtStep1(dialog, t.id)}
    />
  );
}

/**
 * Puts focus in the template filter of the invite panel whose dialog holds `target` (or of the only
 * panel). False when no panel is on screen yet.
 */
export function openInvitePicker(target: Node | null): boolean {
  const list = [...panels].filter((p) => p.host.isConnected);
  const panel = list.find((p) => target && p.dialog.contains(target)) ?? (list.length === 1 ? list[0] : undefined);
  // The filter of the template list; with a template already chosen, its first fill-in or button.
  const filter = panel?.root.querySelector<HTMLElement>('[role="combobox"]') ?? panel?.root.querySelector<HTMLElement>('input, textarea, select, button');
  filter?.focus();
  return !!filter;
}

function renderPanel(panel: Panel, dialog: InviteDialog): void {
  renderInto(panel.root, <InvitePanel dialog={dialog} key={`${panel.step}-${currentFlow(dialog).block?.at ?? 0}`} />);
}

/** When each dialog was first seen: its panel is drawn once it has stayed SETTLE_MS (or at a block). */
const firstSeen = new WeakMap<HTMLElement, number>();
let settleTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Dialogs already on screen when this bundle starts have stayed SETTLE_MS before it was asked for
 * (loader.ts waits that long for a surface before it asks): waiting again would keep the panel
 * back another quarter second for nothing (measured: the panel came 560 ms after the dialog).
 */
const loadedAt = Date.now();
const ON_ARRIVAL_MS = 100;

function settled(dialog: InviteDialog): boolean {
  const now = Date.now();
  const arrival = now - loadedAt < ON_ARRIVAL_MS ? now - SETTLE_MS : now;
  const seen = firstSeen.get(dialog.dialog) ?? (firstSeen.set(dialog.dialog, arrival), arrival);
  if (now - seen >= SETTLE_MS || currentFlow(dialog).block) return true;
  settleTimer ??= setTimeout(() => {
    settleTimer = null;
    getBridge()?.requestScan();
  }, SETTLE_MS - (now - seen) + 5);
  return false;
}

function reconcile(doc: Document, view: AbortSignal): void {
  const dialogs = getBridge()?.guardMode() === 'off' ? [] : findInviteDialogs(doc).filter((d) => d.step !== 'unknown').map(withRecipient);
  for (const panel of panels) {
    const still = dialogs.find((d) => d.dialog === panel.dialog && d.step === panel.step);
    if (!still || !panel.host.isConnected) {
      panel.controller.abort();
      panels.delete(panel);
    }
  }
  if (!dialogs.length) {
    chosenAtStep1 = null;
    step1Recipient = null;
    flow().end();
    return;
  }
  for (const dialog of dialogs) {
    let panel = [...panels].find((p) => p.dialog === dialog.dialog);
    if (!panel) {
      if (!settled(dialog)) continue;
      const controller = new AbortController();
      view.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
      const { host, root } = mountShadowHost('on-purpose-invite-panel', { parent: dialog.mountPoint }, uiStyles, controller.signal);
      host.setAttribute('data-on-purpose-ui', 'invite');
      panel = { dialog: dialog.dialog, step: dialog.step, root, host, controller };
      panels.add(panel);
      controller.signal.addEventListener('abort', () => panels.delete(panel!), { once: true });
    }
    renderPanel(panel, dialog);
  }
}

export const inviteTemplates: Feature = {
  id: 'invite-templates',
  arm(signal) {
    const rerender = () => reconcile(document, signal);
    flow().onChange(rerender, signal);
    onLibrary(rerender, signal);
  },
  scan(doc, view) {
    reconcile(doc, view);
  },
};
