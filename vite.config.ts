import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/**
 * crxjs lists every `?script` file in web_accessible_resources, on the assumption that content
 * scripts import it. Ours is injected by the background with scripting.executeScript, which needs
 * no such entry, and an exposed file would let linkedin.com probe for the extension. So drop it.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'on-purpose:no-web-accessible-resources',
    enforce: 'post',
    apply: 'build',
    // crxjs writes the manifest itself, late in the build: rewrite the written file.
    closeBundle() {
      const path = resolve(import.meta.dirname, 'dist', 'manifest.json');
      if (!existsSync(path)) return;
      const json = JSON.parse(readFileSync(path, 'utf8'));
      delete json.web_accessible_resources;
      writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
    },
  };
}

/**
 * Preact's renderer carries one HTML sink: `dom.innerHTML = props.dangerouslySetInnerHTML.__html`.
 * No component of ours uses that prop (ESLint forbids it across src/), but a sink in the bundle is
 * one prop spread away from user text. So it is cut out: `preact` resolves to a copy of preact's
 * build in which that assignment throws, so preact fails closed instead of parsing HTML. An alias
 * (not a transform plugin) so that crxjs's separate, plugin-less IIFE build of the injected UI
 * gets the same copy. The build fails if preact's code no longer matches (an upgrade must be
 * looked at, not skipped), and scripts/check-bundle.mjs fails on any `innerHTML=` left in dist/.
 */
function preactWithoutHtmlSink(): string {
  const source = readFileSync(resolve(import.meta.dirname, 'node_modules/preact/dist/preact.mjs'), 'utf8');
  const sink = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
  const hits = source.match(sink)?.length ?? 0;
  if (hits !== 1) throw new Error(`preact's innerHTML sink found ${hits} times (expected 1): review preactWithoutHtmlSink in vite.config.ts.`);
  const out = resolve(import.meta.dirname, 'node_modules/.on-purpose/preact.mjs');
  mkdirSync(dirname(out), { recursive: true });
  const patched = source
    .replace(sink, '(()=>{throw Error("On Purpose: dangerouslySetInnerHTML is disabled")})()')
    .replace(/\/\/# sourceMappingURL=.*$/m, '');
  writeFileSync(out, patched);
  return out;
}

/**
 * The injected UI imports message tables from public/_locales (src/ui/i18n-tables.ts,
 * src/content/tables/*.ts). The browser needs the translators' descriptions there; the bundle does
 * not (they were half of the English table). Each import resolves to a copy with the messages (and
 * placeholders) only. An alias, like preact above, so crxjs's plugin-less IIFE builds get it too.
 */
function compactLocales(): string {
  const dir = resolve(import.meta.dirname, 'node_modules/.on-purpose/locales');
  mkdirSync(dir, { recursive: true });
  const src = resolve(import.meta.dirname, 'public/_locales');
  for (const lang of readdirSync(src)) {
    const table = JSON.parse(readFileSync(resolve(src, lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: unknown }>;
    const compact = Object.fromEntries(Object.entries(table).map(([k, e]) => [k, e.placeholders ? { message: e.message, placeholders: e.placeholders } : { message: e.message }]));
    writeFileSync(resolve(dir, `${lang}.json`), JSON.stringify(compact));
  }
  return dir;
}

// One root manifest.json drives both builds: this config writes the Chrome MV3 build to dist/,
// and scripts/build-firefox.mjs derives dist-firefox/ from it.
export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifest as never,
      // The content script is emitted as one self-contained IIFE. crxjs then needs no loader and
      // no web_accessible_resources, so linkedin.com cannot probe for our files.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
    noWebAccessibleResources(),
  ],
  resolve: {
    alias: [
      { find: /^preact$/, replacement: preactWithoutHtmlSink() },
      { find: /^(?:\.\.\/)+public\/_locales\/(\w+)\/messages\.json$/, replacement: `${compactLocales()}/$1.json` },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
  // Production builds never log debug output; see src/core/log.ts.
  define: { __OP_DEV__: JSON.stringify(process.env.OP_DEV === '1') },
});
