// Optional (--profile): a V8 CPU profile of one workload run, reduced to where an extension's
// time goes, function by function. For whoever has to make the content script cheaper.

export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async function stop() {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    return profile;
  };
}

/**
 * Self time per function (ms) for scripts whose URL starts with prefix, most expensive first.
 * `selfMs` counts only samples whose top frame is ours; `withNativeMs` also counts samples in the
 * browser's own functions (querySelectorAll, getElementsByClassName, a forced style or layout,
 * GC) that our function called, because a DOM query's cost shows up there and not in our frame.
 */
export function selfTimeByFunction(profile, prefix, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const keyOf = (f) => `${f.functionName || '(anonymous)'} ${f.url.slice(prefix.length)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  // The nearest frame of ours at or above a sample, if the frames in between are all native.
  const oursAbove = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)?.callFrame;
      if (!f) return null;
      if (f.url.startsWith(prefix)) return f;
      if (f.url) return null; // someone else's script (the page's): not ours
    }
    return null;
  };
  const agg = new Map();
  const withNative = new Map();
  let totalUs = 0;
  let totalWithNativeUs = 0;
  for (const [id, us] of self) {
    const f = byId.get(id)?.callFrame;
    if (f && f.url.startsWith(prefix)) {
      totalUs += us;
      agg.set(keyOf(f), (agg.get(keyOf(f)) ?? 0) + us);
    }
    const o = oursAbove(id);
    if (o) {
      totalWithNativeUs += us;
      withNative.set(keyOf(o), (withNative.get(keyOf(o)) ?? 0) + us);
    }
  }
  return {
    totalSelfMs: totalUs / 1000,
    totalWithNativeMs: totalWithNativeUs / 1000,
    top: [...withNative]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, us]) => ({ fn, selfMs: (agg.get(fn) ?? 0) / 1000, withNativeMs: us / 1000 })),
  };
}
