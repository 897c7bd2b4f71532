#!/usr/bin/env node
// The build check of issue 11 (SECURITY.md, "No remote code"): the built extension, as it will ship,
// carries no code generation, no remote script and no HTML sink. Run by `npm test` after the build.
// It reads what the browser will load (dist/ and dist-firefox/), not our sources, so a dependency or
// a bundler change that brings any of these in fails the build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Forbidden in any shipped script or page. Each says why. */
export const FORBIDDEN = [
  { re: /(?<![.\w$])eval\b(?!\s*:)/, why: 'eval runs text as code' },
  { re: /\bnew\s+Function\b/, why: 'new Function runs text as code' },
  { re: /(?<![.\w$])Function\s*\(/, why: 'Function() runs text as code' },
  { re: /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/, why: 'a timer with a string runs text as code' },
  { re: /\bimportScripts\s*\(/, why: 'importScripts loads code at run time' },
  { re: /\bimport\s*\(\s*[`'"]https?:/, why: 'a remote dynamic import is remote code' },
  { re: /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i, why: 'a remote <script> is remote code' },
  { re: /\.(?:innerHTML|outerHTML)\s*=(?!=)/, why: 'an HTML sink (text must be inserted as text)' },
  { re: /\binsertAdjacentHTML\s*\(/, why: 'an HTML sink' },
  { re: /\bdocument\.write(?:ln)?\s*\(/, why: 'an HTML sink' },
  { re: /\bsrcdoc\s*=/, why: 'an HTML sink (iframe srcdoc)' },
  { re: /\bcreateContextualFragment\s*\(/, why: 'an HTML sink' },
  { re: /\bnew\s+(?:WebSocket|EventSource)\s*\(/, why: 'a network channel: we make no requests' },
  { re: /\bXMLHttpRequest\b/, why: 'a network request: we make no requests' },
  { re: /\bsendBeacon\s*\(/, why: 'a network request: we make no requests' },
];

/**
 * Every absolute URL in shipped code must start with one of these: LinkedIn links we build for the
 * user to click, and the XML namespace names preact uses to create SVG/MathML elements (identifiers,
 * never fetched).
 */
export const URL_ALLOW = ['https://www.linkedin.com/', 'https://www.linkedin.com', 'http://www.w3.org/'];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(m?js|html)$/.test(name)) yield p;
  }
}

/** @returns {string[]} problems, empty when the output is clean */
export function checkDir(dir) {
  const problems = [];
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(root, file);
    for (const { re, why } of FORBIDDEN) {
      const m = re.exec(text);
      if (m) problems.push(`${rel}: ${why}: …${text.slice(Math.max(0, m.index - 40), m.index + 60).replace(/\s+/g, ' ')}…`);
    }
    for (const m of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\]*/g)) {
      if (!URL_ALLOW.some((a) => m[0].startsWith(a))) problems.push(`${rel}: a URL outside the allow-list: ${m[0]}`);
    }
  }
  return problems;
}

export function checkManifest(dir) {
  const problems = [];
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const csp = m.content_security_policy?.extension_pages ?? '';
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
  if ((directives['script-src'] ?? []).join(' ') !== "'self'") problems.push(`${dir}/manifest.json: CSP script-src must be exactly 'self' (is: ${csp || 'missing'})`);
  if ((directives['object-src'] ?? []).join(' ') !== "'none'") problems.push(`${dir}/manifest.json: CSP object-src must be 'none'`);
  if ((directives['base-uri'] ?? []).join(' ') !== "'none'") problems.push(`${dir}/manifest.json: CSP base-uri must be 'none'`);
  if (m.web_accessible_resources) problems.push(`${dir}/manifest.json: web_accessible_resources must not exist (LinkedIn could probe for our files)`);
  if (m.externally_connectable) problems.push(`${dir}/manifest.json: externally_connectable must not exist (pages must not message the worker)`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = ['dist', 'dist-firefox'].map((d) => join(root, d));
  const missing = dirs.filter((d) => !existsSync(join(d, 'manifest.json')));
  if (missing.length) {
    console.error(`check-bundle: ${missing.map((d) => relative(root, d)).join(', ')} missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const problems = dirs.flatMap((d) => [...checkDir(d), ...checkManifest(d)]);
  if (problems.length) {
    console.error(`check-bundle: ${problems.length} problem(s) in the built extension:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('check-bundle: dist/ and dist-firefox/ carry no eval, no code from strings, no remote code, no HTML sink, no network channel; CSP is strict.');
}
