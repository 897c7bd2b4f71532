// Chrome tracing over a page's CDP session, and the one question the benchmark asks of the trace:
// how much main-thread time did JavaScript from a given extension take?

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
];

/** Starts tracing; returns stop() which resolves to every trace event collected. */
export async function startTrace(cdp) {
  const events = [];
  const onData = ({ value }) => {
    for (const e of value) events.push(e);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async function stop() {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Turns X events and B/E pairs into [start, end, event] intervals (microseconds). */
function intervals(events) {
  const out = [];
  const open = new Map();
  for (const e of events) {
    if (e.ph === 'X') out.push([e.ts, e.ts + (e.dur ?? 0), e, e.tdur]);
    else if (e.ph === 'B') {
      const key = `${e.pid}:${e.tid}:${e.name}`;
      (open.get(key) ?? open.set(key, []).get(key)).push(e);
    } else if (e.ph === 'E') {
      const b = open.get(`${e.pid}:${e.tid}:${e.name}`)?.pop();
      if (b) out.push([b.ts, e.ts, { ...b, args: { ...b.args, ...e.args } }, e.tts != null && b.tts != null ? e.tts - b.tts : undefined]);
    }
  }
  return out;
}

/** Keeps only the intervals not nested inside another one of the list (same thread). */
function outermost(spans) {
  const s = [...spans].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const out = [];
  let end = -Infinity;
  for (const x of s) {
    if (x[0] >= end) {
      out.push(x);
      end = x[1];
    }
  }
  return out;
}

/** Wall time (dur) and main-thread CPU time (tdur) of the outermost intervals, in ms. */
function total(spans) {
  const top = outermost(spans);
  return {
    wallMs: top.reduce((n, x) => n + (x[1] - x[0]), 0) / 1000,
    threadMs: top.reduce((n, x) => n + (x[3] ?? x[1] - x[0]), 0) / 1000,
    calls: top.length,
  };
}

const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.url ?? '';

/**
 * Extension and page JavaScript on the page's renderer main thread, found through the
 * console.timeStamp markers the workload emits around its run.
 * @param {any[]} events
 * @param {{ extensionId: string | null, startLabel: string, endLabel: string }} opts
 */
export function analyzeTrace(events, { extensionId, startLabel, endLabel }) {
  const stamp = (label) => events.find((e) => e.name === 'TimeStamp' && (e.args?.data?.message === label || e.args?.data?.name === label));
  const start = stamp(startLabel);
  const end = stamp(endLabel);
  if (!start || !end) return { error: 'run markers not found in the trace', events: events.length };
  const { pid, tid } = start;
  const all = intervals(events.filter((e) => e.pid === pid && e.tid === tid));
  const prefix = extensionId ? `chrome-extension://${extensionId}/` : null;
  const inRun = ([a, b]) => a >= start.ts && b <= end.ts;
  const isExt = ([, , e]) => prefix !== null && urlOf(e).startsWith(prefix);
  const isPage = ([, , e]) => urlOf(e).startsWith('https://www.linkedin.com/');
  const pick = (name, pred) => all.filter(([, , e]) => e.name === name).filter(pred);
  // Callbacks (FunctionCall) plus scripts evaluated during the run (EvaluateScript: an on-demand
  // script injected when the first dialog appears), outermost only so nothing counts twice.
  const ext = total([...pick('FunctionCall', (x) => isExt(x) && inRun(x)), ...pick('EvaluateScript', (x) => isExt(x) && inRun(x))]);
  const extCalls = total(pick('FunctionCall', (x) => isExt(x) && inRun(x)));
  const page = total(pick('FunctionCall', (x) => isPage(x) && inRun(x)));
  // Which callbacks the extension's time went to (function name and script position).
  const byFunction = new Map();
  for (const [a, b, e, t] of outermost(pick('FunctionCall', (x) => isExt(x) && inRun(x)))) {
    const d = e.args?.data ?? {};
    const key = `${d.functionName || '(anonymous)'} ${urlOf(e).replace(prefix ?? '', '')}:${d.lineNumber ?? '?'}:${d.columnNumber ?? '?'}`;
    const cur = byFunction.get(key) ?? { fn: key, calls: 0, threadMs: 0 };
    cur.calls++;
    cur.threadMs += (t ?? b - a) / 1000;
    byFunction.set(key, cur);
  }
  return {
    runMs: (end.ts - start.ts) / 1000,
    // threadMs is CPU time on the main thread (trace tdur); wallMs includes time descheduled.
    ext: {
      ...ext,
      functionCall: extCalls,
      evaluateScriptInRun: total(pick('EvaluateScript', (x) => isExt(x) && inRun(x))),
      // Before the run: the content script's own start-up on page load.
      startup: total([...pick('FunctionCall', (x) => isExt(x) && x[0] < start.ts), ...pick('EvaluateScript', (x) => isExt(x) && x[0] < start.ts)]),
      compile: total(all.filter(([, , e]) => /^v8\.compile/.test(e.name) && isExt([0, 0, e]))),
      topCallbacks: [...byFunction.values()].sort((x, y) => y.threadMs - x.threadMs).slice(0, 5),
    },
    page,
    events: events.length,
  };
}
