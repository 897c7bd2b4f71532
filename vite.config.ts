import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

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
