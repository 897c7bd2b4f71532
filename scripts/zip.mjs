#!/usr/bin/env node
// `npm run zip`: store-ready archives in artifacts/, named with the manifest's version:
//   on-purpose-chrome-<v>.zip    dist/, for the Chrome Web Store (and Edge Add-ons)
//   on-purpose-firefox-<v>.zip   dist-firefox/, for addons.mozilla.org
//   on-purpose-source-<v>.zip    the tracked files at HEAD, for AMO's source review (BUILD.md says
//                                how to rebuild the exact add-on from it)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const built = JSON.parse(readFileSync(join(root, 'dist', 'manifest.json'), 'utf8')).version;
if (built !== version) {
  console.error(`dist/ holds version ${built}, manifest.json says ${version}: run \`npm run build\` first.`);
  process.exit(1);
}
const out = join(root, 'artifacts');
mkdirSync(out, { recursive: true });

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

for (const [dir, name] of [
  ['dist', `on-purpose-chrome-${version}.zip`],
  ['dist-firefox', `on-purpose-firefox-${version}.zip`],
]) {
  run('npx', ['web-ext', 'build', '-s', dir, '-a', 'artifacts', '-n', name, '--overwrite-dest']);
}

// The source archive is what was committed: uncommitted edits would make the reviewer's build
// differ from the uploaded add-on, so say so rather than archive silently.
const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).stdout.trim();
if (dirty) console.warn(`Warning: uncommitted changes are NOT in the source archive:\n${dirty}`);
const source = join(out, `on-purpose-source-${version}.zip`);
rmSync(source, { force: true });
run('git', ['archive', '--format=zip', `--prefix=on-purpose-${version}/`, '-o', source, 'HEAD']);
console.log(`artifacts/on-purpose-source-${version}.zip (git HEAD; build instructions in BUILD.md)`);
