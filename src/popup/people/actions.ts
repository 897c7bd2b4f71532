/**
 * What the People tab can do to a person, as one object over the People store: each action reads
 * the current record, applies a pure change and writes it back, so a change made meanwhile in
 * another window (or by the content script) is not overwritten by a stale copy held by the UI.
 */
import type { FollowUpKind, HowWeMet, Person, PersonEvent } from '../../core/people/model';
import type { PeopleStore } from '../../storage/people-interim';
import { newId } from '../../core/ids';
import { addDays } from './dates';

export interface PeopleActions {
  saveHowWeMet(id: string, how: HowWeMet): Promise<void>;
  addFollowUp(id: string, f: { kind: FollowUpKind; due: string; title: string }): Promise<void>;
  /** Marks a follow-up done, or (null) logs a contact; either way the cadence starts again. */
  done(id: string, followUpId: string | null): Promise<void>;
  /** Moves a follow-up `days` later than today or its due date, whichever is later. */
  snooze(id: string, followUpId: string, days: number, today: string): Promise<void>;
  setCadence(id: string, weeks: number | null): Promise<void>;
  /** Deletes the person; resolves to an undo. */
  remove(p: Person): Promise<() => Promise<void>>;
}

const event = (type: PersonEvent['type'], at: number, text?: string): PersonEvent => ({ id: newId(), type, at, ...(text ? { text } : {}) });

export function makeActions(store: () => Promise<PeopleStore>, now: () => number): PeopleActions {
  const edit = async (id: string, change: (p: Person, t: number) => Partial<Person>) => {
    const s = await store();
    const p = await s.get(id);
    if (!p) throw new Error('This person is no longer in People.');
    await s.update(id, change(p, now()));
  };
  return {
    saveHowWeMet: (id, how) => edit(id, () => ({ howWeMet: how })),
    addFollowUp: (id, f) =>
      edit(id, (p, t) => ({
        followUps: [...p.followUps, { id: newId(), kind: f.kind, due: f.due, ...(f.title ? { title: f.title } : {}), doneAt: null, createdAt: t }],
      })),
    done: (id, followUpId) =>
      edit(id, (p, t) => {
        const f = followUpId ? p.followUps.find((x) => x.id === followUpId) : null;
        if (followUpId && !f) throw new Error('This follow-up is gone.');
        return {
          followUps: f ? p.followUps.map((x) => (x.id === followUpId ? { ...x, doneAt: t } : x)) : p.followUps,
          lastContactAt: t,
          events: [...p.events, event('follow-up-done', t, f ? f.title || KIND_TEXT[f.kind] : 'Contact logged')],
        };
      }),
    snooze: (id, followUpId, days, today) =>
      edit(id, (p) => ({
        followUps: p.followUps.map((x) => (x.id === followUpId ? { ...x, due: addDays(x.due < today ? today : x.due, days) } : x)),
      })),
    setCadence: (id, weeks) => edit(id, () => ({ cadenceWeeks: weeks })),
    async remove(p) {
      const s = await store();
      const kept = (await s.get(p.id)) ?? p;
      await s.remove(p.id);
      return () => s.put([kept]);
    },
  };
}

const KIND_TEXT: Record<FollowUpKind, string> = { line: 'Drop them a line', meet: 'Meet', call: 'Call' };
