/**
 * How a message table injected as a script of its own (src/content/tables/*.ts) reaches the
 * injected UI: both run in the same isolated world of the tab, one after the other, so the table
 * waits on a global of that world. Never LinkedIn's page: an isolated world's globals are ours.
 */
import type { MessageTable } from './i18n';

const KEY = '__onPurposeMessageTables';

type Holder = { [KEY]?: Partial<Record<string, MessageTable>> };

export function offerTable(lang: string, table: MessageTable): void {
  const g = globalThis as Holder;
  (g[KEY] ??= {})[lang] = table;
}

/** The tables offered so far in this world, by language. */
export function offeredTables(): Partial<Record<string, MessageTable>> {
  return { ...(globalThis as Holder)[KEY] };
}
