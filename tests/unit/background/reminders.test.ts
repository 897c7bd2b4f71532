// The worker's reminders (issue 10 part 3): the count on the toolbar icon, and the opt-in daily
// notification at most once a day, only with both the user's wish and the optional permission.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndexRow } from '../../../src/storage/people-index';
import { FakeStorageArea } from '../fakes/storage';

const area = new FakeStorageArea({ kind: 'local' });
const granted = { value: true };
const created: Array<{ id: string; title: string; message: string }> = [];
vi.mock('../../../src/storage/areas', () => ({ localArea: () => area }));
vi.mock('../../../src/storage/browser', () => ({
  browser: {
    runtime: { getURL: (p: string) => `chrome-extension://x/${p}` },
    permissions: { contains: async () => granted.value },
    notifications: { create: async (id: string, o: { title: string; message: string }) => void created.push({ id, ...o }) },
  },
}));

const { badgeText, dueSummary, maybeNotify, nextLocal, notificationText, localDate } = await import('../../../src/background/reminders');
const { writeReminders, readReminders } = await import('../../../src/storage/reminder-settings');

const row = (id: string, name: string, nextDue: string | null): IndexRow => [id, name, null, 'accepted', '', nextDue, nextDue ? 'Drop them a line' : null, null, null, 0, ''];

beforeEach(async () => {
  created.length = 0;
  granted.value = true;
  await area.set({ peopleReminders: { daily: false, lastNotified: null } });
});

describe('the toolbar count', () => {
  it('counts people whose next follow-up is today or earlier, and fits the badge', () => {
    const rows = [row('a', 'Jane Doe', '2026-03-09'), row('b', 'Omar Haddad', '2026-03-10'), row('c', 'Li Wei', '2026-03-11'), row('d', 'Ada', null)];
    expect(dueSummary(rows, '2026-03-10')).toEqual({ count: 2, names: ['Jane Doe', 'Omar Haddad'] });
    expect([0, 1, 99, 100].map(badgeText)).toEqual(['', '1', '99', '99+']);
  });
});

describe('the daily notification', () => {
  const s = { count: 5, names: ['Jane Doe', 'Omar Haddad', 'Li Wei', 'Ada', 'Grace'] };

  it('is one notification naming a few people, not one per person', () => {
    expect(notificationText(s)).toEqual({ title: 'On Purpose: 5 people to follow up', message: 'Jane Doe, Omar Haddad, Li Wei and 2 more. Open People to reach out, snooze or mark done.' });
    expect(notificationText({ count: 1, names: ['Jane Doe'] }).title).toBe('On Purpose: 1 person to follow up');
  });

  it('needs the opt-in, the permission and someone due; and goes out once a day', async () => {
    const now = new Date(2026, 2, 10, 9, 0).getTime();
    expect(await maybeNotify(s, now)).toBe(false); // not opted in
    await writeReminders(area, { daily: true });
    granted.value = false;
    expect(await maybeNotify(s, now)).toBe(false); // no permission
    granted.value = true;
    expect(await maybeNotify({ count: 0, names: [] }, now)).toBe(false); // nobody due
    expect(await maybeNotify(s, now)).toBe(true);
    expect(await maybeNotify(s, now + 3_600_000)).toBe(false); // same day
    expect(created).toHaveLength(1);
    expect((await readReminders(area)).lastNotified).toBe(localDate(now));
    expect(await maybeNotify(s, now + 86_400_000)).toBe(true); // next day
  });

  it('is scheduled at the next local wall-clock time, across a DST change', () => {
    const before = new Date(2026, 2, 28, 10, 0).getTime();
    const at = new Date(nextLocal(before, 9));
    expect([at.getDate(), at.getHours(), at.getMinutes()]).toEqual([29, 9, 0]);
    const early = new Date(2026, 2, 28, 8, 0).getTime();
    expect(new Date(nextLocal(early, 9)).getDate()).toBe(28);
  });
});
