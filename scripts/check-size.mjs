#!/usr/bin/env node
// The deterministic part of the performance budget (issue #6): the content script runs on every
// LinkedIn page, so its size is checked on every `npm test`, not only in the benchmark.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_BUDGET_GZIP = 20 * 1024;
const dist = resolve(import.meta.dirname, '..', 'dist');

export function measure() {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const content = manifest.content_scripts.flatMap((c) => c.js).map((f) => readFileSync(join(dist, f)));
  const contentRaw = content.reduce((n, b) => n + b.length, 0);
  const contentGzip = content.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  // The popup bundle: every JS file its HTML pulls in (crxjs emits them under assets/).
  const popupHtml = readFileSync(join(dist, manifest.action.default_popup), 'utf8');
  const scripts = [...popupHtml.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1].replace(/^\//, ''));
  const seen = new Set();
  const queue = [...scripts];
  let popupGzip = 0;
  while (queue.length) {
    const rel = queue.shift();
    if (seen.has(rel)) continue;
    seen.add(rel);
    const buf = readFileSync(join(dist, rel));
    popupGzip += gzipSync(buf, { level: 9 }).length;
    for (const m of buf.toString('utf8').matchAll(/from\s*"\.\/([^"]+\.js)"|import\("\.\/([^"]+\.js)"\)/g)) {
      queue.push(`assets/${m[1] ?? m[2]}`);
    }
  }
  const war = (manifest.web_accessible_resources ?? []).filter((w) =>
    (w.matches ?? []).some((m) => m.includes('linkedin.com') || m === '<all_urls>' || m.startsWith('*://*/')),
  );
  return { contentRaw, contentGzip, popupGzip, exposedResources: war.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = measure();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`content script: ${kb(m.contentRaw)} raw, ${kb(m.contentGzip)} gzip (budget ${kb(CONTENT_BUDGET_GZIP)}); popup: ${kb(m.popupGzip)} gzip`);
  let fail = false;
  if (m.contentGzip > CONTENT_BUDGET_GZIP) { console.error('!! content script over its gzip budget'); fail = true; }
  if (m.exposedResources) { console.error('!! web_accessible_resources expose files to linkedin.com'); fail = true; }
  process.exit(fail ? 1 : 0);
}

