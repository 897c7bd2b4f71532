/** When People were last exported, kept with the reminder preferences (storage/reminder-settings.ts). */
import { localArea } from '../../storage/areas';
import { readReminders, writeReminders } from '../../storage/reminder-settings';

export async function lastBackupAt(): Promise<number | null> {
  return (await readReminders(localArea())).lastBackupAt;
}

export async function markBackedUp(at: number): Promise<void> {
  await writeReminders(localArea(), { lastBackupAt: at });
}
