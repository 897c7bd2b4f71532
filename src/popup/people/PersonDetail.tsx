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
import { t, type MessageKey } from '../../ui/i18n';

export const SIGNAL_LABEL: Partial<Record<string, MessageKey>> = {
  'send-pressed': 'people_sig_send_pressed',
  'sent-toast': 'people_sig_sent_toast',
  'pending-shown': 'people_sig_pending_shown',
  'sent-list-listed': 'people_sig_sent_list_listed',
  'sent-list-absent': 'people_sig_sent_list_absent',
  'profile-1st': 'people_sig_profile_1st',
  'profile-not-connected': 'people_sig_profile_not_connected',
  'connections-list': 'people_sig_connections_list',
  'notification-accepted': 'people_sig_notification_accepted',
  withdrawn: 'people_sig_withdrawn',
  'connections-csv': 'people_sig_connections_csv',
  user: 'people_sig_user',
  'invitation-received': 'people_sig_invitation_received',
};

export const EVENT_LABEL: Partial<Record<string, MessageKey>> = {
  invited: 'people_ev_invited',
  confirmed: 'people_ev_confirmed',
  accepted: 'people_ev_accepted',
  withdrawn: 'people_ev_withdrawn',
  'reply-sent': 'people_ev_reply_sent',
  'message-sent': 'people_ev_message_sent',
  'reason-sent': 'people_ev_reason_sent',
  'follow-up-done': 'people_ev_follow_up_done',
  note: 'people_ev_note',
  imported: 'people_ev_imported',
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
    keptReasonText(p, zone).then((text) => live && setReasonText(text), () => undefined);
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
          {t('people_back')}
        </button>
      </div>
      <h2 id="view-title" tabIndex={-1}>
        {name}
      </h2>
      <p class="muted">
        {t(STATE_LABEL[p.state])}
        {p.invite && ` · ${t('people_invited_at', showTime(p.invite.at))}`}
        {p.connectedAt && ` · ${t('people_connected_at', showTime(p.connectedAt))}`}
        {profile && (
          <>
            {' · '}
            <a href={profile} target="_blank" rel="noopener noreferrer">
              {t('people_profile')}
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
          <h3>{t('people_why_connected')}</h3>
          {p.invite.reason && <p class="saved-text">{p.invite.reason}</p>}
          {p.invite.note && p.invite.note !== p.invite.reason && (
            <p class="muted saved-text">
              {t(p.invite.mode === 'reason-kept' ? 'people_note_kept' : 'people_note_sent')}{' '}
              {p.invite.note}
            </p>
          )}
        </div>
      )}

      {offerReason && (
        <section aria-labelledby="kr-h" class="card">
          <h3 id="kr-h">{t('people_reason_pending')}</h3>
          <p class="muted">
            {t('people_reason_pending_explain')}
          </p>
          {reasonText && <p class="saved-text">{reasonText}</p>}
          <button
            type="button"
            class="op-btn op-primary"
            onClick={() => act(() => sendKeptReason(p, zone), t('people_reason_opening'))}
          >
            {t('people_send_kept')}
          </button>
        </section>
      )}

      <section aria-labelledby="fu-h" class="card">
        <h3 id="fu-h">{t('list_follow_ups')}</h3>
        {!open.length && !cadenceNext && <p class="muted">{t('people_fu_none')}</p>}
        <ul class="fus">
          {open.map((f) => {
            const label = followUpTitle({ kind: f.kind, title: f.title ?? null });
            return (
              <li key={f.id} data-fu={f.id}>
                <span class={f.due < today ? 'pdue over' : f.due === today ? 'pdue due' : 'pdue'}>
                  {t(f.due < today ? 'people_fu_overdue' : 'people_fu_due', [label, showDate(f.due)])}
                </span>
                <span class="op-actions">
                  <button type="button" class="op-link" aria-label={t('people_fu_done_label', label)} onClick={() => act(() => actions.done(p.id, f.id), t('people_fu_done_said', label))}>
                    {t('people_fu_done')}
                  </button>
                  <button type="button" class="op-link" aria-label={t('people_fu_snooze_label', label)} onClick={() => act(() => actions.snooze(p.id, f.id, 7), t('people_fu_snoozed', showDate(addDays(f.due < today ? today : f.due, 7))))}>
                    {t('people_fu_snooze')}
                  </button>
                  {f.kind === 'meet' && (
                    <button type="button" class="op-link" aria-label={t('people_fu_calendar_label', label)} onClick={() => onCalendar(p, f.id)}>
                      {t('people_fu_calendar')}
                    </button>
                  )}
                </span>
              </li>
            );
          })}
          {cadenceNext && (
            <li data-fu="cadence">
              <span class={cadenceNext.due < today ? 'pdue over' : cadenceNext.due === today ? 'pdue due' : 'pdue'}>
                {t(cadenceNext.due < today ? 'people_fu_overdue' : 'people_fu_due', [t('people_keep_in_touch'), showDate(cadenceNext.due)])}
              </span>
              <span class="op-actions">
                <button type="button" class="op-link" aria-label={t('people_fu_done_label', t('people_keep_in_touch'))} onClick={() => act(() => actions.done(p.id, CADENCE_ID), t('people_kept_in_touch'))}>
                  {t('people_fu_done')}
                </button>
                <button type="button" class="op-link" aria-label={t('people_fu_snooze_label', t('people_keep_in_touch'))} onClick={() => act(() => actions.snooze(p.id, CADENCE_ID, 7), t('people_fu_snoozed', showDate(addDays(cadenceNext.due < today ? today : cadenceNext.due, 7))))}>
                  {t('people_fu_snooze')}
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
              setErr(t('people_fu_need_date'));
              return;
            }
            act(() => actions.addFollowUp(p.id, { kind, due, title: title.trim() }), t('people_fu_added', [followUpTitle({ kind, title: title.trim() || null }), showDate(due)]));
            setTitle('');
          }}
        >
          <div class="field">
            <label for="fu-kind">{t('people_fu_add')}</label>
            <select id="fu-kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as FollowUpKind)}>
              <option value="line">{t('people_fu_kind_line')}</option>
              <option value="meet">{t('people_fu_kind_meet')}</option>
              <option value="call">{t('people_fu_kind_call')}</option>
            </select>
          </div>
          <div class="field">
            <label for="fu-due">{t('people_fu_due_label')}</label>
            <input id="fu-due" type="date" required value={due} onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <div class="field fu-title">
            <label for="fu-title">{t('people_fu_what')}</label>
            <input id="fu-title" maxLength={200} value={title} placeholder={t('people_fu_what_example')} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <button type="submit" class="op-btn">
            {t('people_fu_add_button')}
          </button>
        </form>
        <form
          class="fu-add"
          onSubmit={(e) => {
            e.preventDefault();
            const n = weeks.trim() ? Number(weeks) : null;
            if (n !== null && (!Number.isInteger(n) || n < 1 || n > 104)) {
              setErr(t('people_cadence_invalid'));
              return;
            }
            act(() => actions.setCadence(p.id, n), n ? t('people_cadence_set', n) : t('people_cadence_none'));
          }}
        >
          <div class="field">
            <label for="fu-weeks">{t('people_cadence_label')}</label>
            <input id="fu-weeks" type="number" min={1} max={104} inputMode="numeric" value={weeks} placeholder={t('people_cadence_placeholder')} onInput={(e) => setWeeks((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <button type="submit" class="op-btn">
            {t('people_cadence_button')}
          </button>
          <button type="button" class="op-btn" onClick={() => act(() => actions.done(p.id, null), t('people_contact_logged'))}>
            {t('people_log_contact')}
          </button>
        </form>
        {p.lastContactAt && <p class="muted">{t('people_last_contact', showTime(p.lastContactAt))}</p>}
      </section>

      <form
        class="card how"
        onSubmit={(e) => {
          e.preventDefault();
          act(() => actions.saveHowWeMet(p.id, { text: how.text.trim(), where: how.where.trim(), when: how.when.trim() }), t('people_how_saved'));
        }}
      >
        <h3>{t('people_how_title')}</h3>
        <p class="muted">{t('people_how_private')}</p>
        <div class="field">
          <label for="how-text">{t('people_how_how')}</label>
          <textarea id="how-text" maxLength={1000} value={how.text} onInput={(e) => setHow({ ...how, text: (e.currentTarget as HTMLTextAreaElement).value })} />
        </div>
        <div class="inline2">
          <div class="field">
            <label for="how-where">{t('people_how_where')}</label>
            <input id="how-where" maxLength={200} value={how.where} placeholder={t('people_how_where_example')} onInput={(e) => setHow({ ...how, where: (e.currentTarget as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="how-when">{t('people_how_when')}</label>
            <input id="how-when" maxLength={100} value={how.when} placeholder={t('people_how_when_example')} onInput={(e) => setHow({ ...how, when: (e.currentTarget as HTMLInputElement).value })} />
          </div>
        </div>
        <div class="op-actions">
          <button type="submit" class="op-btn op-primary" disabled={!howChanged && !!p.howWeMet.text}>
            {t('people_how_save')}
          </button>
        </div>
      </form>

      <section class="card" aria-labelledby="ev-h">
        <h3 id="ev-h">{t('people_evidence_title', t(STATE_LABEL[p.state]))}</h3>
        {!p.evidence.length ? (
          <p class="muted">{t('people_evidence_none')}</p>
        ) : (
          <ul class="evidence">
            {[...p.evidence].reverse().map((ev, i) => (
              <li key={i}>
                {SIGNAL_LABEL[ev.signal] ? t(SIGNAL_LABEL[ev.signal]!) : ev.signal}
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
        <h3 id="tl-h">{t('people_timeline')}</h3>
        {!events.length ? (
          <p class="muted">{t('people_timeline_none')}</p>
        ) : (
          <ol class="timeline">
            {events.map((ev) => (
              <li key={ev.id}>
                <span class="muted">{showTime(ev.at)}</span> {EVENT_LABEL[ev.type] ? t(EVENT_LABEL[ev.type]!) : ev.type}
                {ev.text && <span class="saved-text">: {ev.text}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <div class="op-actions">
        <button type="button" class="op-btn danger" onClick={() => onDelete(p)}>
          {t('people_delete_one', name)}
        </button>
      </div>
    </section>
  );
}
