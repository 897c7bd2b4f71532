/**
 * People reminders from the service worker (issue 10 part 3): the count of people due a
 * follow-up on the toolbar icon, and, when the user opted in, one daily notification.
 *
 * - Badge: `action.setBadgeText` needs no permission. Counted from the People index (a row per
 *   person with the next follow-up's date, people-index.ts), recounted whenever the index is
 *   patched after People change, at the start of each local day (due dates are local calendar
 *   dates), and whenever the worker starts. The worker never loads the 5,000 full records for it.
 * - Daily notification: `alarms` (no install warning) wakes the worker at 09:00 local; it then
 *   notifies only if the user opted in (K_PEOPLE_REMINDERS), the OPTIONAL `notifications`
 *   permission is granted, someone is due, and it has not notified today. One notification a day,
 *   never one per person (the notification-noise complaint in relationships.md).
 * - Alarms are one-shot and re-armed with the next local time after each firing, instead of a
 *   fixed 24 h period that drifts by an hour across a DST change.
 *
 * Listeners are added synchronously by startReminders() at the worker's top level (MV3 drops
 * listeners added later); `notifications.onClicked` exists only while the permission is granted,
 * so it is (re)attached at start and when the permission is added.
 */
import { browser } from '../storage/browser';
import { localArea, type StorageChanges } from '../storage/areas';
import { K_PEOPLE_REMINDERS, readReminders, writeReminders } from '../storage/reminder-settings';
import { rowIsDue, type IndexRow } from '../storage/people-index';
import { keepPeopleIndex } from './people-index';

export const ALARM_DAY = 'op-people-day';
export const ALARM_DIGEST = 'op-people-digest';
export const NOTIFICATION_ID = 'op-people-due';
/** Local hour of the daily notification. */
const DIGEST_HOUR = 9;
const BADGE_COLOR = '#0a66c2';
/** Where a click on the notification goes: the popup's page in a tab, on the People tab. */
export const PEOPLE_PAGE = 'src/popup/index.html?tab=1&view=people';

export interface DueSummary {
  count: number;
  /** Names of the people due, most overdue first would need dates; listed in stored order. */
  names: string[];
}

export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Who is due on `today` (the People view's "Due" filter, by the same rule: next follow-up on or before today). */
export function dueSummary(rows: readonly IndexRow[], today: string): DueSummary {
  const names: string[] = [];
  for (const r of rows) if (rowIsDue(r, today)) names.push(r[1] || r[2] || 'Someone');
  return { count: names.length, names };
}

export function badgeText(count: number): string {
  return count <= 0 ? '' : count > 99 ? '99+' : String(count);
}

/** The next local wall-clock time `hour:minute` strictly after `now` (Date does the DST arithmetic). */
export function nextLocal(now: number, hour: number, minute = 0): number {
  const d = new Date(now);
  d.setHours(hour, minute, 0, 0);
  if (d.getTime() <= now) {
    d.setDate(d.getDate() + 1);
    d.setHours(hour, minute, 0, 0);
  }
  return d.getTime();
}

/** "2026-03-07" in local time. */
export function localDate(now: number): string {
  const d = new Date(now);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function notificationText(s: DueSummary): { title: string; message: string } {
  const shown = s.names.slice(0, 3).join(', ');
  const more = s.count > 3 ? ` and ${s.count - 3} more` : '';
  return {
    title: s.count === 1 ? 'On Purpose: 1 person to follow up' : `On Purpose: ${s.count} people to follow up`,
    message: `${shown}${more}. Open People to reach out, snooze or mark done.`,
  };
}

async function showCount(rows: readonly IndexRow[]): Promise<DueSummary> {
  const s = dueSummary(rows, localDate(Date.now()));
  await browser.action.setBadgeText({ text: badgeText(s.count) });
  if (s.count) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  return s;
}

async function hasNotifications(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/** The daily notification, at most once per local day, only when opted in and permitted. */
export async function maybeNotify(s: DueSummary, now = Date.now()): Promise<boolean> {
  const area = localArea();
  const prefs = await readReminders(area);
  const today = localDate(now);
  if (!prefs.daily || !s.count || prefs.lastNotified === today || !(await hasNotifications())) return false;
  const { title, message } = notificationText(s);
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/128.png'),
    title,
    message,
  });
  await writeReminders(area, { lastNotified: today });
  return true;
}

async function armAlarms(): Promise<void> {
  const now = Date.now();
  // One minute past midnight: the new local day's due dates are in.
  await browser.alarms.create(ALARM_DAY, { when: nextLocal(now, 0, 1) });
  const prefs = await readReminders(localArea());
  if (prefs.daily) await browser.alarms.create(ALARM_DIGEST, { when: nextLocal(now, DIGEST_HOUR) });
  else await browser.alarms.clear(ALARM_DIGEST);
}

function openPeople(): void {
  void browser.tabs.create({ url: browser.runtime.getURL(PEOPLE_PAGE) });
}

function onNotificationClicked(id: string): void {
  if (id !== NOTIFICATION_ID) return;
  openPeople();
  void browser.notifications.clear(id);
}

function listenToNotificationClicks(): void {
  // Present only while the optional permission is granted.
  const n = (browser as { notifications?: typeof browser.notifications }).notifications;
  if (n && !n.onClicked.hasListener(onNotificationClicked)) n.onClicked.addListener(onNotificationClicked);
}

const fail = (what: string) => (e: unknown) => console.error(`On Purpose: ${what}`, e);

/** Registers every listener; call once, synchronously, at the worker's top level. */
export function startReminders(): void {
  const index = keepPeopleIndex({
    now: Date.now,
    timeZone,
    onIndexed: (rows) => void showCount(rows).catch(fail('could not show the due count')),
  });
  const refreshBadge = () => index.rows().then(showCount);
  localArea().onChanged.addListener((changes: StorageChanges) => {
    if (K_PEOPLE_REMINDERS in changes) {
      const was = (changes[K_PEOPLE_REMINDERS]?.oldValue as { daily?: unknown } | undefined)?.daily === true;
      const now = (changes[K_PEOPLE_REMINDERS]?.newValue as { daily?: unknown } | undefined)?.daily === true;
      if (was !== now) void armAlarms().catch(fail('could not schedule reminders'));
    }
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM_DAY && alarm.name !== ALARM_DIGEST) return;
    void (async () => {
      const s = await (alarm.name === ALARM_DAY ? index.rebuild() : index.rows()).then(showCount);
      if (alarm.name === ALARM_DIGEST) await maybeNotify(s);
      await armAlarms();
    })().catch(fail('reminder alarm failed'));
  });
  browser.permissions.onAdded.addListener(listenToNotificationClicks);
  listenToNotificationClicks();
  // Each start of the worker (install, browser start, wake-up): recount and make sure the alarms exist.
  // A browser closed at 09:00 catches up on its first start after it (maybeNotify keeps it to one a day).
  void refreshBadge()
    .then((s) => (new Date().getHours() >= DIGEST_HOUR ? maybeNotify(s) : false))
    .catch(fail('could not count due follow-ups'));
  void armAlarms().catch(fail('could not schedule reminders'));
}
