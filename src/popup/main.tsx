// Imports are hoisted, so this marks the start of our own code, after the bundle has loaded; the
// end-to-end test measures op-start → op-first-render against the 150 ms first-render budget.
performance.mark('op-start');
import { render } from 'preact';
import { createLibrary } from '../storage/library';
import { uiStyles } from '../ui/styles';
import { App } from './App';
import { quickState } from './quick';
import './popup.css';

// Shared component styles are a string (they also go into shadow roots on LinkedIn pages).
const style = document.createElement('style');
style.textContent = uiStyles;
document.head.append(style);
document.body.classList.add('op-ui');

const inTab = new URLSearchParams(location.search).has('tab');
render(
  <App
    library={createLibrary()}
    quick={quickState}
    inTab={inTab}
    onFirstRender={() => {
      // Read by the end-to-end test (first render budget: 150 ms with 300 templates).
      performance.mark('op-first-render');
      document.documentElement.dataset.ready = 'true';
    }}
  />,
  document.getElementById('app')!,
);
