// The lint rule behind "untrusted text is never markup" (eslint.config.js) really fires in src/:
// each HTML sink and each code-from-string construct, linted as if it were a file in src/, is an error.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();
async function errors(code: string, file = 'src/content/features/probe.tsx'): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: file });
  return r!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('the HTML-sink lint rule across src/', () => {
  const sinks: Array<[string, string]> = [
    ['innerHTML =', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }'],
    ['innerHTML +=', 'export function f(el: HTMLElement, s: string) { el.innerHTML += s; }'],
    ['["innerHTML"] =', 'export function f(el: HTMLElement, s: string) { el["innerHTML"] = s; }'],
    ['outerHTML =', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }'],
    ['srcdoc =', 'export function f(el: HTMLIFrameElement, s: string) { el.srcdoc = s; }'],
    ['insertAdjacentHTML', 'export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML("beforeend", s); }'],
    ['setHTMLUnsafe', 'export function f(el: HTMLElement, s: string) { (el as any).setHTMLUnsafe(s); }'],
    ['document.write', 'export function f(s: string) { document.write(s); }'],
    ['createContextualFragment', 'export function f(s: string) { return document.createRange().createContextualFragment(s); }'],
    ['DOMParser', 'export function f(s: string) { return new DOMParser().parseFromString(s, "text/html"); }'],
    ['dangerouslySetInnerHTML in JSX', 'export const C = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;'],
    ['dangerouslySetInnerHTML in props', 'import { h } from "preact"; export const C = (s: string) => h("div", { dangerouslySetInnerHTML: { __html: s } });'],
    ['eval', 'export const f = (s: string) => eval(s);'],
    ['new Function', 'export const f = (s: string) => new Function(s);'],
    ['a string timer', 'export const f = () => setTimeout("alert(1)", 1);'],
  ];
  for (const [what, code] of sinks) {
    it(`rejects ${what}`, async () => {
      expect((await errors(code)).length).toBeGreaterThan(0);
    });
  }

  it('applies in every src/ layer', async () => {
    for (const file of ['src/popup/x.tsx', 'src/ui/x.tsx', 'src/linkedin/x.ts', 'src/core/x.ts', 'src/storage/x.ts', 'src/background/x.ts']) {
      expect((await errors('export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', file)).length, file).toBe(1);
    }
  });

  it('allows text: textContent, text nodes, reading outerHTML, preact children', async () => {
    const code = [
      'export function f(el: HTMLElement, s: string) { el.textContent = s; el.append(document.createTextNode(s)); return el.outerHTML.length; }',
      'export const C = (p: { s: string }) => <div title={p.s}>{p.s}</div>;',
    ].join('\n');
    expect(await errors(code)).toEqual([]);
  });
});
