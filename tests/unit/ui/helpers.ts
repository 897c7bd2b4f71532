import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import type { Template } from '../../../src/core/schema';

export function tpl(id: string, name: string, body: string, extra: Partial<Template> = {}): Template {
  return { id, kind: 'invite', name, body, tags: [], createdAt: 1, updatedAt: 1, ...extra };
}

/** Renders into a fresh container attached to the document (focus needs a connected node). */
export function mount(vnode: VNode) {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(vnode, container));
  return {
    container,
    rerender: (v: VNode) => act(() => render(v, container)),
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

export function key(target: Element, k: string, init: KeyboardEventInit = {}) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true, ...init }));
  });
}

export function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(el: HTMLSelectElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(el: Element) {
  act(() => {
    (el as HTMLElement).click();
  });
}

/** Lets pending promises (onInsert, clipboard) settle inside act. */
export async function flush() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

export function byLabel(root: ParentNode, label: string): HTMLInputElement {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  if (!l) throw new Error(`no label ${label}`);
  const el = root.querySelector(`#${l.htmlFor}`);
  if (!el) throw new Error(`no control for ${label}`);
  return el as HTMLInputElement;
}
