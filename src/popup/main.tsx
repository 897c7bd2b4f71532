// Imports are hoisted, so this marks the start of our own code, after the bundle has loaded; the
// end-to-end test measures op-start → op-first-render against the 150 ms first-render budget.
performance.mark('op-start');
import { render } from 'preact';
import { localArea } from '../storage/areas';
import type { Library } from '../storage/library';
import { uiStyles } from '../ui/styles';
import { App } from './App';
import { quickState } from './quick';
import './popup.css';

// The storage read goes first: it runs in the browser process while this page sets itself up.
const initial = quickState(() => localArea().get(null)).catch(() => null);

// Shared component styles are a string (they also go into shadow roots on LinkedIn pages).
const style = document.createElement('style');
style.textContent = uiStyles;
document.head.append(style);
document.body.classList.add('op-ui');

// Loaded by App after the first paint: zod, sync and migrations are most of the popup's code.
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
