/**
 * People's import preview and CSV export for the People tab (INTERIM bodies until people-core's
 * parsePeopleImport/mergePeople/peopleToCsv are merged; the signatures stay).
 */
import type { Person } from '../../core/people/model';
import { quickPerson, P_PERSON } from '../../storage/people-quick';

export interface ImportPreview {
  total: number;
  added: number;
  merged: number;
  unchanged: number;
}

export function previewImport(text: string, have: readonly Person[]): { ok: true; preview: ImportPreview } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'It is not a JSON file.' };
  }
  const list = (data as { people?: unknown } | null)?.people;
  if (!Array.isArray(list)) return { ok: false, message: 'It is not an On Purpose People backup (no “people” list).' };
  const byId = new Map(have.map((p) => [p.id, p]));
  const preview: ImportPreview = { total: list.length, added: 0, merged: 0, unchanged: 0 };
  for (let i = 0; i < list.length; i++) {
    const p = quickPerson(P_PERSON + (list[i] as { id?: string })?.id, list[i]);
    if (!p) return { ok: false, message: `Person ${i + 1} in the file is malformed.` };
    const h = byId.get(p.id);
    if (!h) preview.added++;
    else if (JSON.stringify(h) === JSON.stringify(p)) preview.unchanged++;
    else preview.merged++;
  }
  return { ok: true, preview };
}

const cell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? '' : String(v);
  // A leading = + - @ would run as a formula in a spreadsheet: prefix it (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const iso = (t: number | null | undefined) => (t ? new Date(t).toISOString() : '');

export function peopleCsv(people: readonly Person[]): string {
  const head = ['Name', 'Profile', 'State', 'Invited', 'Reason', 'Note sent', 'Connected', 'How we met', 'Where', 'When', 'Next follow-up', 'Keep in touch (weeks)', 'Last contact'];
  const lines = [head.join(',')];
  for (const p of people) {
    const next = p.followUps.filter((f) => f.doneAt === null).sort((a, b) => (a.due < b.due ? -1 : 1))[0];
    lines.push(
      [
        p.fullName,
        p.vanityName ? `https://www.linkedin.com/in/${p.vanityName}/` : '',
        p.state,
        iso(p.invite?.at),
        p.invite?.reason,
        p.invite?.note,
        iso(p.connectedAt),
        p.howWeMet.text,
        p.howWeMet.where,
        p.howWeMet.when,
        next ? `${next.due} ${next.kind}${next.title ? `: ${next.title}` : ''}` : '',
        p.cadenceWeeks,
        iso(p.lastContactAt),
      ]
        .map(cell)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
