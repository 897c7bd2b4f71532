import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
