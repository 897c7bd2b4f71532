/**
 * INTERIM (deleted when the storage branch's createPeopleStore lands): the contract's People store
 * over storage.local `p:<id>` keys, without zod, so the UI and its e2e can run before the merge.
 */
import { localArea, type StorageAreaLike } from './areas';
import type { Person } from '../core/people/model';
import { quickPerson, P_PERSON } from './people-quick';

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

export interface PeopleStore {
  load(): Promise<Person[]>;
  get(id: string): Promise<Person | null>;
  update(id: string, patch: Partial<Person>): Promise<Person | null>;
  remove(id: string): Promise<void>;
  removeAll(): Promise<() => Promise<void>>;
  importPeople(text: string, opts?: unknown): Promise<ImportResult>;
  exportPeople(): Promise<string>;
  subscribe(cb: (people: Person[]) => void, signal: AbortSignal): void;
  /** interim only: writes whole records (undo, Connections.csv) */
  put(people: Person[]): Promise<void>;
}

export function createPeopleStore(area: StorageAreaLike = localArea()): PeopleStore {
  const all = async () => {
    const snap = await area.get(null);
    const out: Person[] = [];
    for (const k in snap) if (k.startsWith(P_PERSON)) {
      const p = quickPerson(k, snap[k]);
      if (p) out.push(p);
    }
    return out;
  };
  const store: PeopleStore = {
    load: all,
    async get(id) {
      const k = P_PERSON + id;
      return quickPerson(k, (await area.get(k))[k]);
    },
    async update(id, patch) {
      const cur = await store.get(id);
      if (!cur) return null;
      const next = { ...cur, ...patch, id, updatedAt: Date.now() };
      await area.set({ [P_PERSON + id]: next });
      return next;
    },
    async remove(id) {
      await area.remove(P_PERSON + id);
    },
    async removeAll() {
      const list = await all();
      await area.remove(list.map((p) => P_PERSON + p.id));
      return () => store.put(list);
    },
    async put(people) {
      await area.set(Object.fromEntries(people.map((p) => [P_PERSON + p.id, p])));
    },
    async importPeople(text) {
      const data = JSON.parse(text) as { people?: unknown };
      if (!Array.isArray(data.people)) throw new Error('Not an On Purpose People file.');
      const incoming = data.people.map((p) => quickPerson(P_PERSON + (p as Person).id, p));
      if (incoming.some((p) => !p)) throw new Error('A person in the file is malformed.');
      const have = new Map((await all()).map((p) => [p.id, p]));
      const r = { added: 0, updated: 0, unchanged: 0 };
      const write: Person[] = [];
      for (const p of incoming as Person[]) {
        const h = have.get(p.id);
        if (!h) r.added++;
        else if (JSON.stringify(h) === JSON.stringify(p)) {
          r.unchanged++;
          continue;
        } else r.updated++;
        write.push(p);
      }
      await store.put(write);
      return r;
    },
    async exportPeople() {
      return JSON.stringify({ format: 'on-purpose-people', version: 1, exportedAt: Date.now(), people: await all() }, null, 2);
    },
    subscribe(cb, signal) {
      const on = (changes: Record<string, unknown>) => {
        if (Object.keys(changes).some((k) => k.startsWith(P_PERSON))) void all().then(cb);
      };
      area.onChanged.addListener(on);
      signal.addEventListener('abort', () => area.onChanged.removeListener(on));
    },
  };
  return store;
}
