/**
 * On the profile of someone in the People log (issue 10, part 5): a small On Purpose card, out of
 * LinkedIn's way (its own custom element with an open shadow root, after the top card), saying
 * when you invited them and why, the state with the evidence behind it, and the next follow-up.
 *
 * Part 4, "the kept reason, delivered": when they were invited without a note and a reason was
 * kept, and they have accepted, the card offers "Send the reason you kept". It opens LinkedIn's
 * own composer for them (the profile's Message control; its compose route when there is none),
 * puts the reason in through a follow-up template, registered by LinkedIn (Send enabled), and
 * stops. The user presses Send. The delivery is logged only when that Send is seen
 * (../composer-send.ts); until then the card says the reason is waiting in the message box.
 */
import { useEffect, useState } from 'preact/hooks';
import { followUpTitle, nextFollowUp } from '../../core/people/followups';
import type { Evidence, Person } from '../../core/people/model';
import { findComposers, insertIntoComposer, readComposerText, readProfileTopCard, sameName } from '../../linkedin';
import type { Composer, ProfileTopCard } from '../../linkedin';
import { putPending, takePending } from '../../storage/handoff';
import { copyText } from '../../ui/clipboard';
import { t, type MessageKey } from '../../ui/i18n';
import { mountShadowHost, renderInto } from '../../ui/mount';
import { uiStyles } from '../../ui/styles';
import { getBridge } from '../bridge';
import { watchComposerSend } from '../composer-send';
import { invitedOn, reasonMessage, reasonOf } from '../follow-up';
import { logDelivered, peopleLog } from '../people-log';
import type { Feature } from '../runtime';
import { library } from '../state';
import { waitFor } from '../wait';
import { handoffInto } from './composer-templates';

const STATE_LABEL: Record<Person['state'], MessageKey> = {
  unconfirmed: 'card_state_unconfirmed',
  sent: 'card_state_sent',
  accepted: 'card_state_accepted',
  withdrawn: 'card_state_withdrawn',
  unknown: 'card_state_unknown',
};

const SIGNAL_LABEL: Record<Evidence['signal'], MessageKey> = {
  'send-pressed': 'card_sig_send_pressed',
  'sent-toast': 'card_sig_sent_toast',
  'pending-shown': 'card_sig_pending_shown',
  'sent-list-listed': 'card_sig_sent_list_listed',
  'sent-list-absent': 'card_sig_sent_list_absent',
  'profile-1st': 'card_sig_profile_1st',
  'profile-not-connected': 'card_sig_profile_not_connected',
  'connections-list': 'card_sig_connections_list',
  'notification-accepted': 'card_sig_notification_accepted',
  withdrawn: 'card_sig_withdrawn',
  'connections-csv': 'card_sig_connections_csv',
  user: 'card_sig_user',
  'invitation-received': 'card_sig_invitation_received',
};

const when = (at: number): string =>
  new Date(at).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const cardStyles = `${uiStyles}
:host{display:block;margin:8px 0}
.op-person{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:var(--bg)}
.op-person h2{font-size:14px;margin:0 0 4px}
.op-person p{margin:4px 0}
.op-person ul{margin:4px 0;padding-left:18px}
`;

/** The next follow-up in words (people-core's cadence arithmetic, in the user's time zone). */
function nextFollowUpText(p: Person): string {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const next = nextFollowUp(p, Date.now(), tz);
  if (!next) return t('card_next_none');
  const at = [followUpTitle(next), next.due];
  return next.overdueDays > 0 ? t('card_next_late', [...at, next.overdueDays]) : next.overdueDays === 0 ? t('card_next_today', at) : t('card_next_due', at);
}

type Delivery = { ok: true; navigating?: boolean; composer?: Composer } | { ok: false; reason: string };

/** Opens LinkedIn's composer for this person and inserts `text` (never sends). */
async function deliver(p: Person, text: string): Promise<Delivery> {
  const card = readProfileTopCard(document);
  const here = card && ((p.vanityName && card.vanityName?.toLowerCase() === p.vanityName) || sameName(card.displayName, p.fullName)) ? card : null;
  const route =
    here?.composeUrl ??
    (p.profileUrn
      ? `https://www.linkedin.com/messaging/compose/?profileUrn=${encodeURIComponent(p.profileUrn)}`
      : p.vanityName
        ? `https://www.linkedin.com/messaging/compose/?recipient=${encodeURIComponent(p.vanityName)}`
        : null);
  if (!here?.message && !route) return { ok: false, reason: t('card_fail_no_route') };
  // Handed over first: if LinkedIn answers with a page load, the composer there takes it (the
  // ?recipient=<vanity> route only takes a hand-over naming that vanity).
  const handedOver = await putPending({ text, personName: p.fullName, invitationUrn: null, recipientVanity: p.vanityName, createdAt: Date.now(), purpose: { kind: 'reason', personId: p.id, vanityName: p.vanityName, fullName: p.fullName } }).then(
    () => true,
    () => false,
  );
  if (!here?.message) {
    if (!handedOver) return { ok: false, reason: t('card_fail_prepare') };
    location.assign(route!);
    return { ok: true, navigating: true };
  }
  const before = new Set(findComposers(document).map((c) => c.editor));
  here.message.click();
  const composer = await waitFor<Composer>(() => {
    const all = findComposers(document);
    return (
      all.find((c) => !before.has(c.editor) && (!c.recipient || sameName(c.recipient.fullName, p.fullName) || c.recipient.fullName.startsWith(p.fullName.split(' ')[0] ?? ''))) ??
      all.find((c) => c.recipient && sameName(c.recipient.fullName, p.fullName)) ??
      null
    );
  }, 4000);
  const pending = handedOver ? await takePending({ personName: p.fullName }).catch(() => null) : null;
  if (!composer) return { ok: false, reason: t('card_fail_no_box') };
  const theirs = pending ? null : await handoffInto(composer.editor);
  const result = theirs ?? (await insertIntoComposer(composer, text));
  if (result?.ok && readComposerText(composer).includes(text.split('\n')[0] ?? '')) return { ok: true, composer };
  return { ok: false, reason: t('card_fail_not_registered') };
}

function PersonCard({ initial, signal }: { initial: Person; signal: AbortSignal }) {
  const [p, setP] = useState(initial);
  const [status, setStatus] = useState<{ ok: boolean; text: string; copy?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const ctl = new AbortController();
    signal.addEventListener('abort', () => ctl.abort(), { once: true });
    const refresh = (): void =>
      void peopleLog()
        .find({ vanityName: p.vanityName, profileUrn: p.profileUrn, fullName: p.fullName })
        .then((fresh) => fresh && !ctl.signal.aborted && setP(fresh))
        .catch(() => undefined);
    peopleLog().subscribe(refresh, ctl.signal);
    // A write between the mount's read and this subscription (the acceptance feature reading the
    // same profile in the same scan) would otherwise go unseen.
    refresh();
    return () => ctl.abort();
  }, []);

  const first = p.fullName.split(' ')[0] || t('this_person');
  const reason = reasonOf(p);
  const kept = p.invite?.mode === 'reason-kept';
  const offerReason = kept && p.state === 'accepted' && !p.reasonDeliveredAt && !!reason;
  const latest = [...p.evidence].reverse().slice(0, 4);

  const send = async (e: Event) => {
    const lib = library();
    const { text } = reasonMessage(lib.templates, p, { firstName: lib.settings.myFirstName });
    setBusy(true);
    setStatus({ ok: true, text: t('card_opening') });
    const r = await deliver(p, text);
    setBusy(false);
    if (!r.ok) {
      const copied = await copyText(text, e.currentTarget as Node);
      setStatus({ ok: false, text: t(copied ? 'card_fail_copied' : 'card_fail', r.reason), copy: copied ? undefined : text });
      return;
    }
    if (r.composer) watchComposerSend(r.composer, text, () => logDelivered({ kind: 'reason', personId: p.id, vanityName: p.vanityName, fullName: p.fullName }, text), signal);
    setStatus({
      ok: true,
      text: r.navigating
        ? t('people_reason_opening')
        : t('card_reason_inserted'),
    });
  };

  return (
    <section class="op-ui op-person" aria-label={t('card_label', p.fullName)}>
      <h2>On Purpose</h2>
      {p.invite ? (
        <p>
          {t(kept ? 'card_invited_kept' : p.invite.note ? 'card_invited_note' : 'card_invited_no_note', [first, invitedOn(p.invite.at)])}
        </p>
      ) : (
        <p>{t('card_in_log', p.fullName)}</p>
      )}
      {reason && (
        <p>
          <strong>{t('card_why')}</strong> {reason}
        </p>
      )}
      <p>
        <strong>{t(STATE_LABEL[p.state])}</strong>
        {p.state === 'unconfirmed' ? t('card_unconfirmed_note') : ''}
      </p>
      {latest.length > 0 && (
        <ul aria-label={t('card_evidence')}>
          {latest.map((ev) => (
            <li key={`${ev.signal}-${ev.at}`}>
              {t(SIGNAL_LABEL[ev.signal])} ({when(ev.at)}, {ev.where}){ev.detail ? `: ${ev.detail}` : ''}
            </li>
          ))}
        </ul>
      )}
      {p.reasonDeliveredAt && <p>{t('card_reason_sent_on', invitedOn(p.reasonDeliveredAt))}</p>}
      <p>
        <strong>{t('card_next')}</strong> {nextFollowUpText(p)}
      </p>
      {offerReason && (
        <div class="op-actions">
          <button type="button" class="op-btn op-primary" disabled={busy} onClick={send}>
            {t('people_send_kept')}
          </button>
        </div>
      )}
      <p class={status && !status.ok ? 'op-alert' : 'op-status'} role="status">
        {status?.text ?? ''}
      </p>
      {status?.copy && (
        <button type="button" class="op-btn" onClick={(e) => void copyText(status.copy!, e.currentTarget)}>
          {t('card_copy')}
        </button>
      )}
    </section>
  );
}

let mounted: { top: HTMLElement; personId: string; controller: AbortController; host: HTMLElement } | null = null;
let looking = false;
/** A top card whose person is not in the log, until the log changes (no storage read per scan). */
let absentFor: HTMLElement | null = null;

async function mount(card: ProfileTopCard, view: AbortSignal): Promise<void> {
  const p = await peopleLog()
    .find({ vanityName: card.vanityName, profileUrn: card.profileUrn, fullName: card.person.fullName })
    .catch(() => null);
  if (!p) absentFor = card.card;
  if (!p || view.aborted || !card.card.isConnected) return;
  const controller = new AbortController();
  view.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  const anchor = card.mountAfter;
  const { host, root } = mountShadowHost(
    'on-purpose-person-card',
    { parent: anchor.parentNode ?? anchor, before: anchor.parentNode ? anchor.nextSibling : null },
    cardStyles,
    controller.signal,
  );
  host.setAttribute('data-on-purpose-ui', 'person');
  mounted = { top: card.card, personId: p.id, controller, host };
  controller.signal.addEventListener(
    'abort',
    () => {
      if (mounted?.controller === controller) mounted = null;
    },
    { once: true },
  );
  renderInto(root, <PersonCard initial={p} signal={controller.signal} />);
}

export const personCard: Feature = {
  id: 'person-card',
  arm(signal) {
    // Someone logged while their profile is open (a send just now): look again.
    peopleLog().subscribe(() => {
      absentFor = null;
      if (!mounted) getBridge()?.requestScan();
    }, signal);
  },
  scan(doc, view) {
    const card = readProfileTopCard(doc);
    if (mounted && (!card || mounted.top !== card.card || !mounted.host.isConnected)) mounted.controller.abort();
    if (!card || mounted || looking || absentFor === card.card) return;
    looking = true;
    void mount(card, view).finally(() => (looking = false));
  },
};
