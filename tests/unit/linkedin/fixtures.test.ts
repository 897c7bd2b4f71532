/**
 * Every adapter against every fixture (DESIGN §4): what the corpus' fixtures.json `expect` block
 * says (or, for the shared reference pages, the table below), and nothing on a fixture that
 * expects nothing (negative case).
 */
import { describe, expect, it } from 'vitest';
import {
  classifySendControl,
  findComposers,
  findConnectControls,
  findInvitationCards,
  findInviteDialogs,
} from '../../../src/linkedin';
import { resetOpener } from '../../../src/linkedin/connect';
import { deepQueryAll, loadFixture, loadFixtures, pathOf } from './_harness';

const fixtures = loadFixtures();

describe('fixture corpus', () => {
  it('has fixtures, every one with an expect block (a fixture expecting nothing is a negative case)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    expect(fixtures.filter((f) => !f.expect).map((f) => f.file)).toEqual([]);
  });
});

for (const f of fixtures) {
  const exp = f.expect;
  describe(f.file, () => {
    it.runIf(exp)('matches its expectations', () => {
      resetOpener();
      const { doc } = loadFixture(f);
      const e = exp!;
      const dialogs = findInviteDialogs(doc);
      if (e.invite !== undefined) {
        if (e.invite === null) expect(dialogs).toEqual([]);
        else {
          expect(dialogs).toHaveLength(1);
          const d = dialogs[0]!;
          expect(d.step).toBe(e.invite.step);
          expect(d.root === doc ? 'document' : 'interop').toBe(e.invite.root);
          expect(d.recipient?.fullName ?? null).toBe(e.invite.recipient);
          expect(d.pageLimit).toBe(e.invite.pageLimit);
          if (e.invite.locale !== undefined) expect(d.locale).toBe(e.invite.locale);
        }
      }
      if (e.cards) {
        expect(
          findInvitationCards(doc).map((c) => ({ name: c.person?.fullName ?? null, kind: c.kind, hasNote: c.hasNote })),
        ).toEqual(e.cards.map((c) => ({ name: c.name, kind: c.kind, hasNote: c.hasNote })));
      }
      if (e.composers) {
        expect(findComposers(doc).map((c) => ({ surface: c.surface, recipient: c.recipient?.fullName ?? null }))).toEqual(
          e.composers,
        );
      }
      if (e.oneClickConnect !== undefined) {
        expect(findConnectControls(doc).filter((c) => c.behaviour === 'one-click')).toHaveLength(e.oneClickConnect);
      }
      if (e.moreCards) {
        // Lazy loading: append each page the way the playground does, then look again.
        for (const tpl of Array.from(doc.querySelectorAll('template[data-playground-more]'))) {
          tpl.parentNode!.insertBefore((tpl as HTMLTemplateElement).content.cloneNode(true), tpl);
          tpl.remove();
        }
        expect(
          findInvitationCards(doc).map((c) => ({ name: c.person?.fullName ?? null, kind: c.kind, hasNote: c.hasNote })),
        ).toEqual([...(e.cards ?? []), ...e.moreCards]);
      }
      if (e.sendControls) {
        // The control named sendWithoutNote / sendWithNote sends; no other control on the page does.
        const want = e.sendControls as { sendWithoutNote?: string | null; sendWithNote?: string | null };
        const seen = { 'send-without-note': 0, 'send-with-note': 0 };
        for (const el of deepQueryAll(doc, 'button, a, [role="button"], [role="menuitem"], input[type="submit"]')) {
          const label = el.getAttribute('aria-label') ?? (el.localName === 'input' ? (el as HTMLInputElement).value : el.textContent);
          const name = (label ?? '').replace(/\s+/g, ' ').trim();
          const kind = classifySendControl(pathOf(el))?.kind ?? null;
          const expected =
            want.sendWithoutNote && name === want.sendWithoutNote ? 'send-without-note' : want.sendWithNote && name === want.sendWithNote ? 'send-with-note' : null;
          expect({ name, kind }).toEqual({ name, kind: expected });
          if (kind) seen[kind]++;
        }
        expect(seen['send-without-note']).toBe(want.sendWithoutNote ? 1 : 0);
        expect(seen['send-with-note']).toBe(want.sendWithNote ? 1 : 0);
      }
    });

    it('never throws and never classifies a non-dialog control as a send', () => {
      const { doc } = loadFixture(f);
      const dialogs = new Set(findInviteDialogs(doc).map((d) => d.dialog));
      for (const el of Array.from(doc.querySelectorAll('button, a, [role="button"]'))) {
        const r = classifySendControl(pathOf(el));
        if (r) expect(dialogs.has(r.dialog.dialog)).toBe(true);
      }
    });
  });
}
