/**
 * INTERIM (deleted when people-core's CSV lands): LinkedIn's Connections.csv, so the UI can be built
 * and tested before it is merged.
 */
export interface ConnectionRow {
  fullName: string;
  vanityName: string | null;
  /** epoch ms (local midnight of "Connected On"), or null when unreadable */
  connectedAt: number | null;
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function parseConnectionsCsv(text: string): { ok: true; rows: ConnectionRow[] } | { ok: false; message: string } {
  const rows = csvRows(text.replace(/^\uFEFF/, ''));
  const h = rows.findIndex((r) => r.includes('First Name') && r.includes('Last Name') && r.includes('URL'));
  if (h < 0) return { ok: false, message: 'This is not LinkedIn’s Connections.csv: no “First Name, Last Name, URL” header.' };
  const head = rows[h]!;
  const at = (r: string[], k: string) => (head.indexOf(k) >= 0 ? (r[head.indexOf(k)] ?? '').trim() : '');
  const out: ConnectionRow[] = [];
  for (const r of rows.slice(h + 1)) {
    if (r.every((c) => !c.trim())) continue;
    const m = /^(\d{1,2}) (\w{3}) (\d{4})$/.exec(at(r, 'Connected On'));
    const mo = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
    const v = /\/in\/([^/?#]+)/.exec(at(r, 'URL'));
    out.push({
      fullName: `${at(r, 'First Name')} ${at(r, 'Last Name')}`.trim(),
      vanityName: v ? decodeURIComponent(v[1]!).toLowerCase() : null,
      connectedAt: m && mo >= 0 ? new Date(Number(m[3]), mo, Number(m[1])).getTime() : null,
    });
  }
  return { ok: true, rows: out };
}
