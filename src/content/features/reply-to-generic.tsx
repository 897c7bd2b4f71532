/**
 * Reply to generic invites (issue #5): on received invitations that came with no note, an
 * "Ask how we met" control opens LinkedIn's own composer for that person and puts the user's
 * reply template in it, first name filled in. The user reads it and presses LinkedIn's Send;
 * we never send, accept or ignore anything.
 */
import { useState } from 'preact/hooks';
import { renderBody } from '../../core/syntax';
import { MESSAGE_LIMIT, type Template } from '../../core/schema';
import { findComposers, findInvitationCards, insertIntoComposer, readComposerText } from '../../linkedin';
import type { Composer, InvitationCard } from '../../linkedin/types';
import { putPending, takePending } from '../../storage/handoff';
import { copyText } from '../../ui/clipboard';
import { mountShadowHost, renderInto } from '../../ui/mount';
import { uiStyles } from '../../ui/styles';
import { TemplateAssistant, type InsertResult } from '../../ui/TemplateAssistant';
import type { Feature } from '../runtime';
import { library } from '../state';
import { waitFor } from '../wait';

const mounted = new WeakMap<HTMLElement, AbortController>();
const NOT_SEEN = 'LinkedIn did not register the text in its message box. Copy it and paste it instead.';

export function defaultReply(templates: readonly Template[], defaultId: string | null): Template | null {
  const replies = templates.filter((t) => t.kind === 'reply');
  return replies.find((t) => t.id === defaultId) ?? replies[0] ?? null;
}

function sameFirstWords(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b) || norm(a).startsWith(norm(b)) || norm(b).startsWith(norm(a));
}

/** Opens LinkedIn's composer for the card's person and inserts the text there. */
async function deliver(card: InvitationCard, text: string): Promise<InsertResult & { how?: string }> {
  const name = card.person?.fullName ?? null;
  const before = new Set(findComposers(document).map((c) => c.editor));
  const urn = card.composeUrl ? new URL(card.composeUrl, location.href).searchParams.get('invitation') : null;
  if (card.messageControl || card.composeUrl) {
    // Hand the text over first: if LinkedIn answers with a page load, the composer on the next
    // page takes it (exactly once, within a short expiry). In this page, whoever takes it inserts.
    const handedOver = await putPending({ text, personName: name, invitationUrn: urn, createdAt: Date.now() }).then(
      () => true,
      () => false,
    );
    if (card.messageControl) card.messageControl.click();
    else location.assign(card.composeUrl!);
    const composer = await waitFor<Composer>(() => {
      const all = findComposers(document);
      return (
        all.find((c) => !before.has(c.editor) && (!name || !c.recipient || sameFirstWords(c.recipient.fullName, name))) ??
        all.find((c) => name && c.recipient && sameFirstWords(c.recipient.fullName, name)) ??
        null
      );
    }, 4000);
    if (composer) {
      if (!handedOver) return insertIntoComposer(composer, text).then((r) => (r.ok ? r : { ok: false, reason: NOT_SEEN }));
      const pending = await takePending({ personName: name }).catch(() => null);
      if (pending) {
        const result = await insertIntoComposer(composer, pending.text);
        return result.ok ? result : { ok: false, reason: NOT_SEEN };
      }
      // The composer feature took the hand-over as the composer appeared and inserted it already.
      if (readComposerText(composer).trim()) return { ok: true };
    }
  }
  await takePending({ personName: name }).catch(() => null);
  const copied = await copyText(text);
  return {
    ok: false,
    reason: copied
      ? `Could not reach LinkedIn’s message box, so the reply is copied: paste it into a message to ${card.person?.firstName ?? 'them'}.`
      : 'Could not reach LinkedIn’s message box or the clipboard.',
  };
}

function AskControl({ card }: { card: InvitationCard }) {
  const { templates, settings } = library();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [choosing, setChoosing] = useState(false);
  const first = card.person?.firstName ?? '';
  const template = defaultReply(templates, settings.defaultReplyId);

  const send = async (text: string): Promise<InsertResult> => {
    setStatus({ ok: true, text: 'Opening LinkedIn’s message box…' });
    const result = await deliver(card, text);
    setStatus(
      result.ok
        ? { ok: true, text: `Reply ready in LinkedIn’s message box. Read it, then press Send.` }
        : { ok: false, text: result.reason },
    );
    return result;
  };

  const ask = async () => {
    if (!template) return setChoosing(true);
    const rendered = renderBody(template.body, { person: card.person, me: { firstName: settings.myFirstName } });
    // Fill-ins to answer, or a name we could not read: ask in the assistant instead.
    if (!rendered || rendered.missing.length || rendered.unresolvedVariables.length) return setChoosing(true);
    await send(rendered.text);
  };

  return (
    <div class="op-ui" role="group" aria-label={`On Purpose: reply to ${card.person?.fullName ?? 'this invitation'}`}>
      <div class="op-actions">
        <button type="button" class="op-btn op-primary" onClick={ask}>
          Ask how we met
        </button>
        <button type="button" class="op-btn op-link" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          Choose a reply…
        </button>
      </div>
      {status && (
        <p class={status.ok ? 'op-status' : 'op-alert'} role="status">
          {status.text}
        </p>
      )}
      {choosing && (
        <TemplateAssistant
          kind="reply"
          label={`Reply templates for ${first || 'this person'}`}
          templates={templates}
          defaultId={settings.defaultReplyId}
          person={card.person}
          me={{ firstName: settings.myFirstName }}
          limit={MESSAGE_LIMIT}
          autoFocus="filter"
          onInsert={send}
          onClose={() => setChoosing(false)}
        />
      )}
    </div>
  );
}

export const replyToGeneric: Feature = {
  id: 'reply-to-generic',
  scan(doc, view) {
    for (const card of findInvitationCards(doc)) {
      const existing = mounted.get(card.card);
      const wanted = card.kind === 'person' && !card.hasNote;
      if (!wanted) {
        existing?.abort();
        continue;
      }
      if (existing && !existing.signal.aborted) continue;
      const controller = new AbortController();
      view.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
      mounted.set(card.card, controller);
      const anchor = card.mountAfter;
      const { host, root } = mountShadowHost(
        'on-purpose-ask',
        { parent: anchor.parentNode ?? card.card, before: anchor.parentNode ? anchor.nextSibling : null },
        uiStyles,
        controller.signal,
      );
      host.setAttribute('data-on-purpose-ui', 'ask');
      renderInto(root, <AskControl card={card} />);
    }
  },
};
