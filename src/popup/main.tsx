// Imports are hoisted, so this marks the start of our own code, after the bundle has loaded; the
// end-to-end test measures op-start → op-first-render against the 150 ms first-render budget.
performance.mark('op-start');
import { render } from 'preact';
import type { Library } from '../storage/library';
import { nativeApi } from '../storage/native';
import { uiStyles } from '../ui/styles';
import { App } from './App';
import { quickState } from './quick';
import './popup.css';

// The popup speaks the browser's language (its text comes from i18n.getMessage): tell assistive tech.
try {
  const ui = (globalThis as { chrome?: { i18n?: { getUILanguage?(): string } } }).chrome?.i18n?.getUILanguage?.();
  if (ui) document.documentElement.lang = ui;
} catch {
  // Not in an extension page (unit tests): keep the document's own lang.
}

/**
 * First paint (budget: 150 ms with 300 templates): this module's static imports are all it loads.
 * The storage read goes first, through the browser's own promise API (storage/native.ts), which
 * spares the first paint the polyfill; the library, zod, sync, migrations and the other views are
 * dynamic imports that App starts after that paint.
 */
const api = nativeApi();
const initial = quickState(() => (api ? api.storage.local.get(null) : import('../storage/areas').then((a) => a.localArea().get(null)))).catch(
  () => null,
);

// Shared component styles are a string (they also go into shadow roots on LinkedIn pages).
const style = document.createElement('style');
style.textContent = uiStyles;
document.head.append(style);
document.body.classList.add('op-ui');

let library: Promise<Library> | undefined;
const loadLibrary = () => (library ??= import('../storage/library').then((m) => m.createLibrary()));

const inTab = new URLSearchParams(location.search).has('tab');
// One render, with the list already in it: no empty frame before it.
void initial.then((state) => {
  // For the benchmark (bench/lib/popup.mjs): storage read and checked, the render comes next.
  performance.mark('op-quick');
  render(
    <App
      library={loadLibrary}
      initial={state}
      inTab={inTab}
      onFirstRender={() => {
        // Read by the end-to-end test (first render budget: 150 ms with 300 templates).
        performance.mark('op-first-render');
        document.documentElement.dataset.ready = 'true';
      }}
    />,
    document.getElementById('app')!,
  );
  performance.mark('op-dom');
});
