/**
 * People log, part 1 (issue 10): the invitations the user sent through a guarded dialog.
 *
 * The always-on guard writes a raw `pe:` entry the moment Send is pressed (../send-log.ts); this
 * feature, in the UI bundle, turns it into the person's record (state `unconfirmed`) and then looks
 * for LinkedIn's own feedback for a while: the toast "Your invitation to X was sent." or the
 * profile's Connect turned into "Pending, click to withdraw invitation sent to X". Either one makes
 * it `sent`. Nothing else does: a failure toast, or no feedback at all, leaves it unconfirmed, to be
 * confirmed later by the profile or the Sent list (people-acceptance.ts).
 */
import { findInviteToasts, readProfileTopCard, sameName } from '../../linkedin';
import type { Person } from '../../core/people/model';
import { getBridge } from '../bridge';
import { peopleLog } from '../people-log';
import type { Feature } from '../runtime';

/** How long LinkedIn's feedback is looked for after a send (its toast shows for a few seconds). */
const WATCH_MS = 15_000;
const POLL_MS = 250;

const watching = new Map<string, number>();

/** The profile URN, when the page is this person's profile (the Message href, S16). */
function urnFor(vanity: string | null): string | null {
  const card = readProfileTopCard(document);
  return card && vanity && card.vanityName?.toLowerCase() === vanity.toLowerCase() ? card.profileUrn : null;
}

function watch(p: Person, signal: AbortSignal): void {
  if (watching.has(p.id)) return;
  const started = Date.now();
  watching.set(p.id, started);
  const tick = (): void => {
    if (signal.aborted || Date.now() - started > WATCH_MS) {
      watching.delete(p.id);
      return;
    }
    const toasts = findInviteToasts(document);
    if (toasts.some((t) => t.kind === 'failed')) {
      watching.delete(p.id); // LinkedIn said no: it stays unconfirmed
      return;
    }
    // A toast naming the person, or a nameless one while this is the only send being watched.
    const toast = toasts.find((t) => t.kind === 'sent' && (t.name ? sameName(t.name, p.fullName) : watching.size === 1));
    const card = toast ? null : readProfileTopCard(document);
    const pending =
      card && card.relation === 'pending' && ((p.vanityName && card.vanityName?.toLowerCase() === p.vanityName) || sameName(card.displayName, p.fullName));
    if (toast || pending) {
      watching.delete(p.id);
      void peopleLog().evidence(
        { vanityName: p.vanityName, profileUrn: p.profileUrn, fullName: p.fullName },
        toast
          ? { signal: 'sent-toast', at: Date.now(), where: location.pathname, detail: (toast.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) }
          : { signal: 'pending-shown', at: Date.now(), where: location.pathname },
      );
      return;
    }
    setTimeout(tick, POLL_MS);
  };
  tick();
}

async function ingest(signal: AbortSignal): Promise<void> {
  const touched = await peopleLog()
    .ingestPending()
    .catch(() => [] as Person[]);
  // The profile's URN, when the send happened on their profile (slugs change; URNs do not).
  for (const p of touched) {
    const urn = p.profileUrn ? null : urnFor(p.vanityName);
    if (urn) await peopleLog().patch(p.id, { profileUrn: urn });
  }
  // Only sends from this page can be confirmed by what this page shows now.
  for (const p of touched) if (p.state === 'unconfirmed' && p.invite && Date.now() - p.invite.at < WATCH_MS) watch(p, signal);
}

export const peopleSendLog: Feature = {
  id: 'people-send-log',
  arm(signal) {
    const bridge = getBridge();
    if (!bridge) return;
    bridge.onPeopleEvent = () => void ingest(signal);
    signal.addEventListener('abort', () => (bridge.onPeopleEvent = null), { once: true });
    // Sends pressed before this bundle arrived, and any entry left by a page load right after Send.
    bridge.pendingPeopleKeys.length = 0;
    void ingest(signal);
  },
};
