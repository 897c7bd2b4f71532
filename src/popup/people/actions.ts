/**
 * What the People tab can do to a person, as one object over the People store: each action reads
 * the current record, applies a pure change and writes it back, so a change made meanwhile in
 * another window (or by the content script) is not overwritten by a stale copy held by the UI.
 */
import type { FollowUpKind, HowWeMet, Person } from '../../core/people/model';
import type { PeopleStore } from '../../storage/people';
import { newId } from '../../core/ids';
import { t as tr } from '../../ui/i18n';
import { exportPeople } from '../../core/people/exchange';
import { CADENCE_ID, addFollowUp, completeFollowUp, logContact, setCadence, snoozeFollowUp } from '../../core/people/followups';

export { CADENCE_ID };

export interface PeopleActions {
  saveHowWeMet(id: string, how: HowWeMet): Promise<void>;
  addFollowUp(id: string, f: { kind: FollowUpKind; due: string; title: string }): Promise<void>;
  /** Marks a follow-up (or CADENCE_ID: "kept in touch") done; null logs a contact. Either way the cadence starts again. */
  done(id: string, followUpId: string | null): Promise<void>;
  /** Moves a follow-up (or the cadence) `days` later than today or its due date, whichever is later. */
  snooze(id: string, followUpId: string, days: number): Promise<void>;
  setCadence(id: string, weeks: number | null): Promise<void>;
  /** Deletes the person; resolves to an undo. */
  remove(p: Person): Promise<() => Promise<void>>;
}

/** A change core refused (a date in the past, a done follow-up): say so rather than pretend. */
function changed(before: Person, after: Person, why: string): Person {
  if (after === before) throw new Error(why);
  return after;
}

export function makeActions(store: () => Promise<PeopleStore>, now: () => number, timeZone: string): PeopleActions {
  const edit = async (id: string, change: (p: Person, t: number) => Person) => {
    const s = await store();
    const p = await s.get(id);
    if (!p) throw new Error(tr('people_gone'));
    const { id: _id, createdAt: _c, updatedAt: _u, ...patch } = change(p, now());
    await s.update(id, patch);
  };
  return {
    saveHowWeMet: (id, how) => edit(id, (p, t) => ({ ...p, howWeMet: how, updatedAt: t })),
    addFollowUp: (id, f) =>
      edit(id, (p, t) => changed(p, addFollowUp(p, { id: newId(), kind: f.kind, due: f.due, ...(f.title ? { title: f.title } : {}), createdAt: t }), tr('people_err_fu_add'))),
    done: (id, followUpId) =>
      edit(id, (p, t) =>
        followUpId
          ? changed(p, completeFollowUp(p, followUpId, t, timeZone), tr('people_err_fu_done'))
          : p.cadenceWeeks
            ? completeFollowUp(p, CADENCE_ID, t, timeZone)
            : logContact(p, { type: 'follow-up-done', at: t, text: 'In touch' }, timeZone),
      ),
    snooze: (id, followUpId, days) => edit(id, (p, t) => changed(p, snoozeFollowUp(p, followUpId, { days }, t, timeZone), tr('people_err_fu_snooze'))),
    setCadence: (id, weeks) => edit(id, (p, t) => setCadence(p, weeks, t)),
    async remove(p) {
      const s = await store();
      const kept = (await s.get(p.id)) ?? p;
      await s.remove(p.id);
      // Undo imports the record as it was (a lossless merge, should it have come back meanwhile).
      return async () => {
        const r = await s.importPeople(exportPeople([kept], now()));
        if (!r.ok) throw new Error(r.message);
      };
    },
  };
}
