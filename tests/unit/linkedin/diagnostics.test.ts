// @vitest-environment jsdom
/**
 * The diagnostic snapshot gives nothing away (issue 9 part 7): fed every fixture (full of names,
 * notes, headlines, profile URLs, URNs, ember ids) and metamorphic variants of the invite dialogs, the
 * outline must hold none of their text, attribute values or URLs; only our own label-table words.
 */
import { describe, expect, it } from 'vitest';
import { onDiagnostic, outlineHash, redact, snapshot, MAX_SNAPSHOT, classifySendControl, rememberOpener } from '../../../src/linkedin';
import { resetOpener } from '../../../src/linkedin/connect';
import { LABELS, LOCALES } from '../../../src/linkedin/locales';
import { loadFixtures, pathOf } from './_harness';
import { build, stage, type Base, type Transform } from './_metamorphic';
import type { Locale } from '../../../src/core/locale';
import { mergeDiag, parseDiag, MAX_ENTRIES } from '../../../src/storage/diagnostics';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const TABLE = new Set(LOCALES.flatMap((l) => Object.values(LABELS[l]).flat()).filter((s) => !/\{/.test(s)).map((s) => norm(s).toLowerCase().replace(/[.…:?]+$/, '')));
const isTable = (t: string) => TABLE.has(norm(t).toLowerCase().replace(/^[¿¡]+|[\s.…:?？!]+$/g, ''));

/** Everything personal or page-specific in a subtree: texts, attribute values, URLs. */
function secrets(root: Element): string[] {
  const out = new Set<string>();
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      const t = norm(n.nodeValue ?? '');
      if (t.length >= 4 && /\p{L}/u.test(t) && !isTable(t)) out.add(t);
    } else if (n.nodeType === 1) {
      const e = n as Element;
      for (const a of Array.from(e.attributes)) {
        const v = norm(a.value);
        if (v.length < 4 || isTable(v) || /^(role|type)$/.test(a.name) || /^(true|false|polite|assertive)$/.test(v)) continue;
        out.add(v);
      }
      if (!/^(script|style|template)$/.test(e.localName)) e.childNodes.forEach(walk);
      if (e.shadowRoot) e.shadowRoot.childNodes.forEach(walk);
    }
  };
  walk(root);
  // Single lowercase words can collide with tag or attribute names in the outline ("main", "dialog"): not personal.
  return [...out].filter((s) => !/^[a-z-]{1,14}$/.test(s));
}

function leaks(el: Element): string[] {
  const snap = snapshot(el);
  expect(snap.length).toBeLessThanOrEqual(MAX_SNAPSHOT);
  const bad = secrets(el).filter((s) => snap.includes(s));
  for (const marker of ['fixture-', 'urn:li', 'http', '/in/', 'ember']) if (snap.includes(marker)) bad.push(marker);
  return bad;
}

describe('redact', () => {
  it('keeps table words and counter shapes, replaces everything else by its length', () => {
    expect(redact('Send without a note')).toBe('"Send without a note"');
    expect(redact('Add a note to your invitation?')).toBe('"Add a note to your invitation?"');
    expect(redact('0/300')).toBe('#/300');
    expect(redact('Maya Lindqvist')).toBe('#14');
    expect(redact('Invite Maya Lindqvist to connect')).toBe('#32'); // a template with a name is never kept
    expect(redact('https://www.linkedin.com/in/fixture-maya/')).toMatch(/^#\d+$/);
  });
});

describe('the snapshot holds no names, texts, ids or URLs of any fixture', () => {
  const fixtures = loadFixtures();
  for (const f of fixtures) {
    it(f.file, () => {
      const doc = new DOMParser().parseFromString(f.html, 'text/html');
      for (const tpl of Array.from(doc.querySelectorAll('template[shadowrootmode]'))) {
        tpl.parentElement!.attachShadow({ mode: 'open' }).append((tpl as HTMLTemplateElement).content.cloneNode(true));
        tpl.remove();
      }
      const parts: Element[] = [doc.body];
      const host = doc.getElementById('interop-outlet');
      if (host?.shadowRoot) parts.push(...Array.from(host.shadowRoot.children));
      // The whole body is cut at MAX_SNAPSHOT: the dialogs, cards and forms are checked one by one too.
      parts.push(...Array.from(doc.querySelectorAll('[role="dialog"], dialog, [role="listitem"], li, form, section, main > *')).slice(0, 60));
      const bad = parts.flatMap((p) => leaks(p).map((s) => `${p.localName}: ${s}`));
      expect(bad).toEqual([]);
    });
  }

  it('metamorphic variants of the invite dialogs (language swaps, Send without a note, no markup)', { timeout: 120_000 }, () => {
    const parser = new DOMParser();
    const bad: string[] = [];
    let n = 0;
    for (const f of fixtures.filter((x) => x.expect?.invite && x.file.startsWith('invite--') && !x.file.includes('legacy-full-page'))) {
      const sc = (f.expect!.sendControls ?? {}) as { sendWithoutNote?: string | null; sendWithNote?: string | null };
      const base: Base = { file: f.file, html: f.html, locale: (f.expect!.invite!.locale ?? 'en') as Locale, step: f.expect!.invite!.step, sendWithoutNote: sc.sendWithoutNote ?? null, sendWithNote: sc.sendWithNote ?? null };
      const st = stage(base, parser);
      if (!st) continue;
      for (const ts of [['lang:de'], ['swn'], ['strip', 'ids', 'aria'], ['portal', 'lang:sv']] as Transform[][]) {
        if (ts.includes('swn') && base.step !== 'note') continue;
        const v = build(base, ts, st);
        n++;
        bad.push(...leaks(v.dialog).map((s) => `${v.name}: ${s}`));
        v.undo();
      }
    }
    expect(n).toBeGreaterThan(50);
    expect(bad).toEqual([]);
  });
});

describe('reports and the bounded log', () => {
  it('an unplaceable invite-like dialog is reported once, with its snapshot', () => {
    resetOpener();
    const doc = new DOMParser().parseFromString(
      `<html lang="en"><body><main><a href="https://www.linkedin.com/preload/custom-invite/?vanityName=fixture-kai">Connect</a></main>
       <div><div role="dialog"><h2>How do you know Kai Nakamura?</h2><label><input type="radio" name="r"> Colleague</label>
       <div><button>Back</button><button>Next</button></div></div></div></body></html>`,
      'text/html',
    );
    const got: Array<{ reason: string; snapshot: string; adapter: string }> = [];
    const off = onDiagnostic((d) => got.push(d));
    rememberOpener(pathOf(doc.querySelector('a')!));
    const next = Array.from(doc.querySelectorAll('button'))[1]!;
    expect(classifySendControl(pathOf(next))).toBeNull(); // fails open
    classifySendControl(pathOf(next));
    off();
    expect(got).toHaveLength(1);
    expect(got[0]!.adapter).toBe('invite');
    expect(got[0]!.snapshot).toContain('div[role=dialog]');
    expect(got[0]!.snapshot).not.toContain('Kai');
    expect(got[0]!.snapshot).not.toContain('Colleague');
  });

  it('merges by adapter + reason + outline hash, counts, keeps at most 50 entries, newest first; bad stored data is dropped', () => {
    const r = (i: number, at: number) => ({ adapter: 'invite', step: 'unknown', reason: 'no-known-labels', hash: outlineHash(`x${i}`), page: 'profile', snapshot: 'div', at });
    let log = mergeDiag([], [r(1, 1), r(1, 2), r(2, 3)]);
    expect(log.map((e) => [e.count, e.last])).toEqual([[1, 3], [2, 2]]);
    log = mergeDiag(log, Array.from({ length: 80 }, (_, i) => r(i + 10, 100 + i)));
    expect(log).toHaveLength(MAX_ENTRIES);
    expect(log[0]!.last).toBe(179);
    expect(parseDiag({ v: 1, entries: [null, 7, { adapter: 'a' }, { adapter: 'a', reason: 'b', count: -3, snapshot: 5 }] })).toEqual([
      { adapter: 'a', reason: 'b', step: '', hash: '', page: '', snapshot: '', count: 1, first: 0, last: 0 },
    ]);
    expect(parseDiag('garbage')).toEqual([]);
  });
});
