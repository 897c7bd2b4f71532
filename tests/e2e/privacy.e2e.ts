// No network, from any extension context (issue 11, part 6; SECURITY.md). The harness records every
// request the playground did not serve (tests/e2e/harness.ts, guardNetwork in scripts/lib/browser.mjs)
// and fails the file on any. Here: proof that the recorder sees what it must (a page fetch, a
// websocket), that the extension's own pages and worker cannot reach the network at all (CSP
// connect-src 'none'), and that a session through the extension's surfaces makes no request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { startSession, type Session } from './harness';

let s: Session;
let worker: Worker;
beforeAll(async () => {
  s = await startSession();
  worker = s.context.serviceWorkers()[0]!;
});
afterAll(() => s?.close());

/** Runs fetch and a websocket in a context and says what happened, never throwing. */
interface Probe { fetch: string; ws: string }
const probe = (target: string) => `(async () => {
  const out = {};
  try { await fetch(${JSON.stringify(target)}); out.fetch = 'reached'; } catch (e) { out.fetch = 'refused'; }
  out.ws = await new Promise((res) => {
    try {
      const ws = new WebSocket(${JSON.stringify(target.replace(/^http/, 'ws'))});
      ws.onopen = () => res('open'); ws.onerror = () => res('refused'); ws.onclose = () => res('refused');
      setTimeout(() => res('timeout'), 3000);
    } catch (e) { res('refused'); }
  });
  return out;
})()`;

describe('no request leaves the browser', () => {
  it('the recorder sees a page’s fetch and websocket to another host (so it would see ours)', async () => {
    const page = await s.open('feed--plain--2026-09.html');
    const r = await page.evaluate<Probe>(probe('https://collector.example/beacon'));
    expect(r.fetch).toBe('refused');
    expect(r.ws).not.toBe('open');
    await expect.poll(() => s.foreign.join('\n')).toContain('https://collector.example/beacon');
    await expect.poll(() => s.foreign.join('\n')).toContain('websocket wss://collector.example/beacon');
    s.foreign.length = 0; // planted by this test, not by the extension
    await page.close();
  });

  it('the service worker cannot reach the network: its CSP refuses fetch and websockets', async () => {
    const r = await worker.evaluate<Probe>(probe('https://collector.example/from-worker'));
    expect(r).toMatchObject({ fetch: 'refused' });
    expect(r.ws).not.toBe('open');
    // Refused by the browser before any request existed: nothing for the recorder either.
    expect(s.foreign).toEqual([]);
  });

  it('the popup cannot reach the network: its CSP refuses fetch, websockets and remote scripts', async () => {
    const popup = await s.extensionPage();
    const violations: string[] = [];
    await popup.exposeFunction('__opViolation', (d: string) => violations.push(d));
    await popup.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __opViolation(d: string): void }).__opViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    const r = await popup.evaluate<Probe>(probe('https://collector.example/from-popup'));
    expect(r.fetch).toBe('refused');
    expect(r.ws).not.toBe('open');
    const ran = await popup.evaluate(async () => {
      const el = document.createElement('script');
      el.src = 'https://collector.example/remote.js';
      const done = new Promise((res) => { el.onload = () => res('loaded'); el.onerror = () => res('blocked'); });
      document.head.append(el);
      const inline = document.createElement('script');
      inline.textContent = 'window.__opInline = 1';
      document.head.append(inline);
      // Later, in a task of its own: DevTools' evaluate (how this function runs) is exempt from
      // the CSP's eval rule, a timer callback is not.
      const evalRan = await new Promise((res) => setTimeout(() => {
        try { (0, eval)('1'); res('ran'); } catch { res('blocked'); }
      }, 0));
      return { remote: await done, inline: (window as unknown as { __opInline?: number }).__opInline ?? 'blocked', evalRan };
    });
    expect(ran).toEqual({ remote: 'blocked', inline: 'blocked', evalRan: 'blocked' });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    // Playwright's websocket routing sits in front of the CSP, so the refused socket is recorded:
    // it is this test's own probe, not the extension's.
    expect(s.foreign.every((f) => f.includes('collector.example/from-popup'))).toBe(true);
    s.foreign.length = 0;
  });
  // Every other e2e file (invite guard, picker, reply, popup, surfaces) runs under the same
  // recorder and fails on any unserved request, so the extension's real use is covered there.
});
