// Hand-written SVG chart of bench/results.json: overhead with spread, extension JS time, and
// guard interception per click timing. No dependencies, readable in any browser or viewer.

const COLORS = {
  none: '#9e9e9e',
  'on-purpose': '#0a66c2',
  'ref-mutation-observer': '#e07a1f',
  'ref-polling': '#8e44ad',
  'ref-empty': '#7f8c8d',
};
const EXT_IDS = ['on-purpose', 'ref-mutation-observer', 'ref-polling', 'ref-empty'];

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const sgn = (x) => (Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}%` : 'n/a');

function text(x, y, s, { size = 12, anchor = 'start', weight = 'normal', fill = '#222' } = {}) {
  return `<text x="${x}" y="${y}" font-size="${size}" text-anchor="${anchor}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`;
}

/** Nice tick step for a range. */
function ticks(lo, hi, target = 6) {
  const raw = (hi - lo) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) out.push(Math.round(t * 1e6) / 1e6);
  return out;
}

export function renderChart(out, { timings, timingLabels }) {
  const W = 980;
  const H = 750;
  const c = out.configs;
  const ids = EXT_IDS.filter((id) => c[id]);
  const parts = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    text(24, 34, 'On Purpose — performance benchmark', { size: 20, weight: 'bold' }),
    text(
      24,
      56,
      `${out.environment.chromium}, ${out.environment.cpus} CPUs, headless · ${out.method.repetitions} alternating repetitions of ` +
        `${(out.method.workload?.inserted ?? 0).toLocaleString('en')} element insertions · ${out.date.slice(0, 10)}`,
      { size: 12, fill: '#555' },
    ),
  );

  // ---- Panel A: overhead ----
  {
    const x0 = 180;
    const x1 = 440;
    const y0 = 118;
    const rowH = 42;
    const rows = [{ id: 'none', label: 'noise (no extension)' }, ...ids.map((id) => ({ id, label: c[id].label }))];
    const none = c.none;
    const noise = { lo: (none.taskMs.min / none.taskMs.median - 1) * 100, hi: (none.taskMs.max / none.taskMs.median - 1) * 100 };
    const vals = [0, 2.5, noise.lo, noise.hi, ...ids.flatMap((id) => [c[id].overheadPct, c[id].overheadPaired.min, c[id].overheadPaired.max])].filter(Number.isFinite);
    const lo = Math.min(-1, ...vals);
    const hi = Math.max(3, ...vals);
    const pad = (hi - lo) * 0.05;
    const [a, b] = [lo - pad, hi + pad];
    const X = (v) => x0 + ((v - a) / (b - a)) * (x1 - x0);
    const yEnd = y0 + rows.length * rowH;
    parts.push(text(24, 88, 'Main-thread time added to the feed workload', { size: 14, weight: 'bold' }));
    for (const t of ticks(a, b)) {
      parts.push(`<line x1="${X(t)}" y1="${y0 - 4}" x2="${X(t)}" y2="${yEnd}" stroke="#eee"/>`, text(X(t), yEnd + 16, `${t}%`, { size: 11, anchor: 'middle', fill: '#666' }));
    }
    parts.push(`<line x1="${X(0)}" y1="${y0 - 4}" x2="${X(0)}" y2="${yEnd}" stroke="#999"/>`);
    const budget = out.budgets?.limits?.overheadPct ?? 2;
    parts.push(
      `<line x1="${X(budget)}" y1="${y0 - 8}" x2="${X(budget)}" y2="${yEnd}" stroke="#c62828" stroke-dasharray="5 4"/>`,
      text(X(budget) + 4, y0 - 12, `budget ${budget}%`, { size: 11, fill: '#c62828' }),
    );
    rows.forEach((r, i) => {
      const y = y0 + i * rowH + rowH / 2;
      parts.push(text(x0 - 10, y + 4, r.label, { size: 12, anchor: 'end' }));
      if (r.id === 'none') {
        parts.push(
          `<rect x="${X(noise.lo)}" y="${y - 6}" width="${Math.max(1, X(noise.hi) - X(noise.lo))}" height="12" fill="${COLORS.none}" opacity="0.35"/>`,
          text(x1 + 8, y + 4, `min–max ${sgn(noise.lo)} … ${sgn(noise.hi)}`, { size: 11, fill: '#666' }),
        );
        return;
      }
      const v = c[r.id].overheadPct;
      const s = c[r.id].overheadPaired;
      const left = Math.min(X(0), X(v));
      parts.push(
        `<rect x="${left}" y="${y - 10}" width="${Math.max(1, Math.abs(X(v) - X(0)))}" height="20" fill="${COLORS[r.id]}" rx="2"/>`,
        `<line x1="${X(s.min)}" y1="${y}" x2="${X(s.max)}" y2="${y}" stroke="#222" stroke-width="1.5"/>`,
        `<line x1="${X(s.min)}" y1="${y - 6}" x2="${X(s.min)}" y2="${y + 6}" stroke="#222" stroke-width="1.5"/>`,
        `<line x1="${X(s.max)}" y1="${y - 6}" x2="${X(s.max)}" y2="${y + 6}" stroke="#222" stroke-width="1.5"/>`,
        text(x1 + 8, y + 4, `${sgn(v)}  (${sgn(s.min)} … ${sgn(s.max)})`, { size: 12, weight: 'bold', fill: COLORS[r.id] }),
      );
    });
    parts.push(
      text(24, yEnd + 38, 'Bar: median main-thread time (CDP TaskDuration, thread ticks) against the median without extension.', { size: 11, fill: '#666' }),
      text(24, yEnd + 52, 'Whiskers: range of the per-repetition paired overheads. Grey: spread of the runs without extension (noise).', { size: 11, fill: '#666' }),
    );
  }

  // ---- Panel B: extension JS from the trace ----
  {
    const x0 = 790;
    const x1 = 860;
    const y0 = 118;
    const rowH = 42;
    parts.push(text(660, 88, 'Extension JavaScript during the run', { size: 14, weight: 'bold' }));
    const v = ids.map((id) => c[id].trace?.ext?.threadMs ?? NaN);
    const max = Math.max(1, ...v.filter(Number.isFinite));
    ids.forEach((id, i) => {
      const y = y0 + (i + 1) * rowH + rowH / 2;
      const ms = v[i];
      parts.push(text(x0 - 8, y + 4, c[id].label, { size: 12, anchor: 'end' }));
      if (Number.isFinite(ms)) {
        parts.push(`<rect x="${x0}" y="${y - 10}" width="${Math.max(1, ((x1 - x0) * ms) / max)}" height="20" fill="${COLORS[id]}" rx="2"/>`);
      }
      const share = c[id].extJsSharePct;
      parts.push(text(x0 + Math.max(1, ((x1 - x0) * (Number.isFinite(ms) ? ms : 0)) / max) + 6, y + 4, `${f1(ms)} ms`, { size: 12 }));
      if (Number.isFinite(share)) parts.push(text(x0 + Math.max(1, ((x1 - x0) * ms) / max) + 6, y + 17, `${share.toFixed(1)}% of baseline`, { size: 10, fill: '#666' }));
    });
    parts.push(text(660, y0 + rowH / 2 - 4, 'main-thread CPU time of its callbacks and scripts', { size: 11, fill: '#666' }));
    parts.push(text(660, y0 + rowH / 2 + 10, 'from chrome-extension://<id>/ (one traced run)', { size: 11, fill: '#666' }));
    const page = c.none?.trace?.page?.threadMs;
    if (Number.isFinite(page)) parts.push(text(660, y0 + rowH / 2 + 24, `the page's own JS in the same run: ${f1(page)} ms`, { size: 11, fill: '#666' }));
  }

  // ---- Panel C: interception ----
  {
    const y0 = 392;
    const top = y0 + 34;
    const bottom = y0 + 224;
    const x0 = 80;
    const x1 = W - 40;
    parts.push(text(24, y0, 'Guard: share of "Send without a note" clicks intercepted', { size: 14, weight: 'bold' }));
    const trials = c[ids[0] ?? 'none']?.latency?.[timings[0]]?.trials ?? 0;
    parts.push(text(24, y0 + 18, `page inserts the dialog (light DOM and #interop-outlet shadow root alternating) and clicks it at each timing; ${trials} clicks per timing`, { size: 11, fill: '#666' }));
    const Y = (p) => bottom - ((bottom - top) * p) / 100;
    for (const p of [0, 25, 50, 75, 100]) {
      parts.push(`<line x1="${x0}" y1="${Y(p)}" x2="${x1}" y2="${Y(p)}" stroke="${p ? '#eee' : '#999'}"/>`, text(x0 - 8, Y(p) + 4, `${p}%`, { size: 11, anchor: 'end', fill: '#666' }));
    }
    const groupW = (x1 - x0) / timings.length;
    const barW = Math.min(48, (groupW - 40) / Math.max(1, ids.length));
    timings.forEach((t, g) => {
      const gx = x0 + g * groupW + (groupW - barW * ids.length) / 2;
      ids.forEach((id, i) => {
        const p = c[id].latency[t].pct;
        const x = gx + i * barW;
        parts.push(
          `<rect x="${x + 3}" y="${Y(p)}" width="${barW - 6}" height="${Math.max(0, bottom - Y(p))}" fill="${COLORS[id]}" rx="2"/>`,
          text(x + barW / 2, Math.min(Y(p) - 5, bottom - 5), `${p.toFixed(0)}%`, { size: 11, anchor: 'middle', weight: 'bold', fill: p < 6 ? COLORS[id] : '#222' }),
        );
      });
      parts.push(text(x0 + g * groupW + groupW / 2, bottom + 18, timingLabels[t], { size: 12, anchor: 'middle' }));
    });
    // legend
    let lx = x0;
    ids.forEach((id) => {
      parts.push(`<rect x="${lx}" y="${bottom + 32}" width="12" height="12" fill="${COLORS[id]}" rx="2"/>`, text(lx + 18, bottom + 42, c[id].label, { size: 12 }));
      lx += 40 + c[id].label.length * 7;
    });
    const noneMax = Math.max(...timings.map((t) => c.none?.latency?.[t]?.pct ?? 0));
    parts.push(text(x1, bottom + 42, `no extension: ${noneMax.toFixed(0)}% (sanity check)`, { size: 11, anchor: 'end', fill: '#666' }));
  }

  // ---- footer: sizes, popup, budgets ----
  {
    const y = 696;
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const s = out.size;
    const p = out.popup;
    parts.push(
      `<line x1="24" y1="${y - 22}" x2="${W - 24}" y2="${y - 22}" stroke="#ddd"/>`,
      text(24, y, `On Purpose content script: ${kb(s.contentRaw)} raw, ${kb(s.contentGzip)} gzip (budget 20 KB) · popup bundle ${kb(s.popupGzip)} gzip`, { size: 12 }),
      text(
        24,
        y + 18,
        `Popup first render with ${p?.templates ?? 300} templates stored: ${p?.ok ? `median ${f1(p.summary.median)} ms, range ${f1(p.summary.min)}–${f1(p.summary.max)} ms (budget 150 ms)` : 'n/a'}`,
        { size: 12 },
      ),
    );
    const b = out.budgets;
    if (b?.results?.length) {
      parts.push(
        text(24, y + 40, `Budgets: ${b.results.map((r) => `${r.name} ${r.ok ? '✓' : '✗'}`).join(' · ')}`, {
          size: 12,
          weight: 'bold',
          fill: b.ok ? '#2e7d32' : '#c62828',
        }),
      );
    }
  }
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
