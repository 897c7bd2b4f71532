/**
 * The backup reminder (issue 10 part 7): uninstalling wipes storage.local, so after every 25 people
 * added since the last export the People tab offers a download. Counted from the records themselves
 * (created after the last export), so it needs no counter that could drift from the data.
 */
import type { Person } from '../../core/people/model';

export const BACKUP_EVERY = 25;

export function newSinceBackup(people: readonly Person[], lastBackupAt: number | null): number {
  if (lastBackupAt === null) return people.length;
  let n = 0;
  for (const p of people) if (p.createdAt > lastBackupAt) n++;
  return n;
}

