/**
 * The People reminder preference: whether the user opted in to one daily notification, and the
 * local date it last went out (so a worker woken twice on one day does not notify twice).
 * Its own storage.local key, never synced: the notification permission is per browser, so the
 * choice that depends on it must be too. Zod-free (two fields, checked by hand) because the
 * popup's People tab reads it on its first paint.
 */
import type { StorageAreaLike } from './areas';

export const K_PEOPLE_REMINDERS = 'peopleReminders';

export interface ReminderSettings {
  /** One daily notification listing who is due (needs the optional `notifications` permission). */
  daily: boolean;
  /** YYYY-MM-DD (local) of the last daily notification, or null. */
  lastNotified: string | null;
}

export const DEFAULT_REMINDERS: ReminderSettings = { daily: false, lastNotified: null };

/** Anything unreadable reads as the default (off): a reminder the user did not ask for is noise. */
export function parseReminders(raw: unknown): ReminderSettings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_REMINDERS };
  const r = raw as Record<string, unknown>;
  return {
    daily: r.daily === true,
    lastNotified: typeof r.lastNotified === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.lastNotified) ? r.lastNotified : null,
  };
}

export async function readReminders(area: Pick<StorageAreaLike, 'get'>): Promise<ReminderSettings> {
  return parseReminders((await area.get(K_PEOPLE_REMINDERS))[K_PEOPLE_REMINDERS]);
}

export async function writeReminders(area: Pick<StorageAreaLike, 'get' | 'set'>, patch: Partial<ReminderSettings>): Promise<ReminderSettings> {
  const next = { ...(await readReminders(area)), ...patch };
  await area.set({ [K_PEOPLE_REMINDERS]: next });
  return next;
}
