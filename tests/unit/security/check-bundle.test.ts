// The build check (scripts/check-bundle.mjs) must fail on what it exists to catch: each forbidden
// construct planted in a throw-away "dist" is reported; clean code and preact's disarmed sink are not.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDir, checkManifest } from '../../../scripts/check-bundle.mjs';

function distWith(code: string, manifest: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'op-check-'));
  writeFileSync(join(dir, 'a.js'), code);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const STRICT = { content_security_policy: { extension_pages: "default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'" } };

describe('scripts/check-bundle.mjs', () => {
  const bad: Array<[string, string]> = [
    ['eval', 'var x=eval("1+1")'],
    ['indirect eval', 'var x=(0,eval)(s)'],
    ['new Function', 'const f=new Function("a","return a")'],
    ['Function()', 'const f=Function("return this")()'],
    ['a string timer', 'setTimeout("alert(1)",10)'],
    ['importScripts', 'importScripts("x.js")'],
    ['a remote import', 'import("https://cdn.example/x.js")'],
    ['a remote script tag', '<script src="https://cdn.example/x.js"></script>'],
    ['a protocol-relative script tag', '<script src="//cdn.example/x.js"></script>'],
    ['preact’s sink as shipped upstream', 'h?(l||y&&(h.__html==y.__html||h.__html==t.innerHTML)||(t.innerHTML=h.__html),r.__k=[])'],
    ['outerHTML', 'e.outerHTML = s'],
    ['insertAdjacentHTML', 'e.insertAdjacentHTML("beforeend", s)'],
    ['document.write', 'document.write(s)'],
    ['srcdoc', 'f.srcdoc=s'],
    ['createContextualFragment', 'r.createContextualFragment(s)'],
    ['a websocket', 'new WebSocket("wss://x.example")'],
    ['XMLHttpRequest', 'new XMLHttpRequest()'],
    ['sendBeacon', 'navigator.sendBeacon(u,d)'],
    ['a URL outside the allow-list', 'const u="https://analytics.example/collect"'],
    ['a look-alike LinkedIn URL', 'const u="https://www.linkedin.com.evil.example/"'.replace('https://www.linkedin.com.', 'https://www.linkedin.co.')],
  ];
  for (const [what, code] of bad) {
    it(`fails on ${what}`, () => {
      expect(checkDir(distWith(code)).length).toBeGreaterThan(0);
    });
  }

  it('passes clean code, preact’s disarmed sink, LinkedIn links and XML namespaces', () => {
    const code = [
      'g?(c||v&&(g.__html==v.__html||g.__html==t.innerHTML)||(()=>{throw Error(`On Purpose: dangerouslySetInnerHTML is disabled`)})(),n.__k=[])',
      'c=Function.call.bind(Object.prototype.hasOwnProperty)',
      'el.textContent=s; a.href=`https://www.linkedin.com/in/${encodeURIComponent(v)}/`',
      'document.createElementNS("http://www.w3.org/2000/svg","svg")',
      'x.evaluate(y); myFunction(1); retrieval(2)',
    ].join(';');
    expect(checkDir(distWith(code))).toEqual([]);
  });

  it('fails on a manifest without a strict CSP, or with web_accessible_resources', () => {
    expect(checkManifest(distWith('', STRICT))).toEqual([]);
    expect(checkManifest(distWith('', {})).length).toBeGreaterThan(0);
    expect(checkManifest(distWith('', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'" } })).length).toBeGreaterThan(0);
    expect(checkManifest(distWith('', { ...STRICT, web_accessible_resources: [{ resources: ['x.js'], matches: ['<all_urls>'] }] })).length).toBeGreaterThan(0);
    expect(checkManifest(distWith('', { ...STRICT, externally_connectable: { matches: ['https://www.linkedin.com/*'] } })).length).toBeGreaterThan(0);
  });
});
