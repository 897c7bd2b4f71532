/**
 * Injected surfaces live in their own custom element with an OPEN shadow root (DESIGN §2,
 * "Injected UI"), so LinkedIn's CSS cannot reach in and ours cannot leak out. Modelled on
 * Hypothesis's PreactContainer: render into the root, and on abort render null and remove the host.
 */
import { render, type VNode } from 'preact';
import { messagesLang } from './i18n';

export type ShadowTag = `on-purpose-${string}`;

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

// preact diffs against (and removes) every existing child of the node it renders into, which
// would include our <style>. So each root gets one dedicated container element to render into.
const containers = new WeakMap<ShadowRoot, HTMLElement>();

/**
 * One parsed stylesheet shared by every host (a panel per invite dialog, a control per card):
 * parsing the same CSS again for each mount is measurable on LinkedIn's busiest pages. Where a
 * constructed sheet cannot be adopted (Firefox content scripts, older engines), a <style> it is.
 */
const sheets = new Map<string, CSSStyleSheet | null>();
function adopt(root: ShadowRoot, css: string): boolean {
  try {
    let sheet = sheets.get(css);
    if (sheet === undefined) {
      sheet = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : null;
      sheet?.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!sheet) return false;
    root.adoptedStyleSheets = [sheet];
    return root.adoptedStyleSheets.length === 1;
  } catch {
    sheets.set(css, null);
    return false;
  }
}

export function mountShadowHost(
  tag: ShadowTag,
  where: { parent: Node; before?: Node | null },
  styles: string,
  signal: AbortSignal,
): ShadowHost {
  // No customElements.define: window.customElements is null in Chrome content scripts, and
  // attachShadow accepts any element whose name is a valid custom-element name.
  const host = document.createElement(tag);
  // Our text may be in another language than the page around it (the browser's): say which.
  const lang = messagesLang();
  if (lang) host.setAttribute('lang', lang);
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  container.className = 'op-root';
  if (!adopt(root, styles)) {
    const style = document.createElement('style');
    style.textContent = styles;
    root.append(style);
  }
  root.append(container);
  containers.set(root, container);
  where.parent.insertBefore(host, where.before ?? null);

  const destroy = () => {
    render(null, container);
    host.remove();
  };
  if (signal.aborted) destroy();
  else signal.addEventListener('abort', destroy, { once: true });
  return { host, root };
}

/** Renders (or re-renders, or with null unmounts) a vnode inside a root made by mountShadowHost. */
export function renderInto(root: ShadowRoot, vnode: VNode | null): void {
  let container = containers.get(root);
  if (!container) {
    // A root made elsewhere: give it a container once, the same way.
    container = document.createElement('div');
    container.className = 'op-root';
    root.append(container);
    containers.set(root, container);
  }
  render(vnode, container);
}
