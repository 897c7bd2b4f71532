#!/usr/bin/env node
// Derives dist-firefox/ from the Chrome build in dist/. Both come from the one root manifest.json:
// only the keys where Firefox's MV3 differs are rewritten here.
import { cpSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = resolve(root, 'dist');
const out = resolve(root, 'dist-firefox');
if (!existsSync(resolve(src, 'manifest.json'))) {
  console.error('dist/manifest.json is missing: run `vite build` first.');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
cpSync(src, out, { recursive: true });

const manifest = JSON.parse(readFileSync(resolve(out, 'manifest.json'), 'utf8'));
// Firefox MV3 runs background pages as event pages: `scripts`, not `service_worker`.
const { service_worker: worker, type } = manifest.background;
manifest.background = { scripts: [worker], ...(type ? { type } : {}) };
manifest.browser_specific_settings = {
  gecko: {
    id: 'on-purpose@on-purpose.app',
    // 140 is the first release that reads data_collection_permissions; storage.session needs 115.
    strict_min_version: '140.0',
    // We collect nothing, and say so (Firefox's built-in consent, 2025).
    data_collection_permissions: { required: ['none'] },
  },
  // Firefox for Android reads data_collection_permissions from 142 on.
  gecko_android: { strict_min_version: '142.0' },
};
// Chrome-only keys that Firefox warns about or rejects.
delete manifest.minimum_chrome_version;
if (manifest.web_accessible_resources) {
  for (const entry of manifest.web_accessible_resources) delete entry.use_dynamic_url;
}
writeFileSync(resolve(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log('dist-firefox/ written from dist/');
