#!/usr/bin/env node
// `npm run zip`: store-ready archives of both builds in artifacts/.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const [dir, name] of [['dist', `on-purpose-chrome-${version}.zip`], ['dist-firefox', `on-purpose-firefox-${version}.zip`]]) {
  const r = spawnSync('npx', ['web-ext', 'build', '-s', dir, '-a', 'artifacts', '-n', name, '--overwrite-dest'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
