/**
 * LinkedIn's Connections.csv against People: who in the file is already in the log (matched by the
 * /in/<vanity> of their URL, the stable key), who gets a connection date, and the rest, which the
 * user may add as accepted with no reason. Applied in one write: all or nothing.
 */
import type { Person } from '../../core/people/model';
import type { PeopleStore } from '../../storage/people-interim';
import type { ConnectionRow } from '../../core/people-interim';
import { newId } from '../../core/ids';

export interface ConnectionsPlan {
  matched: Array<{ row: ConnectionRow; person: Person }>;
  /** How many matched people get a connection date they do not have yet. */
  dated: number;
  rest: ConnectionRow[];
  apply(store: PeopleStore, addRest: boolean, now: number): Promise<{ dated: number; added: number }>;
}

const evidence = (row: ConnectionRow, now: number) => ({
  signal: 'connections-csv' as const,
  at: now,
  where: 'Connections.csv',
  ...(row.connectedAt ? { detail: `Connected on ${new Date(row.connectedAt).toLocaleDateString()}` } : {}),
});

export function connectionsPlan(rows: readonly ConnectionRow[], people: readonly Person[]): ConnectionsPlan {
  const byVanity = new Map(people.filter((p) => p.vanityName).map((p) => [p.vanityName!.toLowerCase(), p]));
  const matched: ConnectionsPlan['matched'] = [];
  const rest: ConnectionRow[] = [];
  for (const row of rows) {
    const p = row.vanityName ? byVanity.get(row.vanityName) : undefined;
    if (p) matched.push({ row, person: p });
    else if (row.vanityName) rest.push(row);
  }
  const dated = matched.filter((m) => m.row.connectedAt && m.person.connectedAt === null).length;
  return {
    matched,
    dated,
    rest,
    async apply(store, addRest, now) {
      const write: Person[] = [];
      let n = 0;
      for (const { row, person } of matched) {
        const cur = (await store.get(person.id)) ?? person;
        const date = cur.connectedAt === null && row.connectedAt ? row.connectedAt : cur.connectedAt;
        if (date !== cur.connectedAt) n++;
        write.push({
          ...cur,
          connectedAt: date,
          state: 'accepted',
          evidence: [...cur.evidence, evidence(row, now)].slice(-20),
          events: cur.state === 'accepted' ? cur.events : [...cur.events, { id: newId(), type: 'accepted', at: now, text: 'From Connections.csv' }],
          updatedAt: now,
        });
      }
      let added = 0;
      if (addRest) {
        for (const row of rest) {
          added++;
          write.push({
            id: `v:${row.vanityName}`,
            fullName: row.fullName,
            vanityName: row.vanityName,
            profileUrn: null,
            state: 'accepted',
            evidence: [evidence(row, now)],
            invite: null,
            events: [{ id: newId(), type: 'imported', at: now, text: 'From Connections.csv' }],
            followUps: [],
            cadenceWeeks: null,
            lastContactAt: null,
            howWeMet: { text: '', where: '', when: '' },
            reasonDeliveredAt: null,
            connectedAt: row.connectedAt,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
      await store.put(write);
      return { dated: n, added };
    },
  };
}
