#!/usr/bin/env node
// `npm test`: every check, in two stages. Within a stage the steps run at once, each with its
// output held back and printed whole when it ends (so two logs never interleave); a stage starts
// only when the one before passed. Why in parallel: tsc, ESLint and web-ext are single-threaded,
// and the unit tests (two workers) fill the gaps they leave; the Firefox suite spends much of its
// time waiting on Firefox, so on a 2-core machine running it beside Chromium saves the rest. The
// whole run is CPU-bound on 2 cores, so packing the steps this way is what keeps it under the
// 5-minute budget (issue 11). The steps are the package.json scripts, so each can still be run alone.
import { spawn } from 'node:child_process';

const STAGES = [
  // Static checks, the unit tests and the build (the bundle checks and web-ext read the build).
  [['typecheck'], ['lint'], ['build', 'check:size', 'check:bundle', 'lint:firefox'], ['test:unit']],
  // The end-to-end suites load the build: the Chromium suite two files at a time, Firefox beside it.
  [['test:e2e'], ['test:firefox']],
];

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => resolve({ script, code: code ?? 1, seconds: (Date.now() - started) / 1000, output: Buffer.concat(out).toString() }));
  });
}

async function chain(scripts) {
  const results = [];
  for (const s of scripts) {
    const r = await run(s);
    results.push(r);
    process.stdout.write(`\n── npm run ${r.script} (${r.seconds.toFixed(1)} s${r.code ? `, exit ${r.code}` : ''}) ──\n${r.output}`);
    if (r.code) break;
  }
  return results;
}

const t0 = Date.now();
const timings = [];
for (const stage of STAGES) {
  const results = (await Promise.all(stage.map(chain))).flat();
  timings.push(...results);
  const failed = results.filter((r) => r.code);
  if (failed.length) {
    console.error(`\nnpm test failed: ${failed.map((r) => r.script).join(', ')}`);
    process.exit(1);
  }
}
console.log(`\nnpm test passed in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${timings.map((r) => `${r.script} ${r.seconds.toFixed(0)} s`).join(', ')}`);
