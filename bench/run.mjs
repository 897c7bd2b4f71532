#!/usr/bin/env node
// `npm run bench`: what On Purpose costs LinkedIn, and whether its guard is ever late (issue #6).
// Four Chromium instances (no extension, On Purpose from dist/, and two reference extensions that
// stand for what other LinkedIn extensions do) run the same fixed workload in alternating
// repetitions. Method and how to read the figures: bench/README.md.
//
//   npm run bench                 full run (~3-4 min on 2 cores); writes bench/results.json + results.svg
//   npm run bench -- --quick      fewer repetitions; writes to bench/out/ instead
//   npm run bench -- --check      also exit 1 when On Purpose misses a budget
//   options: --reps N  --trials N  --popup-reps N  --configs none,on-purpose,...  --no-trace  --build  --out DIR
//            --profile  (CPU-profile one extra run per extension; top functions -> bench/out/profiles.json)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem, platform, release, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { launch, findChromium, ROOT } from '../scripts/lib/browser.mjs';
import { measure, CONTENT_BUDGET_GZIP } from '../scripts/check-size.mjs';
import { summarize, pct, round } from './lib/stats.mjs';
import { startTrace, analyzeTrace } from './lib/trace.mjs';
import { peopleFirstRender, popupFirstRender } from './lib/popup.mjs';
import { startProfile, selfTimeByFunction } from './lib/profile.mjs';
import { renderChart } from './lib/chart.mjs';

const BENCH = import.meta.dirname;
const DIST = join(ROOT, 'dist');

export const BUDGETS = {
  overheadPct: 2,
  interceptionPct: 100,
  contentGzipBytes: CONTENT_BUDGET_GZIP,
  popupFirstRenderMs: 150,
  // Issue 10: the People tab's first render with 5,000 people stored.
  peopleFirstRenderMs: 150,
};

export const CONFIGS = [
  { id: 'none', label: 'no extension', path: null },
  { id: 'on-purpose', label: 'On Purpose', path: DIST },
  { id: 'ref-mutation-observer', label: 'ref: MutationObserver', path: join(BENCH, 'reference', 'mutation-observer') },
  { id: 'ref-polling', label: 'ref: polling 500 ms', path: join(BENCH, 'reference', 'polling') },
  // Control: a content script with no code. Hosting any content script costs the page something
  // (measured at about +4% here); the difference to this row is what an extension's code adds.
  { id: 'ref-empty', label: 'control: empty extension', path: join(BENCH, 'reference', 'empty') },
];

const TIMINGS = ['task', 'microtask', 'frame', 'after50ms'];
const TIMING_LABELS = { task: 'same task', microtask: 'microtask', frame: 'next frame', after50ms: 'after 50 ms' };
const WORKLOAD_URL = 'https://www.linkedin.com/feed/';
const LATENCY_URL = 'https://www.linkedin.com/feed/?bench=latency';

function parseArgs(argv) {
  const o = { quick: false, check: false, trace: true, profile: false, build: false, reps: null, trials: null, popupReps: null, configs: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    if (a === '--quick') o.quick = true;
    else if (a === '--check') o.check = true;
    else if (a === '--no-trace') o.trace = false;
    else if (a === '--build') o.build = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--reps') o.reps = Number(val());
    else if (a === '--trials') o.trials = Number(val());
    else if (a === '--popup-reps') o.popupReps = Number(val());
    else if (a === '--configs') o.configs = val().split(',');
    else if (a === '--out') o.out = val();
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(import.meta.filename, 'utf8').split('\n').slice(1, 11).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
      process.exit(0);
    } else throw new Error(`Unknown option ${a} (try --help)`);
  }
  o.reps ??= o.quick ? 3 : 7;
  o.trials ??= o.quick ? 25 : 100;
  o.popupReps ??= o.quick ? 3 : 7;
  o.out ??= o.quick ? join(BENCH, 'out') : BENCH;
  return o;
}

const log = (...a) => console.error('[bench]', ...a);

function ensureBuild(force) {
  if (!force && existsSync(join(DIST, 'manifest.json'))) return;
  log(force ? 'building (--build)…' : 'dist/ is missing: building…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run build failed');
}

/** Serves the benchmark pages at LinkedIn URLs and blocks every other request. */
async function routeBench(context) {
  const workload = readFileSync(join(BENCH, 'pages', 'workload.html'), 'utf8');
  const latency = readFileSync(join(BENCH, 'pages', 'latency.html'), 'utf8');
  const dialog = readFileSync(join(BENCH, 'pages', 'invite-dialog.js'), 'utf8');
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== 'www.linkedin.com') return route.abort('blockedbyclient');
      if (url.pathname === '/feed/') {
        const body = url.searchParams.get('bench') === 'latency' ? latency : workload;
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
      }
      if (url.pathname === '/__bench/invite-dialog.js') {
        return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: dialog });
      }
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not part of the benchmark' });
    },
  );
}

/**
 * Lets the page and any content script finish starting up before the measured part. Content
 * scripts here run at document_start, before the page's own scripts, so a fixed pause is enough.
 */
async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'JSHeapUsedSize'];
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]));
}

/** One workload run: main-thread time (thread ticks) from CDP, optionally with a trace. */
async function workloadRep(cfg, { trace = false, profile = false } = {}) {
  const page = await cfg.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await cfg.context.newCDPSession(page);
  const stopTrace = trace ? await startTrace(cdp) : null;
  await page.goto(WORKLOAD_URL, { waitUntil: 'load' });
  await settle(page);
  // Enabled after navigation: the page may have moved to a new renderer, and the time domain can
  // only be chosen while the domain is disabled. Thread ticks = CPU time of the main thread.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const stopProfile = profile ? await startProfile(cdp) : null;
  const before = await metrics(cdp);
  const stats = await page.evaluate(() => window.__bench.run());
  const after = await metrics(cdp);
  const cpuProfile = stopProfile ? await stopProfile() : null;
  await cdp.send('Performance.disable');
  let traceSummary = null;
  if (stopTrace) {
    const events = await stopTrace();
    traceSummary = analyzeTrace(events, { extensionId: cfg.extensionId, startLabel: 'op-bench-run-start', endLabel: 'op-bench-run-end' });
  }
  await cdp.detach().catch(() => {});
  await page.close();
  if (errors.length) throw new Error(`workload page errors (${cfg.id}): ${errors.join('; ')}`);
  const d = (k) => (after[k] - before[k]) * 1000;
  return {
    taskMs: d('TaskDuration'),
    scriptMs: d('ScriptDuration'),
    layoutMs: d('LayoutDuration'),
    styleMs: d('RecalcStyleDuration'),
    wallMs: stats.wallMs,
    // The 1-minute load average when the repetition ended: other processes inflate thread time too.
    load1: loadavg()[0],
    stats,
    trace: traceSummary,
    cpuProfile,
  };
}

async function latencyRun(cfg, trials) {
  const page = await cfg.context.newPage();
  await page.goto(LATENCY_URL, { waitUntil: 'load' });
  await settle(page);
  const results = await page.evaluate((n) => window.__bench.latency(n), trials);
  await page.close();
  const byTiming = {};
  for (const t of TIMINGS) {
    const rows = results.filter((r) => r.timing === t);
    const byMount = {};
    for (const m of ['light', 'shadow']) {
      const rs = rows.filter((r) => r.mount === m);
      byMount[m] = { trials: rs.length, intercepted: rs.filter((r) => r.intercepted).length };
    }
    const intercepted = rows.filter((r) => r.intercepted).length;
    byTiming[t] = { trials: rows.length, intercepted, pct: (intercepted / rows.length) * 100, byMount };
  }
  return byTiming;
}

/** The start of the (minified) source at "name file:line:col", so a profile entry can be found. */
function codeAt(dir, fn) {
  const m = /^\S+ (.+):(\d+):(\d+)$/.exec(fn);
  if (!m) return '';
  try {
    const line = readFileSync(join(dir, m[1]), 'utf8').split('\n')[Number(m[2]) - 1] ?? '';
    return line.slice(Number(m[3]) - 1, Number(m[3]) + 119);
  } catch {
    return '';
  }
}

async function browserVersion(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const v = await cdp.send('Browser.getVersion');
  await cdp.detach().catch(() => {});
  await page.close();
  return v;
}

/**
 * Scripts beside the manifest's content scripts that are not in the manifest: code the content
 * script has injected on demand. measure() does not count them; they are listed for the reader.
 */
function onDemandContent(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const listed = new Set(manifest.content_scripts.flatMap((c) => c.js));
  const dirs = new Set([...listed].map((f) => dirname(f)));
  const out = [];
  for (const d of dirs) {
    for (const f of readdirSync(join(dist, d))) {
      const rel = `${d}/${f}`;
      if (!f.endsWith('.js') || listed.has(rel)) continue;
      const buf = readFileSync(join(dist, rel));
      out.push({ file: rel, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
    }
  }
  return out;
}

/** Which build was measured: a hash of the content scripts and when the manifest was written. */
function buildInfo(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const hash = createHash('sha256');
  for (const f of manifest.content_scripts.flatMap((c) => c.js)) hash.update(readFileSync(join(dist, f)));
  return { version: manifest.version, contentSha256: hash.digest('hex').slice(0, 16), builtAt: statSync(join(DIST, 'manifest.json')).mtime.toISOString() };
}

/** A repetition without its trace summary and CPU profile (they are reported elsewhere). */
function withoutDetail(rep) {
  const copy = { ...rep };
  delete copy.trace;
  delete copy.cpuProfile;
  return copy;
}

function fmtMs(x) {
  return Number.isFinite(x) ? x.toFixed(1) : 'n/a';
}
function fmtPct(x, sign = true) {
  if (!Number.isFinite(x)) return 'n/a';
  return `${sign && x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  if (!findChromium()) throw new Error('Chromium not found: install it or set CHROME_PATH (see scripts/lib/browser.mjs).');
  ensureBuild(opt.build);
  // Measure and load a snapshot of dist/: other work in the checkout may rebuild dist/ while the
  // benchmark runs, and a half-written build would break the run or mix two builds.
  const snapshot = mkdtempSync(join(tmpdir(), 'on-purpose-bench-dist-'));
  let size;
  let build;
  for (let attempt = 1; ; attempt++) {
    const before = statSync(join(DIST, 'manifest.json')).mtimeMs;
    rmSync(snapshot, { recursive: true, force: true });
    cpSync(DIST, snapshot, { recursive: true });
    size = { ...measure(), onDemandContent: onDemandContent(snapshot) };
    build = buildInfo(snapshot);
    // measure() reads dist/ itself: accept only when dist/ did not change while we copied it.
    if (statSync(join(DIST, 'manifest.json')).mtimeMs === before && buildInfo(DIST).contentSha256 === build.contentSha256) break;
    if (attempt === 5) throw new Error('dist/ keeps changing (a build is running?): try again later');
    log('dist/ changed while being copied; copying again…');
    await new Promise((r) => setTimeout(r, 3000));
  }
  const configs = CONFIGS.map((c) => ({ ...c, path: c.id === 'on-purpose' ? snapshot : c.path })).filter(
    (c) => !opt.configs || opt.configs.includes(c.id),
  );
  if (!configs.some((c) => c.id === 'none')) throw new Error('the "none" configuration is the baseline: keep it in --configs');
  const t0 = Date.now();

  try {
    // One browser per configuration, all launched up front and used in turn, so that repetitions
    // alternate between configurations and slow drift (thermal, other load) hits all of them alike.
    for (const c of configs) {
      const { context, extensionId, userDataDir } = await launch({ extensionPath: c.path, headless: true });
      c.context = context;
      c.extensionId = extensionId;
      c.userDataDir = userDataDir;
      await routeBench(context);
      log(`launched ${c.id}${extensionId ? ` (${extensionId})` : ''}`);
    }
    const version = await browserVersion(configs[0].context);

    // Warm-up (discarded): first navigation, code caches, JIT.
    for (const c of configs) await workloadRep(c);
    log('warm-up done');

    const reps = Object.fromEntries(configs.map((c) => [c.id, []]));
    for (let r = 0; r < opt.reps; r++) {
      // Rotate the order every repetition so that no configuration always runs first or last.
      const order = configs.map((_, i) => configs[(i + r) % configs.length]);
      for (const c of order) reps[c.id].push(await workloadRep(c));
      log(`rep ${r + 1}/${opt.reps}: ` + configs.map((c) => `${c.id} ${fmtMs(reps[c.id].at(-1).taskMs)} ms`).join(', '));
    }

    const traces = {};
    if (opt.trace) {
      for (const c of configs) traces[c.id] = (await workloadRep(c, { trace: true })).trace;
      log('traces done');
    }

    let profiles = null;
    if (opt.profile) {
      profiles = {};
      for (const c of configs.filter((x) => x.extensionId)) {
        const { cpuProfile } = await workloadRep(c, { profile: true });
        profiles[c.id] = selfTimeByFunction(cpuProfile, `chrome-extension://${c.extensionId}/`);
        mkdirSync(join(BENCH, 'out'), { recursive: true });
        writeFileSync(join(BENCH, 'out', `${c.id}.cpuprofile`), JSON.stringify(cpuProfile)); // for DevTools' Performance panel
        for (const f of profiles[c.id].top) f.code = codeAt(c.path, f.fn);
        log(`profile ${c.id}: ${profiles[c.id].totalSelfMs.toFixed(1)} ms self time in extension scripts, ${profiles[c.id].totalWithNativeMs.toFixed(1)} ms with the browser functions they called`);
        for (const f of profiles[c.id].top.slice(0, 8)) log(`   ${f.withNativeMs.toFixed(1).padStart(7)} ms (self ${f.selfMs.toFixed(1)})  ${f.fn}  ${f.code.slice(0, 70)}`);
      }
      mkdirSync(join(BENCH, 'out'), { recursive: true });
      writeFileSync(join(BENCH, 'out', 'profiles.json'), JSON.stringify(profiles, null, 2) + '\n');
    }

    const latency = {};
    for (const c of configs) {
      latency[c.id] = await latencyRun(c, opt.trials);
      log(`latency ${c.id}: ` + TIMINGS.map((t) => `${t} ${latency[c.id][t].pct.toFixed(0)}%`).join(', '));
    }

    let popup = null;
    let people = null;
    const op = configs.find((c) => c.id === 'on-purpose');
    if (op) {
      // Alone, as a person opens the popup: the other configurations' browsers are closed first
      // (idle, they still cost this 2-core machine 20-60 ms per opening: 213 ms beside them, 145 ms alone).
      for (const c of configs) if (c !== op) await c.context?.close().catch(() => {});
      popup = await popupFirstRender(op.context, op.extensionId, { templates: 300, reps: opt.popupReps, root: ROOT });
      log(`popup first render: ${popup.ok ? `${fmtMs(popup.summary.median)} ms` : `n/a (${popup.error})`}`);
      // After the template measurement: it replaces storage with 5,000 people and 300 templates.
      people = await peopleFirstRender(op.context, op.extensionId, { people: 5000, templates: 300, reps: opt.popupReps });
      log(`People tab first render (5,000 people): ${people.ok ? `${fmtMs(people.summary.median)} ms` : `n/a (${people.error})`}`);
    }


    // ---- figures ----
    const base = summarize(reps.none.map((x) => x.taskMs));
    const empty = reps['ref-empty'] ? summarize(reps['ref-empty'].map((x) => x.taskMs)) : null;
    const results = {};
    for (const c of configs) {
      const task = summarize(reps[c.id].map((x) => x.taskMs));
      // Paired per-repetition overhead: repetition i of this config against repetition i of "none"
      // (same round, adjacent in time). Its range is the spread shown in the chart's whiskers.
      const paired = reps[c.id].map((x, i) => pct(x.taskMs, reps.none[i].taskMs));
      results[c.id] = {
        label: c.label,
        extensionId: c.extensionId,
        taskMs: task,
        scriptMs: summarize(reps[c.id].map((x) => x.scriptMs)),
        layoutMs: summarize(reps[c.id].map((x) => x.layoutMs)),
        styleMs: summarize(reps[c.id].map((x) => x.styleMs)),
        wallMs: summarize(reps[c.id].map((x) => x.wallMs)),
        overheadPct: c.id === 'none' ? 0 : pct(task.median, base.median),
        // Against the empty-extension control: the cost of the extension's own code and observers.
        overheadVsEmptyPct: empty && c.id !== 'none' ? pct(task.median, empty.median) : null,
        overheadPaired: summarize(paired),
        // Best run against best run: the least disturbed runs, a cross-check on a busy machine.
        overheadBestPct: c.id === 'none' ? 0 : pct(task.min, base.min),
        overheadRangePct: { min: pct(task.min, base.median), max: pct(task.max, base.median) },
        trace: traces[c.id] ?? null,
        // The extension's own JS (trace, CPU time) as a share of the baseline's main-thread time:
        // a floor for the overhead that is much less sensitive to outside load.
        extJsSharePct: traces[c.id] && !traces[c.id].error && c.id !== 'none' ? (traces[c.id].ext.threadMs / base.median) * 100 : null,
        latency: latency[c.id],
        workload: reps[c.id][0]?.stats,
      };
    }

    const res = results['on-purpose'];
    const budgets = [];
    if (res) {
      const minIntercept = Math.min(...TIMINGS.map((t) => res.latency[t].pct));
      budgets.push(
        { name: 'main-thread overhead', value: res.overheadPct, limit: BUDGETS.overheadPct, unit: '%', ok: res.overheadPct <= BUDGETS.overheadPct },
        { name: 'guard interception (worst timing)', value: minIntercept, limit: BUDGETS.interceptionPct, unit: '%', ok: minIntercept >= BUDGETS.interceptionPct },
        { name: 'content script gzip', value: size.contentGzip, limit: BUDGETS.contentGzipBytes, unit: 'B', ok: size.contentGzip <= BUDGETS.contentGzipBytes },
        {
          name: 'popup first render (300 templates)',
          value: popup?.ok ? popup.summary.median : null,
          limit: BUDGETS.popupFirstRenderMs,
          unit: 'ms',
          ok: Boolean(popup?.ok) && popup.summary.median <= BUDGETS.popupFirstRenderMs,
        },
        {
          name: 'People tab first render (5,000 people)',
          value: people?.ok ? people.summary.median : null,
          limit: BUDGETS.peopleFirstRenderMs,
          unit: 'ms',
          ok: Boolean(people?.ok) && people.summary.median <= BUDGETS.peopleFirstRenderMs,
        },
      );
    }

    const out = {
      date: new Date().toISOString(),
      durationS: round((Date.now() - t0) / 1000, 1),
      environment: {
        chromium: version.product,
        userAgent: version.userAgent,
        v8: version.jsVersion,
        node: process.version,
        platform: `${platform()} ${release()}`,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGB: round(totalmem() / 2 ** 30, 1),
        headless: true,
      },
      method: {
        repetitions: opt.reps,
        alternating: 'one browser per configuration; each repetition runs every configuration once, order rotated per repetition; one discarded warm-up each',
        workload: configs.length ? reps.none[0].stats : null,
        mainThread: 'CDP Performance.getMetrics TaskDuration delta over the run, timeDomain threadTicks',
        overhead: '(median TaskDuration with extension / median without - 1) x 100; spread = per-repetition paired overhead range',
        trace: 'one extra traced repetition per configuration: main-thread CPU time (tdur) of the outermost FunctionCall and EvaluateScript events on the page main thread whose args.data.url starts with chrome-extension://<id>/, between the run markers',
        latencyTrialsPerTiming: opt.trials,
        timings: TIMING_LABELS,
        popup: 'chrome-extension://<id>/src/popup/index.html in a fresh tab, 300 templates in storage.local; time from navigation start to the animation frame that paints the first list item',
        people: 'chrome-extension://<id>/src/popup/index.html?view=people in a fresh tab, 5,000 people (p:<id> keys, ~1.3 KB each) and 300 templates in storage.local; time from navigation start to the animation frame that paints the first person row',
      },
      budgets: { limits: BUDGETS, results: budgets, ok: budgets.every((b) => b.ok) },
      build,
      size,
      popup,
      people,
      configs: results,
      ...(profiles ? { profiles } : {}),
      raw: Object.fromEntries(Object.entries(reps).map(([id, rs]) => [id, rs.map(withoutDetail)])),
    };

    mkdirSync(opt.out, { recursive: true });
    const jsonPath = join(opt.out, 'results.json');
    const svgPath = join(opt.out, 'results.svg');
    writeFileSync(jsonPath, JSON.stringify(out, (k, v) => (typeof v === 'number' ? round(v, 3) : v), 2) + '\n');
    writeFileSync(svgPath, renderChart(out, { timings: TIMINGS, timingLabels: TIMING_LABELS }));

    printReport(out, configs);
    console.log(`\nwrote ${relative(process.cwd(), jsonPath)} and ${relative(process.cwd(), svgPath)} (${out.durationS} s)`);

    if (opt.check) {
      const failed = budgets.filter((b) => !b.ok);
      if (!res) {
        console.error('--check needs the on-purpose configuration');
        process.exitCode = 1;
      } else if (failed.length) {
        console.error(`\nBUDGET MISSED: ${failed.map((b) => b.name).join('; ')}`);
        process.exitCode = 1;
      } else console.log('\nall budgets met');
    }
  } finally {
    for (const c of configs) {
      await c.context?.close().catch(() => {});
      if (c.userDataDir) rmSync(c.userDataDir, { recursive: true, force: true });
    }
    rmSync(snapshot, { recursive: true, force: true });
  }
}

function printReport(out, configs) {
  const r = out.configs;
  const e = out.environment;
  console.log(
    `\nOn Purpose benchmark — ${e.chromium}, ${e.cpus} CPUs, headless; ${out.method.repetitions} alternating repetitions; ` +
      `${out.method.workload?.inserted?.toLocaleString('en')} element insertions in ${out.method.workload?.tasks} tasks per run\n`,
  );
  const head = [
    pad('configuration', 23),
    lpad('main thread ms', 15),
    pad('  (min–max)', 18),
    lpad('overhead', 9),
    pad('  (paired min–max)', 21),
    lpad('vs empty', 9),
    lpad('ext JS ms', 10),
    pad(' (share)', 9),
    ...TIMINGS.map((t) => lpad(TIMING_LABELS[t], 12)),
  ].join('');
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const c of configs) {
    const x = r[c.id];
    const ext = x.trace && !x.trace.error ? x.trace.ext.threadMs : NaN;
    console.log(
      [
        pad(x.label, 23),
        lpad(fmtMs(x.taskMs.median), 15),
        pad(`  (${fmtMs(x.taskMs.min)}–${fmtMs(x.taskMs.max)})`, 18),
        lpad(c.id === 'none' ? '—' : fmtPct(x.overheadPct), 9),
        pad(c.id === 'none' ? '' : `  (${fmtPct(x.overheadPaired.min)}…${fmtPct(x.overheadPaired.max)})`, 21),
        lpad(x.overheadVsEmptyPct == null || c.id === 'ref-empty' ? '—' : fmtPct(x.overheadVsEmptyPct), 9),
        lpad(c.id === 'none' ? '—' : fmtMs(ext), 10),
        pad(x.extJsSharePct == null ? '' : ` (${x.extJsSharePct.toFixed(1)}%)`, 9),
        ...TIMINGS.map((t) => lpad(`${x.latency[t].pct.toFixed(0)}%`, 12)),
      ].join(''),
    );
  }
  const s = out.size;
  const p = out.popup;
  console.log(
    `\nsize: content script ${kb(s.contentRaw)} raw, ${kb(s.contentGzip)} gzip (budget ${kb(BUDGETS.contentGzipBytes)}); popup bundle ${kb(s.popupGzip)} gzip`,
  );
  for (const f of s.onDemandContent) console.log(`      + injected on demand, not in measure(): ${f.file} ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
  if (p) {
    console.log(
      p.ok
        ? `popup first render with ${p.templates} templates: median ${fmtMs(p.summary.median)} ms (min ${fmtMs(p.summary.min)}, max ${fmtMs(p.summary.max)}; budget ${BUDGETS.popupFirstRenderMs} ms)`
        : `popup first render with ${p.templates} templates: n/a — ${p.error}`,
    );
  }
  const pp = out.people;
  if (pp) {
    console.log(
      pp.ok
        ? `People tab first render with ${pp.people} people (+${pp.templates} templates, ~${pp.bytesPerPerson} B/person): median ${fmtMs(pp.summary.median)} ms (min ${fmtMs(pp.summary.min)}, max ${fmtMs(pp.summary.max)}; budget ${BUDGETS.peopleFirstRenderMs} ms)` +
            (pp.templatesWithPeople ? `; template list with them stored: median ${fmtMs(pp.templatesWithPeople.median)} ms` : '')
        : `People tab first render with ${pp.people} people: n/a — ${pp.error}`,
    );
  }
  if (out.budgets.results.length) {
    console.log('\nbudgets (On Purpose):');
    for (const b of out.budgets.results) {
      const v = b.value == null ? 'n/a' : b.unit === 'B' ? kb(b.value) : `${b.value.toFixed(1)}${b.unit === '%' ? '%' : ' ms'}`;
      const l = b.unit === 'B' ? kb(b.limit) : `${b.limit}${b.unit === '%' ? '%' : ' ms'}`;
      console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${pad(b.name, 36)} ${lpad(v, 9)}  (${b.unit === '%' && b.name.startsWith('guard') ? '≥' : '≤'} ${l})`);
    }
  }
  const loads = Object.values(out.raw).flat().map((x) => x.load1);
  const maxLoad = Math.max(...loads);
  if (maxLoad > e.cpus) {
    console.log(
      `\nnote: the machine was busy (1-min load average up to ${maxLoad.toFixed(1)} on ${e.cpus} CPUs); ` +
        `runs without extension spread ${fmtPct(pct(r.none.taskMs.min, r.none.taskMs.median))}…${fmtPct(pct(r.none.taskMs.max, r.none.taskMs.median))}. Re-run on an idle machine before trusting small differences.`,
    );
  }
  console.log('\n' + summaryLine(out));
}

export function summaryLine(out) {
  const r = out.configs;
  const parts = [];
  const op = r['on-purpose'];
  const intercept = (x) => TIMINGS.map((t) => x.latency[t].pct.toFixed(0)).join('/');
  if (op) {
    parts.push(
      `On Purpose: ${fmtPct(op.overheadPct)} main-thread time, guard ${intercept(op)}% intercepted (same task/microtask/frame/50 ms), ` +
        `${kb(out.size.contentGzip)} gzip, popup ${out.popup?.ok ? `${fmtMs(out.popup.summary.median)} ms` : 'n/a'}`,
    );
  }
  if (op && op.overheadVsEmptyPct != null) parts.push(`On Purpose vs empty extension: ${fmtPct(op.overheadVsEmptyPct)}`);
  for (const id of ['ref-mutation-observer', 'ref-polling', 'ref-empty']) {
    if (r[id]) parts.push(`${r[id].label}: ${fmtPct(r[id].overheadPct)}, ${intercept(r[id])}%`);
  }
  return `Summary — ${parts.join(' | ')}${out.budgets.results.length ? ` | budgets ${out.budgets.ok ? 'met' : 'MISSED'}` : ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
