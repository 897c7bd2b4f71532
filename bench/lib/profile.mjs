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

/** Self time per function (ms) for scripts whose URL starts with prefix, most expensive first. */
export function selfTimeByFunction(profile, prefix, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const agg = new Map();
  let totalUs = 0;
  for (const [id, us] of self) {
    const f = byId.get(id)?.callFrame;
    if (!f || !f.url.startsWith(prefix)) continue;
    totalUs += us;
    const key = `${f.functionName || '(anonymous)'} ${f.url.slice(prefix.length)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    agg.set(key, (agg.get(key) ?? 0) + us);
  }
  return {
    totalSelfMs: totalUs / 1000,
    top: [...agg].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, us]) => ({ fn, selfMs: us / 1000 })),
  };
}
