// @vitest-environment jsdom
// The content script's lifecycle across an update (src/content/runtime.ts): who stands down, when,
// and what it leaves behind. The browser run is tests/e2e/update.e2e.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run, STALE_GRACE_MS, type Feature } from '../../../src/content/runtime';

const chromeApi = {
  runtime: { id: 'ext' as string | undefined, sendMessage: vi.fn(async () => undefined) },
  storage: { local: { get: async () => ({}) }, onChanged: { addListener() {}, removeListener() {} } },
};

/** A feature like the guard: counts the clicks its capture listener sees while armed. */
function counter(): Feature & { clicks: number } {
  const f = {
    id: 'counter',
    clicks: 0,
    arm(signal: AbortSignal) {
      window.addEventListener('click', () => (f.clicks += 1), { capture: true, signal });
    },
  };
  return f;
}
const click = () => document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
const takeover = () => window.dispatchEvent(new CustomEvent('on-purpose:takeover'));

beforeEach(() => {
  vi.useFakeTimers();
  chromeApi.runtime.id = 'ext';
  (globalThis as unknown as { chrome: unknown }).chrome = chromeApi;
  document.body.replaceChildren();
});
afterEach(() => {
  chromeApi.runtime.id = undefined;
  takeover(); // every copy a test left running stands down
  vi.useRealTimers();
});

describe('takeover after an update', () => {
  it('a copy whose extension context is gone stands down at once when the new copy starts', () => {
    const old = counter();
    const oldRt = run([old]);
    // The update: the old copy's context is gone. (jsdom has one global, so the new copy starts
    // while the context reads as gone, then gets its own.)
    chromeApi.runtime.id = undefined;
    const fresh = counter();
    const freshRt = run([fresh]);
    chromeApi.runtime.id = 'ext';
    expect(freshRt.signal.aborted).toBe(false);
    expect(oldRt.signal.aborted).toBe(true);
    click();
    expect([old.clicks, fresh.clicks]).toEqual([0, 1]);
  });

  it('the page cannot disarm a live copy by dispatching the event', () => {
    const f = counter();
    const rt = run([f]);
    takeover();
    click();
    expect(rt.signal.aborted).toBe(false);
    expect(f.clicks).toBe(1);
  });

  it('UI that no copy owns any more is swept when a copy starts', () => {
    const orphan = document.createElement('on-purpose-invite-panel');
    orphan.setAttribute('data-on-purpose-ui', 'invite');
    const theirs = document.createElement('p');
    theirs.textContent = 'LinkedIn';
    document.body.append(orphan, theirs);
    run([counter()]);
    expect(document.querySelectorAll('[data-on-purpose-ui]')).toHaveLength(0);
    expect(document.body.textContent).toBe('LinkedIn');
  });
});

describe('a copy whose context is gone and that nobody takes over (uninstall, disable)', () => {
  it('keeps guarding for the grace period, then leaves the page to LinkedIn', () => {
    const f = counter();
    const rt = run([f]);
    chromeApi.runtime.id = undefined;
    click(); // noticed at the first user action
    expect(f.clicks).toBe(1);
    vi.advanceTimersByTime(STALE_GRACE_MS - 1);
    click();
    expect([rt.signal.aborted, f.clicks]).toEqual([false, 2]);
    vi.advanceTimersByTime(1);
    click();
    expect([rt.signal.aborted, f.clicks]).toEqual([true, 2]);
  });

  it('a scan notices it too, without any user action', () => {
    const rt = run([counter()]);
    chromeApi.runtime.id = undefined;
    rt.requestScan();
    vi.advanceTimersByTime(150); // the scan's timer stands in for a frame
    expect(rt.signal.aborted).toBe(false);
    vi.advanceTimersByTime(STALE_GRACE_MS);
    expect(rt.signal.aborted).toBe(true);
  });
});
