/**
 * One person: what you know (how you met, the reason you connected), where things stand (state
 * and the evidence behind it, the timeline) and what is next (follow-ups, cadence). Snooze and
 * Done are one click each; a "meet" saves as a calendar file with the reason in it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FollowUpKind, Person } from '../../core/people/model';
import type { PersonRow } from './rows';
import { STATE_LABEL, showDate, showTime } from './rows';
import { followUpTitle } from '../../core/people/followups';
import { CADENCE_ID } from './actions';
import type { PeopleActions } from './actions';
import { addDays } from './dates';
import { hasKeptReason } from '../../core/people/invite';
import { keptReasonText, sendKeptReason } from './kept-reason';

export const SIGNAL_LABEL: Record<string, string> = {
  'send-pressed': 'You pressed Send in LinkedIn’s invite dialog',
  'sent-toast': 'LinkedIn said the invitation was sent',
  'pending-shown': 'Their profile showed Pending',
  'sent-list-listed': 'Listed in your sent invitations',
  'sent-list-absent': 'No longer in your sent invitations',
  'profile-1st': 'Their profile showed 1st degree',
  'profile-not-connected': 'Their profile offered Connect again',
  'connections-list': 'Listed in your connections',
  'notification-accepted': 'A notification said they accepted (a hint)',
  withdrawn: 'You withdrew the invitation',
  'connections-csv': 'Listed in LinkedIn’s Connections.csv',
  user: 'You said so',
};

export const EVENT_LABEL: Record<string, string> = {
  invited: 'Invited',
  confirmed: 'Invitation confirmed',
  accepted: 'Accepted',
  withdrawn: 'Withdrawn',
  'reply-sent': 'Replied to their invitation',
  'message-sent': 'Message sent',
  'reason-sent': 'Sent the reason you kept',
  'follow-up-done': 'Follow-up done',
  note: 'Note',
  imported: 'Imported',
};

export interface PersonDetailProps {
  person: Person;
  /** The next follow-up (a one-off or the cadence's), as the list shows it. */
  next: PersonRow['next'];
  actions: PeopleActions;
  today: string;
  onBack(): void;
  announce(message: string): void;
  /** Saves a "meet" follow-up as an .ics file. */
  onCalendar(person: Person, followUpId: string): void;
  /** Deletes the person (the caller offers Undo and goes back to the list). */
  onDelete(person: Person): void;
}

export function PersonDetail({ person: p, next, actions, today, onBack, announce, onCalendar, onDelete }: PersonDetailProps) {
  const name = p.fullName || p.vanityName || p.id;
  const seeded = p.howWeMet.text || p.invite?.reason || '';
  const [how, setHow] = useState({ text: seeded, where: p.howWeMet.where, when: p.howWeMet.when });
  const [kind, setKind] = useState<FollowUpKind>('line');
  const [due, setDue] = useState(addDays(today, 7));
  const [title, setTitle] = useState('');
  const [weeks, setWeeks] = useState(p.cadenceWeeks ? String(p.cadenceWeeks) : '');
  const [err, setErr] = useState('');
  const offerReason = hasKeptReason(p);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const [reasonText, setReasonText] = useState('');
  useEffect(() => {
    if (!offerReason) return;
    let live = true;
    keptReasonText(p, zone).then((t) => live && setReasonText(t), () => undefined);
    return () => {
      live = false;
    };
  }, [offerReason, p, zone]);
  const howChanged = how.text !== p.howWeMet.text || how.where !== p.howWeMet.where || how.when !== p.howWeMet.when;

  const act = (f: () => Promise<unknown>, said: string) => {
    setErr('');
    f().then(
      () => announce(said),
      (e: unknown) => setErr(e instanceof Error ? e.message : String(e)),
    );
  };
  const open = p.followUps.filter((f) => f.doneAt === null).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const cadenceNext = next && !open.some((f) => f.due === next.due) && p.cadenceWeeks ? next : null;
  const events = [...p.events].sort((a, b) => b.at - a.at);
  const profile = p.vanityName ? `https://www.linkedin.com/in/${encodeURIComponent(p.vanityName)}/` : null;

  return (
    <section class="person" aria-labelledby="view-title">
      <div class="toolbar">
        <button type="button" class="op-link" onClick={onBack}>
          ← All people
        </button>
      </div>
      <h2 id="view-title" tabIndex={-1}>
        {name}
      </h2>
      <p class="muted">
        {STATE_LABEL[p.state]}
        {p.invite && ` · invited ${showTime(p.invite.at)}`}
        {p.connectedAt && ` · connected ${showTime(p.connectedAt)}`}
        {profile && (
          <>
            {' · '}
            <a href={profile} target="_blank" rel="noopener noreferrer">
              Profile
            </a>
          </>
        )}
      </p>
      {err && (
        <p class="op-alert" role="alert">
          {err}
        </p>
      )}

      {p.invite && (p.invite.reason || p.invite.note) && (
        <div class="card">
          <h3>Why you connected</h3>
          {p.invite.reason && <p class="saved-text">{p.invite.reason}</p>}
          {p.invite.note && p.invite.note !== p.invite.reason && (
            <p class="muted saved-text">
              {p.invite.mode === 'reason-kept' ? 'Kept (no note was left this month): ' : 'Note as sent: '}
              {p.invite.note}
            </p>
          )}
        </div>
      )}

      {offerReason && (
        <section aria-labelledby="kr-h" class="card">
          <h3 id="kr-h">They accepted: your reason has not reached them yet</h3>
          <p class="muted">
            Your invitation went without a note. On Purpose opens a message to them on LinkedIn with this text in it; you read it and press Send there.
          </p>
          {reasonText && <p class="saved-text">{reasonText}</p>}
          <button
            type="button"
            class="op-btn op-primary"
            onClick={() => act(() => sendKeptReason(p, zone), 'Opening LinkedIn’s message box: your reason will be there. Read it, then press Send.')}
          >
            Send the reason you kept
          </button>
        </section>
      )}

      <section aria-labelledby="fu-h" class="card">
        <h3 id="fu-h">Follow-ups</h3>
        {!open.length && !cadenceNext && <p class="muted">Nothing planned.</p>}
        <ul class="fus">
          {open.map((f) => {
            const label = followUpTitle({ kind: f.kind, title: f.title ?? null });
            return (
              <li key={f.id} data-fu={f.id}>
                <span class={f.due < today ? 'pdue over' : f.due === today ? 'pdue due' : 'pdue'}>
                  {label} · {f.due < today ? 'was due' : 'due'} {showDate(f.due)}
                </span>
                <span class="op-actions">
                  <button type="button" class="op-link" aria-label={`Done: ${label}`} onClick={() => act(() => actions.done(p.id, f.id), `Done: ${label}.`)}>
                    Done
                  </button>
                  <button type="button" class="op-link" aria-label={`Snooze a week: ${label}`} onClick={() => act(() => actions.snooze(p.id, f.id, 7), `Snoozed to ${showDate(addDays(f.due < today ? today : f.due, 7))}.`)}>
                    Snooze a week
                  </button>
                  {f.kind === 'meet' && (
                    <button type="button" class="op-link" aria-label={`Save to calendar: ${label}`} onClick={() => onCalendar(p, f.id)}>
                      Save to calendar (.ics)
                    </button>
                  )}
                </span>
              </li>
            );
          })}
          {cadenceNext && (
            <li data-fu="cadence">
              <span class={cadenceNext.due < today ? 'pdue over' : cadenceNext.due === today ? 'pdue due' : 'pdue'}>
                Keep in touch · {cadenceNext.due < today ? 'was due' : 'due'} {showDate(cadenceNext.due)}
              </span>
              <span class="op-actions">
                <button type="button" class="op-link" aria-label="Done: keep in touch" onClick={() => act(() => actions.done(p.id, CADENCE_ID), 'Kept in touch: the cadence starts again today.')}>
                  Done
                </button>
                <button type="button" class="op-link" aria-label="Snooze a week: keep in touch" onClick={() => act(() => actions.snooze(p.id, CADENCE_ID, 7), `Snoozed to ${showDate(addDays(cadenceNext.due < today ? today : cadenceNext.due, 7))}.`)}>
                  Snooze a week
                </button>
              </span>
            </li>
          )}
        </ul>
        <form
          class="fu-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) {
              setErr('Choose a due date.');
              return;
            }
            act(() => actions.addFollowUp(p.id, { kind, due, title: title.trim() }), `${followUpTitle({ kind, title: title.trim() || null })} on ${showDate(due)} added.`);
            setTitle('');
          }}
        >
          <div class="field">
            <label for="fu-kind">Add a follow-up</label>
            <select id="fu-kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as FollowUpKind)}>
              <option value="line">Drop them a line</option>
              <option value="meet">Meet</option>
              <option value="call">Call</option>
            </select>
          </div>
          <div class="field">
            <label for="fu-due">Due</label>
            <input id="fu-due" type="date" required value={due} onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <div class="field fu-title">
            <label for="fu-title">What (optional)</label>
            <input id="fu-title" maxLength={200} value={title} placeholder="Coffee at the conference" onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <button type="submit" class="op-btn">
            Add
          </button>
        </form>
        <form
          class="fu-add"
          onSubmit={(e) => {
            e.preventDefault();
            const n = weeks.trim() ? Number(weeks) : null;
            if (n !== null && (!Number.isInteger(n) || n < 1 || n > 104)) {
              setErr('Keep in touch every 1 to 104 weeks, or leave it empty for no cadence.');
              return;
            }
            act(() => actions.setCadence(p.id, n), n ? `Keep in touch every ${n} week${n === 1 ? '' : 's'}.` : 'No cadence.');
          }}
        >
          <div class="field">
            <label for="fu-weeks">Keep in touch every … weeks</label>
            <input id="fu-weeks" type="number" min={1} max={104} inputMode="numeric" value={weeks} placeholder="none" onInput={(e) => setWeeks((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <button type="submit" class="op-btn">
            Set
          </button>
          <button type="button" class="op-btn" onClick={() => act(() => actions.done(p.id, null), 'Contact logged today.')}>
            Log contact today
          </button>
        </form>
        {p.lastContactAt && <p class="muted">Last contact: {showTime(p.lastContactAt)}</p>}
      </section>

      <form
        class="card how"
        onSubmit={(e) => {
          e.preventDefault();
          act(() => actions.saveHowWeMet(p.id, { text: how.text.trim(), where: how.where.trim(), when: how.when.trim() }), 'Note saved.');
        }}
      >
        <h3>How we met</h3>
        <p class="muted">Private: kept in this browser only.</p>
        <div class="field">
          <label for="how-text">How</label>
          <textarea id="how-text" maxLength={1000} value={how.text} onInput={(e) => setHow({ ...how, text: (e.currentTarget as HTMLTextAreaElement).value })} />
        </div>
        <div class="inline2">
          <div class="field">
            <label for="how-where">Where</label>
            <input id="how-where" maxLength={200} value={how.where} placeholder="RustConf 2026" onInput={(e) => setHow({ ...how, where: (e.currentTarget as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="how-when">When</label>
            <input id="how-when" maxLength={100} value={how.when} placeholder="March 2026" onInput={(e) => setHow({ ...how, when: (e.currentTarget as HTMLInputElement).value })} />
          </div>
        </div>
        <div class="op-actions">
          <button type="submit" class="op-btn op-primary" disabled={!howChanged && !!p.howWeMet.text}>
            Save note
          </button>
        </div>
      </form>

      <section class="card" aria-labelledby="ev-h">
        <h3 id="ev-h">Why “{STATE_LABEL[p.state]}”</h3>
        {!p.evidence.length ? (
          <p class="muted">No evidence seen yet.</p>
        ) : (
          <ul class="evidence">
            {[...p.evidence].reverse().map((ev, i) => (
              <li key={i}>
                {SIGNAL_LABEL[ev.signal] ?? ev.signal}
                <span class="muted">
                  {' '}
                  · {showTime(ev.at)} · {ev.where}
                  {ev.detail ? ` · ${ev.detail}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="card" aria-labelledby="tl-h">
        <h3 id="tl-h">Timeline</h3>
        {!events.length ? (
          <p class="muted">Nothing yet.</p>
        ) : (
          <ol class="timeline">
            {events.map((ev) => (
              <li key={ev.id}>
                <span class="muted">{showTime(ev.at)}</span> {EVENT_LABEL[ev.type] ?? ev.type}
                {ev.text && <span class="saved-text">: {ev.text}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <div class="op-actions">
        <button type="button" class="op-btn danger" onClick={() => onDelete(p)}>
          Delete {name} from People
        </button>
      </div>
    </section>
  );
}
