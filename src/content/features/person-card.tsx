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

const STATE_LABEL: Record<Person['state'], string> = {
  unconfirmed: 'Invitation not confirmed yet',
  sent: 'Invitation sent, waiting for them',
  accepted: 'Connected',
  withdrawn: 'Invitation withdrawn',
  unknown: 'Not sure where this stands',
};

const SIGNAL_LABEL: Record<Evidence['signal'], string> = {
  'send-pressed': 'You pressed Send',
  'sent-toast': 'LinkedIn said the invitation was sent',
  'pending-shown': 'LinkedIn showed Pending',
  'sent-list-listed': 'Listed in your sent invitations',
  'sent-list-absent': 'No longer in your sent invitations',
  'profile-1st': 'Their profile reads 1st degree',
  'profile-not-connected': 'Their profile offers Connect',
  'connections-list': 'Listed in your connections',
  'notification-accepted': 'A notification said they accepted',
  withdrawn: 'Withdrawn',
  'connections-csv': 'In LinkedIn’s Connections export',
  user: 'You said so',
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
  if (!next) return 'None planned (add one in the On Purpose popup, People)';
  const late = next.overdueDays > 0 ? ` (${next.overdueDays} day${next.overdueDays === 1 ? '' : 's'} late)` : next.overdueDays === 0 ? ' (today)' : '';
  return `${followUpTitle(next)}, due ${next.due}${late}`;
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
  if (!here?.message && !route) return { ok: false, reason: 'LinkedIn offers no way to message them from here' };
  // Handed over first: if LinkedIn answers with a page load, the composer there takes it (the
  // ?recipient=<vanity> route only takes a hand-over naming that vanity).
  const handedOver = await putPending({ text, personName: p.fullName, invitationUrn: null, recipientVanity: p.vanityName, createdAt: Date.now(), purpose: { kind: 'reason', personId: p.id, vanityName: p.vanityName, fullName: p.fullName } }).then(
    () => true,
    () => false,
  );
  if (!here?.message) {
    if (!handedOver) return { ok: false, reason: 'Could not prepare LinkedIn’s message box' };
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
  if (!composer) return { ok: false, reason: 'LinkedIn’s message box did not open' };
  const theirs = pending ? null : await handoffInto(composer.editor);
  const result = theirs ?? (await insertIntoComposer(composer, text));
  if (result?.ok && readComposerText(composer).includes(text.split('\n')[0] ?? '')) return { ok: true, composer };
  return { ok: false, reason: 'LinkedIn did not register the text in its message box' };
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

  const first = p.fullName.split(' ')[0] || 'them';
  const reason = reasonOf(p);
  const kept = p.invite?.mode === 'reason-kept';
  const offerReason = kept && p.state === 'accepted' && !p.reasonDeliveredAt && !!reason;
  const latest = [...p.evidence].reverse().slice(0, 4);

  const send = async (e: Event) => {
    const lib = library();
    const { text } = reasonMessage(lib.templates, p, { firstName: lib.settings.myFirstName });
    setBusy(true);
    setStatus({ ok: true, text: 'Opening LinkedIn’s message box…' });
    const r = await deliver(p, text);
    setBusy(false);
    if (!r.ok) {
      const copied = await copyText(text, e.currentTarget as Node);
      setStatus({ ok: false, text: `${r.reason}${copied ? ', so the message is copied: paste it into a message to them.' : '.'}`, copy: copied ? undefined : text });
      return;
    }
    if (r.composer) watchComposerSend(r.composer, text, () => logDelivered({ kind: 'reason', personId: p.id, vanityName: p.vanityName, fullName: p.fullName }, text), signal);
    setStatus({
      ok: true,
      text: r.navigating
        ? 'Opening LinkedIn’s message box: your reason will be there. Read it, then press Send.'
        : 'Your reason is in LinkedIn’s message box. Read it, then press Send: On Purpose never sends for you.',
    });
  };

  return (
    <section class="op-ui op-person" aria-label={`On Purpose: ${p.fullName}`}>
      <h2>On Purpose</h2>
      {p.invite ? (
        <p>
          You invited {first} on {invitedOn(p.invite.at)}
          {kept ? ', without a note (you kept the reason)' : p.invite.note ? ', with a note' : ', without a note'}.
        </p>
      ) : (
        <p>{p.fullName} is in your People log.</p>
      )}
      {reason && (
        <p>
          <strong>Why:</strong> {reason}
        </p>
      )}
      <p>
        <strong>{STATE_LABEL[p.state]}</strong>
        {p.state === 'unconfirmed' ? ': LinkedIn has not confirmed it yet.' : ''}
      </p>
      {latest.length > 0 && (
        <ul aria-label="Evidence">
          {latest.map((ev) => (
            <li key={`${ev.signal}-${ev.at}`}>
              {SIGNAL_LABEL[ev.signal]} ({when(ev.at)}, {ev.where}){ev.detail ? `: ${ev.detail}` : ''}
            </li>
          ))}
        </ul>
      )}
      {p.reasonDeliveredAt && <p>You sent them your reason on {invitedOn(p.reasonDeliveredAt)}.</p>}
      <p>
        <strong>Next follow-up:</strong> {nextFollowUpText(p)}
      </p>
      {offerReason && (
        <div class="op-actions">
          <button type="button" class="op-btn op-primary" disabled={busy} onClick={send}>
            Send the reason you kept
          </button>
        </div>
      )}
      <p class={status && !status.ok ? 'op-alert' : 'op-status'} role="status">
        {status?.text ?? ''}
      </p>
      {status?.copy && (
        <button type="button" class="op-btn" onClick={(e) => void copyText(status.copy!, e.currentTarget)}>
          Copy
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
