/**
 * Reply to generic invites (issue #5): on received invitations that came with no note, an
 * "Ask how we met" control opens LinkedIn's own composer for that person and puts the user's
 * reply template in it, first name filled in. The user reads it and presses LinkedIn's Send;
 * we never send, accept or ignore anything.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
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
import { library, onLibrary } from '../state';
import { waitFor } from '../wait';
import { watchComposerSend } from '../composer-send';
import { logDelivered } from '../people-log';
import { handoffInto } from './composer-templates';
import { t, type MessageKey } from '../../ui/i18n';

/** How long LinkedIn may take to show the message box after its Message control is clicked. */
const COMPOSER_WAIT_MS = 8000;

const mounted = new WeakMap<HTMLElement, AbortController>();

/** Outcome of one "Ask": inserted, handed to the next page load, or copied (or not even that). */
type Delivery = { ok: true; navigating?: boolean; composer?: Composer } | { ok: false; reason: string; copied: boolean };

export function defaultReply(templates: readonly Template[], defaultId: string | null): Template | null {
  const replies = templates.filter((t) => t.kind === 'reply');
  return replies.find((t) => t.id === defaultId) ?? replies[0] ?? null;
}

function sameFirstWords(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b) || norm(a).startsWith(norm(b)) || norm(b).startsWith(norm(a));
}

async function copied(text: string, near: Node | null, why: MessageKey, first: string | undefined): Promise<Delivery> {
  const ok = await copyText(text, near);
  return {
    ok: false,
    copied: ok,
    reason: `${t(why)} ${ok ? (first ? t('reply_copied_named', first) : t('reply_copied')) : t('reply_copy_refused')}`,
  };
}

/**
 * Opens LinkedIn's composer for the card's person and inserts the text there: the card's
 * Message/Reply control where it has one (LinkedIn opens an overlay in place), else LinkedIn's
 * compose route for the invitation or, on a card with neither, for the person's profile
 * (?recipient=<vanity>; a page load: the text is handed over through storage.session and inserted
 * by the composer feature on the next page). Only a card with no profile link, or a composer that
 * does not show up, leaves the text copied.
 */
async function deliver(mountedCard: InvitationCard, text: string, near: Node | null): Promise<Delivery> {
  // Handles are never cached across page states (DESIGN §2): the card may have changed since the
  // control mounted (a Message link rendered late, a note expanded), so read it again.
  const card = findInvitationCards(document).find((c) => c.card === mountedCard.card) ?? mountedCard;
  const name = card.person?.fullName ?? null;
  const first = card.person?.firstName;
  const urn = card.composeUrl ? new URL(card.composeUrl, location.href).searchParams.get('invitation') : null;
  if (!card.messageControl && !card.composeUrl) return copied(text, near, 'reply_why_no_message', first);

  // Hand the text over first: if LinkedIn answers the click with a page load, the composer on the
  // next page takes it (exactly once, within a short expiry).
  // The reply is logged in People once the user sends it: a contact with this person, who is added
  // to the log when absent, with their invitation seen here as the evidence.
  const purpose = name ? { kind: 'reply' as const, personId: null, vanityName: card.vanityName, fullName: name, where: location.pathname } : undefined;
  const handedOver = await putPending({
    text,
    personName: name,
    invitationUrn: urn,
    recipientVanity: card.vanityName,
    createdAt: Date.now(),
    ...(purpose ? { purpose } : {}),
  }).then(
    () => true,
    () => false,
  );
  if (!card.messageControl) {
    // Only the compose route is left (for the invitation, else for the profile's vanity name), and
    // it is a page load: without a hand-over the text would be lost. Same tab, as LinkedIn's own
    // Message link does: Back returns to the invitations, no pop-up blocker can stop it after the
    // await above, and the composer feature on the next page inserts the text once and checks
    // that LinkedIn registered it.
    if (!handedOver) return copied(text, near, 'reply_why_no_handover', first);
    location.assign(card.composeUrl!);
    return { ok: true, navigating: true };
  }

  const before = new Set(findComposers(document).map((c) => c.editor));
  card.messageControl.click();
  // LinkedIn's overlay loads the conversation over the network before its box appears: 4 s was
  // too short on a loaded machine (a CI-like run fell back to the clipboard with the box on its
  // way). The user sees "opening…" meanwhile, and the clipboard is still the fallback after.
  const composer = await waitFor<Composer>(() => {
    const all = findComposers(document);
    return (
      all.find((c) => !before.has(c.editor) && (!name || !c.recipient || sameFirstWords(c.recipient.fullName, name))) ??
      all.find((c) => name && c.recipient && sameFirstWords(c.recipient.fullName, name)) ??
      null
    );
  }, COMPOSER_WAIT_MS);
  // Ours again (or gone, if the composer feature already took it for this composer).
  const pending = handedOver ? await takePending({ personName: name, invitationUrn: urn }).catch(() => null) : null;
  if (!composer) return copied(text, near, 'reply_why_no_composer', first);
  // The composer feature may have taken the hand-over as the composer appeared: its insertion is the one.
  const theirs = pending ? null : await handoffInto(composer.editor);
  const result = theirs ?? (await insertIntoComposer(composer, text));
  if (result?.ok && readComposerText(composer).includes(text.split('\n')[0] ?? '')) {
    // Ours inserted it (not the composer feature's hand-over, which watches for itself).
    if (purpose && !theirs) watchComposerSend(composer, text, () => logDelivered(purpose, text), new AbortController().signal);
    return { ok: true, composer };
  }
  return { ok: false, reason: t('reply_not_seen'), copied: false };
}

/** Re-renders the caller when the library changes (a template edited in the popup). */
function useLibrary() {
  const [snap, setSnap] = useState(library);
  useEffect(() => {
    const ctl = new AbortController();
    onLibrary(() => setSnap(library()), ctl.signal);
    setSnap(library());
    return () => ctl.abort();
  }, []);
  return snap;
}

function AskControl({ card }: { card: InvitationCard }) {
  const { templates, settings } = useLibrary();
  const [status, setStatus] = useState<{ ok: boolean; text: string; copy?: string } | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const first = card.person?.firstName ?? '';

  const send = async (text: string, near: Node | null): Promise<InsertResult> => {
    setBusy(true);
    setStatus({ ok: true, text: t('reply_opening') });
    const result = await deliver(card, text, near);
    setBusy(false);
    if (result.ok) {
      setChoosing(false);
      setStatus({
        ok: true,
        text: result.navigating
          ? t('reply_opening_handover')
          : t('reply_ready'),
      });
      return { ok: true };
    }
    setStatus({ ok: false, text: result.reason, copy: result.copied ? undefined : text });
    return { ok: false, reason: result.reason };
  };

  const ask = async (e: Event) => {
    // Read the library now: it may have loaded (or changed) since this control rendered.
    const lib = library();
    const template = defaultReply(lib.templates, lib.settings.defaultReplyId);
    if (!template) return setChoosing(true);
    const rendered = renderBody(template.body, { person: card.person, me: { firstName: lib.settings.myFirstName } });
    // Fill-ins to answer, or a name we could not read: ask in the assistant instead.
    if (rendered.errors.length || rendered.missing.length || rendered.unresolvedVariables.length) return setChoosing(true);
    await send(rendered.text, e.currentTarget as Node);
  };

  const chooseRef = useRef<HTMLButtonElement>(null);
  return (
    <div class="op-ui" role="group" aria-label={card.person?.fullName ? t('reply_group_named', card.person.fullName) : t('reply_group')}>
      <div class="op-actions">
        <button type="button" class="op-btn op-primary" disabled={busy} onClick={ask}>
          {t('reply_ask')}
        </button>
        <button ref={chooseRef} type="button" class="op-link" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          {t('reply_choose')}
        </button>
      </div>
      <p class={status && !status.ok ? 'op-alert' : 'op-status'} role="status">
        {status?.text ?? ''}
      </p>
      {status?.copy && (
        <button
          type="button"
          class="op-btn"
          onClick={async (e) => {
            const ok = await copyText(status.copy!, e.currentTarget);
            setStatus({ ok, text: ok ? t('reply_copied_short') : t('reply_copy_failed'), copy: ok ? undefined : status.copy });
          }}
        >
          {t('as_copy')}
        </button>
      )}
      {choosing && (
        <TemplateAssistant
          kind="reply"
          label={first ? t('reply_list_named', first) : t('as_title_reply')}
          templates={templates}
          defaultId={settings.defaultReplyId}
          person={card.person}
          me={{ firstName: settings.myFirstName }}
          limit={MESSAGE_LIMIT}
          autoFocus="filter"
          onInsert={(text) => send(text, null)}
          onClose={() => {
            setChoosing(false);
            // Esc or ✕: focus goes back to the toggle that opened the list, not to the page's top.
            chooseRef.current?.focus();
          }}
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
