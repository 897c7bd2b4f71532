/**
 * Keeps the People index (storage/people-index.ts) in step with the records: every change to a
 * `p:` key arrives here as a storage event carrying the new value, so the index is patched from
 * the event alone, without reading the other 4,999 records. Changes are batched (an import writes
 * thousands of keys in one set) and applied one batch at a time, so two batches never race.
 * A missing or unreadable index is rebuilt from the records, once.
 */
import { localArea, type StorageAreaLike, type StorageChanges } from '../storage/areas';
import { readWhere } from '../storage/read-where';
import { decodePerson } from '../storage/people';
import { PersonSchema } from '../core/people/model';
import { K_PEOPLE_INDEX, P_PERSON, parseIndex, serializeIndex, type IndexRow } from '../storage/people-index';
import { buildIndex, patchIndex } from '../storage/people-index-build';
import { K_PEOPLE_HEAD, buildHead, serializeHead } from '../storage/people-head';
import { localDate } from '../core/people/dates';
import type { Person } from '../core/people/model';

const BATCH_MS = 200;

/** A stored record as the store reads it (decode, then zod), or null when the store would set it aside. */
function readPerson(key: string, raw: unknown): Person | null {
  const r = PersonSchema.safeParse(decodePerson(raw));
  return r.success && r.data.id === key.slice(P_PERSON.length) ? r.data : null;
}

export interface IndexKeeper {
  /** The current rows (rebuilt first if needed), after any batch in flight. */
  rows(): Promise<IndexRow[]>;
  /** Rebuilds from the records (daily, so a batch lost to a killed worker does not stay wrong). */
  rebuild(): Promise<IndexRow[]>;
}

export function keepPeopleIndex(opts: { now(): number; timeZone(): string; onIndexed(rows: IndexRow[]): void; area?: StorageAreaLike }): IndexKeeper {
  const area = opts.area ?? localArea();
  let chain: Promise<unknown> = Promise.resolve();
  let pending = new Map<string, Person | null>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = async (rows: IndexRow[]) => {
    // With the first screen of the People list (people-head.ts), in the same set: never out of step.
    const head = buildHead(rows, localDate(opts.now(), opts.timeZone()));
    await area.set({ [K_PEOPLE_INDEX]: serializeIndex(rows), [K_PEOPLE_HEAD]: serializeHead(head) });
    opts.onIndexed(rows);
    return rows;
  };
  const rebuild = async () => {
    // The records only (not the library): a rebuild is rare (missing index, daily check) but big.
    const snap = await readWhere(area, (k) => k.startsWith(P_PERSON));
    const people: Person[] = [];
    for (const k in snap) {
      if (!k.startsWith(P_PERSON)) continue;
      const p = readPerson(k, snap[k]);
      if (p) people.push(p);
    }
    return write(buildIndex(people, opts.now(), opts.timeZone()));
  };
  const current = async (): Promise<IndexRow[] | null> => parseIndex((await area.get(K_PEOPLE_INDEX))[K_PEOPLE_INDEX]);

  const enqueue = <T>(f: () => Promise<T>): Promise<T> => {
    const p = chain.then(f, f);
    chain = p.catch((e: unknown) => console.error('On Purpose: the People index could not be updated', e));
    return p;
  };

  const flush = () =>
    enqueue(async () => {
      const changes = pending;
      pending = new Map();
      if (!changes.size) return;
      const rows = await current();
      // No index yet: build it from the records, which already hold these changes.
      return rows ? write(patchIndex(rows, changes, opts.now(), opts.timeZone())) : rebuild();
    });

  area.onChanged.addListener((changes: StorageChanges) => {
    let any = false;
    for (const k in changes) {
      if (!k.startsWith(P_PERSON)) continue;
      any = true;
      const v = changes[k]!.newValue;
      // Removed, or unreadable (the store sets it aside): not in the list.
      pending.set(k.slice(P_PERSON.length), v === undefined ? null : readPerson(k, v));
    }
    if (changes[K_PEOPLE_INDEX] && changes[K_PEOPLE_INDEX].newValue === undefined) {
      // Removed by someone (a storage wipe): rebuild from the records, which hold every change.
      pending = new Map();
      clearTimeout(timer);
      void enqueue(rebuild);
      return;
    }
    if (!any) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), BATCH_MS);
  });

  return {
    rows: () => enqueue(async () => (await current()) ?? rebuild()),
    rebuild: () => enqueue(rebuild),
  };
}
