/**
 * mayHaveSurfaces is the always-on loader's cheap first look: it must never miss a surface the
 * full adapters find (that would leave a page without its UI), and a plain feed must say no.
 */
import { describe, expect, it } from 'vitest';
import { findComposers, findInvitationCards, findInviteDialogs, mayHaveInvitations, mayHaveSurfaces } from '../../../src/linkedin';
import { loadFixture, loadFixtures } from './_harness';

describe('mayHaveSurfaces', () => {
  for (const f of loadFixtures()) {
    it(`${f.file}: yes wherever an adapter finds a surface`, () => {
      const { doc } = loadFixture(f);
      const found = findInviteDialogs(doc).length + findComposers(doc).length + findInvitationCards(doc).length;
      if (found) expect(mayHaveSurfaces(doc)).toBe(true);
      if (f.file.startsWith('feed--plain')) expect(mayHaveSurfaces(doc)).toBe(false);
    });
  }
});

describe('mayHaveInvitations', () => {
  for (const f of loadFixtures()) {
    it(`${f.file}: yes wherever findInvitationCards finds a card`, () => {
      const { doc } = loadFixture(f);
      if (findInvitationCards(doc).length) expect(mayHaveInvitations(doc)).toBe(true);
      if (f.file.startsWith('feed--plain') || f.file.startsWith('invite--')) expect(mayHaveInvitations(doc)).toBe(false);
    });
  }
});
