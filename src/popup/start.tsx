/**
 * The popup's first paint, loaded by main.tsx: the list from a plain read of storage.local
 * (quick.ts), rendered once. Everything else App loads after that paint.
 */
import { render } from 'preact';
import type { Library } from '../storage/library';
import { uiStyles } from '../ui/styles';
import { App } from './App';
import { quickState } from './quick';
import './popup.css';

export function start(snapshot: Promise<Record<string, unknown>>): void {
  const initial = quickState(() => snapshot).catch(() => null);

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
}
