#!/usr/bin/env node
// Enforces DESIGN §1: the dependency direction between layers, and no import cycles in src/.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', 'src');
/** Which layers each layer may import (itself always allowed). */
const ALLOWED = {
  core: [],
  storage: ['core'],
  linkedin: ['core'],
  ui: ['core'],
  content: ['linkedin', 'storage', 'core', 'ui'],
  popup: ['storage', 'core', 'ui'],
  background: ['storage', 'core'],
};

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) files.push(p);
  }
})(SRC);

const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(cand) && statSync(cand).isFile()) return cand;
  }
  return null;
}
const layerOf = (p) => relative(SRC, p).split(/[\\/]/)[0];

const graph = new Map();
const errors = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const deps = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3];
    // `?script` imports are build references (a file name for scripting.executeScript), not code.
    if (/\?script/.test(spec)) continue;
    const target = resolveImport(file, spec);
    if (!target) continue;
    // Assets and data (the _locales message tables are JSON, not code).
    if (/\.(css|svg|png|json)$/.test(target)) continue;
    deps.push(target);
    const from = layerOf(file);
    const to = layerOf(target);
    if (from !== to && ALLOWED[from] && !ALLOWED[from].includes(to)) {
      errors.push(`layer: ${relative(SRC, file)} imports ${relative(SRC, target)} (${from} may not depend on ${to})`);
    }
  }
  graph.set(file, deps);
}

const state = new Map();
const stack = [];
function visit(node) {
  state.set(node, 1);
  stack.push(node);
  for (const dep of graph.get(node) ?? []) {
    if (state.get(dep) === 1) {
      const cycle = stack.slice(stack.indexOf(dep)).concat(dep).map((p) => relative(SRC, p));
      errors.push(`cycle: ${cycle.join(' -> ')}`);
    } else if (!state.has(dep)) visit(dep);
  }
  stack.pop();
  state.set(node, 2);
}
for (const f of graph.keys()) if (!state.has(f)) visit(f);

if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`imports ok: ${files.length} files, layers respected, no cycles`);
