/**
 * Building and patching People index rows (the index itself: people-index.ts). Separate from the
 * reader because it applies core's follow-up rules (nextFollowUp), whose module brings zod: the
 * worker and the People tab's second chunk use it, the first paint does not.
 */
import type { Person } from '../core/people/model';
import { followUpTitle, nextFollowUp } from '../core/people/followups';
import type { IndexRow } from './people-index';

/** Characters of the reason (or how-we-met note) kept for the row and the first-paint search. */
const WHY_CHARS = 140;
const HAY_CHARS = 160;

export function indexRow(p: Person, now: number, tz: string): IndexRow {
  const n = nextFollowUp(p, now, tz);
  const why = p.invite?.reason || p.howWeMet.text || '';
  const more = [p.howWeMet.text === why ? '' : p.howWeMet.text, p.howWeMet.where, p.howWeMet.when, ...p.followUps.map((f) => f.title ?? '')].filter(Boolean).join(' ');
  return [
    p.id,
    p.fullName,
    p.vanityName,
    p.state,
    why.slice(0, WHY_CHARS),
    n ? n.due : null,
    n ? followUpTitle(n) : null,
    p.invite?.at ?? null,
    p.connectedAt,
    p.updatedAt,
    more.slice(0, HAY_CHARS),
  ];
}

/** Rows with `changes` applied: a person replaces their row (or is added), null removes it. */
export function patchIndex(rows: readonly IndexRow[], changes: ReadonlyMap<string, Person | null>, now: number, tz: string): IndexRow[] {
  const out: IndexRow[] = [];
  for (const r of rows) if (!changes.has(r[0])) out.push(r);
  for (const p of changes.values()) if (p) out.push(indexRow(p, now, tz));
  return out;
}

export function buildIndex(people: readonly Person[], now: number, tz: string): IndexRow[] {
  return people.map((p) => indexRow(p, now, tz));
}
