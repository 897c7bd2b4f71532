import { describe, expect, it } from 'vitest';
import {
  currentPageKind,
  detectLocale,
  findConnectControls,
  isRelevantMutation,
  observationTargets,
  overlayRoots,
  recipientFromPage,
} from '../../../src/linkedin';
import { load, loadFixture, loadFixtures } from './_harness';
import { growPage, invitePage, labelsFor } from './_variants';

const fx = (file: string) => loadFixture(loadFixtures().find((f) => f.file === file)!);

describe('currentPageKind', () => {
  it.each([
    ['/in/maya/', 'profile'],
    ['/preload/custom-invite/', 'profile'],
    ['/search/results/people/', 'search'],
    ['/mynetwork/invitation-manager/received/', 'invitation-manager'],
    ['/mynetwork/grow/', 'mynetwork'],
    ['/messaging/thread/2-x/', 'messaging'],
    ['/feed/', 'feed'],
    ['/', 'feed'],
    ['/jobs/', 'other'],
  ])('%s → %s', (pathname, kind) => expect(currentPageKind({ pathname })).toBe(kind));
});

describe('overlayRoots / observationTargets', () => {
  it('the document plus #interop-outlet’s open shadow root', () => {
    const { doc } = fx('invite--choose-interop-search--2026-05.html');
    const roots = overlayRoots(doc);
    expect(roots).toEqual([doc, doc.getElementById('interop-outlet')!.shadowRoot]);
  });

  it('never our own on-purpose-* hosts', () => {
    const { doc } = load('<html><body><on-purpose-picker id="op-outlet"></on-purpose-picker></body></html>');
    doc.querySelector('on-purpose-picker')!.attachShadow({ mode: 'open' });
    expect(overlayRoots(doc)).toEqual([doc]);
  });

  it('narrow targets on a feed: body shallow, outlets and overlay roots deep, never a deep document/body', () => {
    const { doc } = fx('invite--choose-interop-search--2026-05.html');
    const t = observationTargets(doc);
    expect(t.find((x) => x.node === doc.body)?.options).toEqual({ childList: true });
    expect(t.some((x) => x.node === doc || (x.node === doc.body && x.options.subtree))).toBe(false);
    expect(t.find((x) => x.node === doc.getElementById('interop-outlet')!.shadowRoot)?.options.subtree).toBe(true);
    expect(t.some((x) => x.node === doc.querySelector('main'))).toBe(false);
    const feed = fx('feed--plain--2026-09.html').doc;
    const ft = observationTargets(feed);
    expect(ft.find((x) => x.node === feed.getElementById('artdeco-modal-outlet'))?.options.subtree).toBe(true);
    expect(ft.some((x) => x.node === feed.querySelector('main'))).toBe(false);
  });

  it('a host whose shadow root is not attached yet is watched shallowly', () => {
    const { doc } = load('<html><body><div id="interop-outlet" data-testid="interop-shadowdom"></div></body></html>');
    const t = observationTargets(doc);
    expect(t.find((x) => x.node === doc.getElementById('interop-outlet'))?.options).toEqual({ childList: true, attributes: true });
  });
});

describe('isRelevantMutation', () => {
  const rec = (target: Node, added: Node[], type: MutationRecordType = 'childList') =>
    ({ type, target, addedNodes: added as unknown as NodeList, removedNodes: [] as unknown as NodeList }) as unknown as MutationRecord;

  it('body-level: only outlets, shadow hosts, dialogs and containers of them', () => {
    const { doc } = load('<html><body></body></html>');
    const el = (html: string) => {
      const t = doc.createElement('template');
      t.innerHTML = html; // eslint-disable-line no-restricted-syntax -- test fixture markup, not user text
      return t.content.firstElementChild!;
    };
    expect(isRelevantMutation(rec(doc.body, [el('<div class="_a1">feed item</div>')]))).toBe(false);
    expect(isRelevantMutation(rec(doc.body, [doc.createTextNode('x')]))).toBe(false);
    expect(isRelevantMutation(rec(doc.body, [el('<div id="interop-outlet"></div>')]))).toBe(true);
    expect(isRelevantMutation(rec(doc.body, [el('<div><div role="dialog"></div></div>')]))).toBe(true);
    expect(isRelevantMutation(rec(doc.body, [el('<on-purpose-picker></on-purpose-picker>')]))).toBe(false);
    expect(isRelevantMutation(rec(doc.body, [el('<script></script>')]))).toBe(false);
  });

  it('inside a narrow target: any added element except our own UI', () => {
    const { doc } = load('<html><body><div id="artdeco-modal-outlet"></div></body></html>');
    const outlet = doc.getElementById('artdeco-modal-outlet')!;
    expect(isRelevantMutation(rec(outlet, [doc.createElement('div')]))).toBe(true);
    expect(isRelevantMutation(rec(outlet, [doc.createElement('on-purpose-picker')]))).toBe(false);
    expect(isRelevantMutation(rec(outlet, []))).toBe(false);
  });
});

describe('detectLocale / recipientFromPage', () => {
  it('<html lang> first, then label tables, else null', () => {
    expect(detectLocale(load('<html lang="de-DE"><body></body></html>').doc)).toBe('de');
    expect(detectLocale(load('<html lang="pt-BR"><body></body></html>').doc)).toBe('pt');
    const pl = invitePage({ step: 'choose', labels: labelsFor('pl'), lang: null });
    expect(detectLocale(load(pl).doc)).toBe('pl');
    expect(detectLocale(load('<html lang="sv"><body><button aria-label="Stäng">x</button></body></html>').doc)).toBeNull();
  });

  it('profile h1, else the title; nothing off profile pages', () => {
    expect(recipientFromPage(fx('invite--choose-ember-light--2026-09.html').doc)?.fullName).toBe('Maya Lindqvist');
    const titleOnly = load('<html><head><title>(3) Jo Bloggs | LinkedIn</title></head><body></body></html>', 'https://www.linkedin.com/in/jo/').doc;
    expect(recipientFromPage(titleOnly)?.fullName).toBe('Jo Bloggs');
    expect(recipientFromPage(fx('invite--choose-interop-search--2026-05.html').doc)).toBeNull();
  });
});

describe('one-click Connect on /mynetwork/', () => {
  it('PYMK Connect buttons send at once and get a custom-invite URL from the card; Pending is not Connect', () => {
    const { doc } = load(growPage(), 'https://www.linkedin.com/mynetwork/grow/');
    const cs = findConnectControls(doc);
    expect(cs.map((c) => [c.behaviour, c.person?.fullName, c.customInviteUrl])).toEqual([
      ['one-click', 'Riley Chen', 'https://www.linkedin.com/preload/custom-invite/?vanityName=fixture-riley-chen'],
      ['one-click', 'Sam Okafor', 'https://www.linkedin.com/preload/custom-invite/?vanityName=fixture-sam-okafor'],
    ]);
  });
});

describe('cost on the hot paths (relative to plain DOM work in the same run, so a loaded machine does not fail it)', () => {
  /** Best of three runs: a busy machine (CI neighbours, other suites) only ever adds time. */
  const best = (fn: () => void): number => {
    let min = Infinity;
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      fn();
      min = Math.min(min, performance.now() - t);
    }
    return min;
  };

  it('classifySendControl / classifyConnectControl on ordinary feed clicks, isRelevantMutation per record', async () => {
    const { classifySendControl, classifyConnectControl } = await import('../../../src/linkedin');
    let html = '<span>like</span>';
    for (let i = 0; i < 30; i++) html = `<div class="_a${i}"><button class="_b">${html}</button></div>`;
    const { doc } = load(`<html><body><main>${html}</main><div id="artdeco-modal-outlet"></div></body></html>`);
    const path: EventTarget[] = [];
    for (let n: Node | null = doc.querySelector('span'); n; n = n.parentNode) path.push(n);
    // The yardstick: one attribute read and one matches() per element of the path, which is the
    // least a classifier can do. The classifiers may cost a small multiple of it, never a scan.
    let sink = 0;
    const yardstick = best(() => {
      for (let i = 0; i < 5000; i++) {
        for (const t of path) if (t instanceof doc.defaultView!.Element && t.matches('button') && t.getAttribute('class')) sink++;
      }
    });
    const classify = best(() => {
      for (let i = 0; i < 5000; i++) {
        classifySendControl(path);
        classifyConnectControl(path);
      }
    });
    expect(sink).toBeGreaterThan(0);
    expect(classify).toBeLessThan(Math.max(20 * yardstick, 200));
    const rec = { type: 'childList', target: doc.body, addedNodes: [doc.createElement('div')] } as unknown as MutationRecord;
    const mutations = best(() => {
      for (let i = 0; i < 20000; i++) isRelevantMutation(rec);
    });
    expect(mutations).toBeLessThan(Math.max(20 * yardstick, 200));
    console.log(`[hot paths] yardstick ${yardstick.toFixed(1)} ms, classify ${classify.toFixed(1)} ms, mutations ${mutations.toFixed(1)} ms`);
  });
});
