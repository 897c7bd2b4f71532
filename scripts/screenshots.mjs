#!/usr/bin/env node
// `npm run screenshots [-- name…]`: the store screenshot set in docs/store/ (see
// scripts/screenshots.config.mjs). Same as `npm start -- --screenshot docs/store/`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/browser.mjs';

const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--screenshot', join(ROOT, 'docs', 'store') + '/', ...process.argv.slice(2).flatMap((n) => ['--only', n])], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
