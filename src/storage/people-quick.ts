/**
 * People for the People tab's first paint, from the storage.local snapshot main.tsx already read,
 * WITHOUT zod (the schema library and the store take longer to load than the 150 ms budget with
 * 5,000 people). Each `p:` item is checked field by field for what the list and a person's page
 * read; an item that fails is left out here, and the store's load() (zod, set-aside) replaces this
 * provisional list a moment later and reports it. Nothing is written from this reader.
 */
import type { Person } from '../core/people/model';

export const P_PERSON = 'p:';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const nullOr = <T>(v: unknown, f: (x: unknown) => x is T): v is T | null => v === null || f(v);
const YMD = /^\d{4}-\d{2}-\d{2}$/;
const STATES = ['unconfirmed', 'sent', 'accepted', 'withdrawn', 'unknown'];
const KINDS = ['line', 'meet', 'call'];

function followUpsOk(v: unknown): boolean {
  return Array.isArray(v) && v.every((f) => isRec(f) && isStr(f.id) && KINDS.includes(f.kind as string) && isStr(f.due) && YMD.test(f.due) && nullOr(f.doneAt, isTime) && isTime(f.createdAt) && (f.title === undefined || isStr(f.title)));
}
function eventsOk(v: unknown): boolean {
  return Array.isArray(v) && v.every((e) => isRec(e) && isStr(e.id) && isStr(e.type) && isTime(e.at) && (e.text === undefined || isStr(e.text)));
}
function evidenceOk(v: unknown): boolean {
  return Array.isArray(v) && v.every((e) => isRec(e) && isStr(e.signal) && isTime(e.at) && isStr(e.where));
}
function inviteOk(v: unknown): boolean {
  return v === null || (isRec(v) && isTime(v.at) && isStr(v.note) && isStr(v.reason) && (v.mode === 'note' || v.mode === 'reason-kept') && isRec(v.answers));
}

/** The person stored under `key`, or null when anything the UI reads is off. */
export function quickPerson(key: string, v: unknown): Person | null {
  if (!isRec(v) || v.id !== key.slice(P_PERSON.length) || !isStr(v.id) || !v.id) return null;
  const how = v.howWeMet;
  if (!isStr(v.fullName) || !nullOr(v.vanityName, isStr) || !nullOr(v.profileUrn, isStr) || !STATES.includes(v.state as string)) return null;
  if (!evidenceOk(v.evidence) || !inviteOk(v.invite) || !eventsOk(v.events) || !followUpsOk(v.followUps)) return null;
  if (!(v.cadenceWeeks === null || (Number.isInteger(v.cadenceWeeks) && (v.cadenceWeeks as number) >= 1))) return null;
  if (!nullOr(v.lastContactAt, isTime) || !nullOr(v.reasonDeliveredAt, isTime) || !nullOr(v.connectedAt, isTime) || !isTime(v.createdAt) || !isTime(v.updatedAt)) return null;
  if (!isRec(how) || !isStr(how.text) || !isStr(how.where) || !isStr(how.when)) return null;
  return v as unknown as Person;
}

export function quickPeople(snap: Rec): Person[] {
  const out: Person[] = [];
  for (const key in snap) {
    if (!key.startsWith(P_PERSON)) continue;
    const p = quickPerson(key, snap[key]);
    if (p) out.push(p);
  }
  return out;
}
