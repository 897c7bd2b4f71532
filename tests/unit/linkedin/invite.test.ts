import { beforeEach, describe, expect, it } from 'vitest';
import {
  classifyConnectControl,
  classifySendControl,
  findInviteDialogs,
  inviteDialogFor,
  openNoteStep,
  readNoteState,
  rememberOpener,
  setNoteText,
} from '../../../src/linkedin';
import { resetOpener } from '../../../src/linkedin/connect';
import { dialogSearchSelector, queryDocument } from '../../../src/linkedin/invite';
import { SEARCH_KEYS } from '../../../src/linkedin/selectors';
import { LOCALES } from '../../../src/linkedin/locales';
import { clickPath, deepQuery, load, loadFixture, loadFixtures, pathOf } from './_harness';
import { decoyPage, invitePage, labelsFor, SWEDISH, upsell2023Page, upsellPage } from './_variants';

const PROFILE = 'https://www.linkedin.com/in/fixture-maya-lindqvist/';
const ref = (name: string) => {
  const f = loadFixtures().find((x) => x.file === name);
  if (!f) throw new Error(`missing reference fixture ${name}`);
  return loadFixture(f);
};

beforeEach(() => resetOpener());

describe('classifySendControl on the reference pages', () => {
  it('classic step 1: Send without a note sends, nothing else does', () => {
    const { doc } = ref('invite--choose-ember-light--2026-09.html');
    const swn = classifySendControl(clickPath(doc, 'button[aria-label="Send without a note"] span'));
    expect(swn?.kind).toBe('send-without-note');
    expect(swn?.dialog.step).toBe('choose');
    expect(swn?.dialog.root).toBe(doc);
    for (const sel of ['button[aria-label="Add a note"]', 'button[aria-label="Dismiss"]', 'button[aria-label="Invite Jordan Blake to connect"]', 'dialog button']) {
      expect(classifySendControl(clickPath(doc, sel))).toBeNull();
    }
    // A click between the buttons (no control on the path) is not a send.
    expect(classifySendControl(clickPath(doc, '.artdeco-modal__actionbar'))).toBeNull();
  });

  it('the 2025 dialog inside #interop-outlet’s shadow root', () => {
    const { doc } = ref('invite--choose-interop-search--2026-05.html');
    const host = doc.getElementById('interop-outlet')!;
    const r = classifySendControl(clickPath(doc, 'button[aria-label="Send without a note"]'));
    expect(r?.kind).toBe('send-without-note');
    expect(r?.dialog.root).toBe(host.shadowRoot);
    expect(r?.dialog.recipient?.firstName).toBe('Maya');
    expect(findInviteDialogs(doc)).toHaveLength(1);
  });

  it('note step: Send invitation is a send with note; the recaptcha textarea is never the field', () => {
    const { doc } = ref('invite--note-premium-ember-light--2026-09.html');
    const r = classifySendControl(clickPath(doc, 'button[aria-label="Send invitation"]'));
    expect(r?.kind).toBe('send-with-note');
    expect(r?.dialog.noteField?.id).toBe('custom-message');
    expect(r?.dialog.pageLimit).toBe(300);
    expect(r?.dialog.counterValue).toBe(0);
    expect(classifySendControl(clickPath(doc, 'button[aria-label="Cancel adding a note"]'))).toBeNull();
    expect(classifySendControl(clickPath(doc, '#custom-message'))).toBeNull();
  });
});

describe('every step and mount', () => {
  const cases = [
    { step: 'choose', mount: 'light' },
    { step: 'choose', mount: 'shadow' },
    { step: 'note', mount: 'light' },
    { step: 'note', mount: 'shadow' },
    { step: 'email', mount: 'light' },
    { step: 'choose-no-note', mount: 'shadow' },
  ] as const;
  for (const c of cases) {
    it(`${c.step} in ${c.mount} DOM`, () => {
      const { doc } = load(invitePage({ step: c.step, mount: c.mount }), PROFILE);
      const [d, ...more] = findInviteDialogs(doc);
      expect(more).toEqual([]);
      expect(d?.step).toBe(c.step);
      expect(d?.root === doc).toBe(c.mount === 'light');
      const sendSel = c.step === 'note' ? 'button[aria-label="Send invitation"]' : 'button[aria-label="Send without a note"]';
      expect(classifySendControl(clickPath(doc, sendSel))?.kind).toBe(c.step === 'note' ? 'send-with-note' : 'send-without-note');
      if (c.step === 'email') expect(d?.emailField?.type).toBe('email');
      if (c.step === 'choose-no-note') expect(d?.addNoteButton).toBeNull();
    });
  }

  it('legacy "Send now" (text "Send") is a send without a note', () => {
    const { doc } = load(invitePage({ step: 'legacy-send-now' }), PROFILE);
    expect(classifySendControl(clickPath(doc, 'button[aria-label="Send now"]'))?.kind).toBe('send-without-note');
    expect(findInviteDialogs(doc)[0]?.step).toBe('choose');
  });

  it('free note step: the counter (200) wins over the hidden label (300)', () => {
    const { doc } = load(invitePage({ step: 'note', counter: '0/200', premiumLine: true }), PROFILE);
    const d = findInviteDialogs(doc)[0]!;
    expect(d.step).toBe('note');
    expect(d.pageLimit).toBe(200);
  });

  it('limit from maxlength, else from the localized hidden label, else null', () => {
    let d = findInviteDialogs(load(invitePage({ step: 'note', counter: null, maxlength: 300, hiddenLimit: false }), PROFILE).doc)[0]!;
    expect(d.pageLimit).toBe(300);
    d = findInviteDialogs(load(invitePage({ step: 'note', counter: null, lang: 'de', labels: labelsFor('de') }), PROFILE).doc)[0]!;
    expect(d.pageLimit).toBe(300);
    d = findInviteDialogs(load(invitePage({ step: 'note', counter: null, hiddenLimit: false }), PROFILE).doc)[0]!;
    expect(d.pageLimit).toBeNull();
  });

  it('the upsell replaces the dialog: recognised, nothing in it sends', () => {
    const { doc } = load(upsellPage(), PROFILE);
    const d = findInviteDialogs(doc)[0]!;
    expect(d.step).toBe('upsell');
    expect(d.sendButton ?? d.sendWithoutNoteButton).toBeNull();
    expect(d.dismissButton).not.toBeNull();
    for (const el of Array.from(d.dialog.querySelectorAll('a, button'))) expect(classifySendControl(pathOf(el))).toBeNull();
  });

  it('the 2023 upsell (h2.upsell-modal-header): its primary "Try Premium" is no send', () => {
    const { doc } = load(upsell2023Page(), 'https://www.linkedin.com/search/results/people/');
    const d = findInviteDialogs(doc)[0]!;
    expect(d.step).toBe('upsell');
    for (const el of Array.from(d.dialog.querySelectorAll('a, button'))) expect(classifySendControl(pathOf(el))).toBeNull();
  });

  it('an unmarked Premium dialog is an upsell only right after an invite-flow action', () => {
    const { doc } = load(upsellPage(false), PROFILE);
    expect(findInviteDialogs(doc)).toEqual([]);
    rememberOpener(clickPath(doc, 'button[aria-label="Invite Maya Lindqvist to connect"]'));
    expect(findInviteDialogs(doc)[0]?.step).toBe('upsell');
  });
});

describe('locales', () => {
  for (const loc of LOCALES) {
    for (const mount of ['light', 'shadow'] as const) {
      it(`${loc} (${mount}): step 1 and note step, labels detect the locale without <html lang>`, () => {
        const labels = labelsFor(loc);
        const one = load(invitePage({ step: 'choose', mount, labels, lang: null }), PROFILE).doc;
        const s1 = classifySendControl(pathOf(deepQuery(one, '.artdeco-button--primary')));
        expect(s1?.kind).toBe('send-without-note');
        expect(s1?.dialog.locale).toBe(loc);
        expect(classifySendControl(pathOf(deepQuery(one, '.artdeco-button--secondary')))).toBeNull();
        const two = load(invitePage({ step: 'note', mount, labels, lang: loc }), PROFILE).doc;
        const s2 = classifySendControl(pathOf(deepQuery(two, '.artdeco-button--primary')));
        expect(s2?.kind).toBe('send-with-note');
        expect(s2?.dialog.locale).toBe(loc);
        expect(classifySendControl(pathOf(deepQuery(two, '.artdeco-button--tertiary:not(.artdeco-modal__dismiss)')))).toBeNull();
      });
    }
  }

  it('an unknown UI language still works from structure (artdeco classes and position)', () => {
    const { doc } = load(invitePage({ step: 'choose', labels: SWEDISH, lang: 'sv' }), PROFILE);
    const r = classifySendControl(clickPath(doc, `button[aria-label="${SWEDISH.swn}"]`));
    expect(r?.kind).toBe('send-without-note');
    expect(r?.dialog.locale).toBeNull();
    expect(r?.dialog.step).toBe('choose');
    expect(classifySendControl(clickPath(doc, `button[aria-label="${SWEDISH.addNote}"]`))).toBeNull();
    const note = load(invitePage({ step: 'note', labels: SWEDISH, lang: 'sv' }), PROFILE).doc;
    expect(classifySendControl(clickPath(note, `button[aria-label="${SWEDISH.send}"]`))?.kind).toBe('send-with-note');
    expect(classifySendControl(clickPath(note, `button[aria-label="${SWEDISH.cancel}"]`))).toBeNull();
  });

  it('no artdeco classes (a redesign): known labels decide; unknown labels and no structure fail open', () => {
    const { doc } = load(invitePage({ step: 'choose', artdeco: false, mount: 'shadow' }), PROFILE);
    expect(classifySendControl(clickPath(doc, 'button[aria-label="Send without a note"]'))?.kind).toBe('send-without-note');
    expect(classifySendControl(clickPath(doc, 'button[aria-label="Add a note"]'))).toBeNull();
    const sv = load(invitePage({ step: 'choose', artdeco: false, labels: SWEDISH, aria: false }), PROFILE).doc;
    for (const b of Array.from(sv.querySelectorAll('[role="dialog"] button'))) expect(classifySendControl(pathOf(b))).toBeNull();
    expect(findInviteDialogs(sv)[0]?.step).toBe('unknown');
  });
});

describe('decoys stay untouched', () => {
  it('Share post, closed ad-options dialog, withdraw <dialog open>, aria-hidden and display:none invite dialogs', () => {
    const { doc } = load(decoyPage(), 'https://www.linkedin.com/feed/');
    expect(findInviteDialogs(doc)).toEqual([]);
    // Hidden invite dialogs are not surfaces; but a scripted activation of their Send is still a send.
    for (const el of Array.from(doc.querySelectorAll('button, a'))) {
      if (!el.closest('.send-invite')) expect(classifySendControl(pathOf(el))).toBeNull();
    }
    expect(classifySendControl(pathOf(doc.querySelector('[aria-hidden="true"] [aria-label="Send without a note"]')!))?.kind).toBe(
      'send-without-note',
    );
    expect(inviteDialogFor(doc.querySelector('.share-actions__primary-action')!)).toBeNull();
  });

  it('a dialog removed from the page is not a dialog', () => {
    const { doc } = ref('invite--choose-ember-light--2026-09.html');
    const btn = doc.querySelector('button[aria-label="Send without a note"]')!;
    const path = pathOf(btn);
    doc.getElementById('artdeco-modal-outlet')!.replaceChildren();
    expect(classifySendControl(path)).toBeNull();
    expect(findInviteDialogs(doc)).toEqual([]);
  });
});

describe('recipient', () => {
  it('from the remembered Connect control when the dialog has no <strong> (note step)', () => {
    const { doc } = load(invitePage({ step: 'note', mount: 'shadow' }), 'https://www.linkedin.com/search/results/people/');
    expect(findInviteDialogs(doc)[0]?.recipient).toBeNull();
    rememberOpener(clickPath(doc, 'button[aria-label="Invite Jordan Blake to connect"]'));
    const d = findInviteDialogs(doc)[0]!;
    expect(d.recipient?.fullName).toBe('Jordan Blake');
    expect(d.vanityName).toBe('fixture-jordan-blake');
  });

  it('the dialog’s own <strong> wins over a stale opener', () => {
    const { doc } = load(invitePage({ step: 'choose', name: 'Maya Lindqvist' }), PROFILE);
    rememberOpener(clickPath(doc, 'button[aria-label="Invite Jordan Blake to connect"]'));
    const d = findInviteDialogs(doc)[0]!;
    expect(d.recipient?.fullName).toBe('Maya Lindqvist');
    expect(d.vanityName).toBe('fixture-maya-lindqvist');
  });

  it('from the profile page when nothing else names them', () => {
    const { doc } = load(invitePage({ step: 'note' }), PROFILE);
    expect(findInviteDialogs(doc)[0]?.recipient?.fullName).toBe('Maya Lindqvist');
  });
});

describe('inviteDialogFor / readNoteState / setNoteText', () => {
  it('finds the dialog from the note field, across the shadow boundary', () => {
    const { doc } = load(invitePage({ step: 'note', mount: 'shadow' }), PROFILE);
    const ta = deepQuery(doc, '#custom-message');
    expect(inviteDialogFor(ta)?.step).toBe('note');
    expect(inviteDialogFor(doc.querySelector('main')!)).toBeNull();
  });

  for (const mount of ['light', 'shadow'] as const) {
    it(`setNoteText is registered by the page's own input listener (${mount})`, async () => {
      const { doc } = load(invitePage({ step: 'note', mount, live: 200, counter: '0/200' }), PROFILE);
      const d = findInviteDialogs(doc)[0]!;
      expect(readNoteState(d)).toEqual({ text: '', counterValue: 0, sendEnabled: false });
      const note = 'Hi Maya, we met at the Platform Summit — I’d like to stay in touch.';
      expect(await setNoteText(d, note)).toEqual({ ok: true });
      expect(readNoteState(d)).toEqual({ text: note, counterValue: note.length, sendEnabled: true });
    });
  }

  it('the reference note page: counter and Send follow, and an instance value setter is bypassed', async () => {
    const { doc } = ref('invite--note-premium-ember-light--2026-09.html');
    const d = findInviteDialogs(doc)[0]!;
    let hijacked = 0;
    Object.defineProperty(d.noteField!, 'value', {
      configurable: true,
      set() {
        hijacked++;
      },
      get() {
        return Object.getOwnPropertyDescriptor(Object.getPrototypeOf(this), 'value')!.get!.call(this);
      },
    });
    const note = 'Because of your talk on portals.';
    expect(await setNoteText(d, note)).toEqual({ ok: true });
    expect(hijacked).toBe(0);
    expect(doc.querySelector('span[aria-live="polite"]')!.textContent).toBe(`${note.length}/300`);
  });

  it('reports not-registered when the page never reacts', async () => {
    const { doc } = load(invitePage({ step: 'note' }), PROFILE);
    const d = findInviteDialogs(doc)[0]!;
    expect(await setNoteText(d, 'Hello')).toEqual({ ok: false, reason: 'not-registered' });
  });

  it('no field at step 1', async () => {
    const { doc } = load(invitePage({ step: 'choose' }), PROFILE);
    expect(await setNoteText(findInviteDialogs(doc)[0]!, 'x')).toEqual({ ok: false, reason: 'no-field' });
  });
});

describe('openNoteStep', () => {
  const reacting = (mount: 'light' | 'shadow') =>
    invitePage({
      step: 'choose',
      mount,
      extraBody: `<script>document.addEventListener('click', function (e) {
        var b = e.composedPath()[0]; if (!b.closest || !b.closest('button[aria-label="Add a note"]')) return;
        var dlg = b.closest('[role="dialog"]');
        setTimeout(function () {
          var ta = document.createElement('textarea'); ta.id = 'custom-message'; ta.name = 'message';
          dlg.querySelector('.artdeco-modal__content').replaceChildren(ta);
          var bar = dlg.querySelector('.artdeco-modal__actionbar'); bar.replaceChildren();
          var c = document.createElement('button'); c.setAttribute('aria-label', 'Cancel adding a note'); c.className = 'artdeco-button artdeco-button--tertiary';
          var s = document.createElement('button'); s.setAttribute('aria-label', 'Send invitation'); s.className = 'artdeco-button artdeco-button--primary'; s.disabled = true;
          bar.append(c, s);
        }, 20);
      }, true);</script>`,
    });

  for (const mount of ['light', 'shadow'] as const) {
    it(`clicks LinkedIn's own Add a note and returns the fresh note step (${mount})`, async () => {
      const { doc } = load(reacting(mount), PROFILE);
      const d = findInviteDialogs(doc)[0]!;
      const note = await openNoteStep(d);
      expect(note?.step).toBe('note');
      expect(note?.sendButton?.getAttribute('aria-label')).toBe('Send invitation');
    });
  }

  it('null when the note step never appears', async () => {
    const { doc } = load(invitePage({ step: 'choose' }), PROFILE);
    expect(await openNoteStep(findInviteDialogs(doc)[0]!, 100)).toBeNull();
  });
});

describe('classifyConnectControl', () => {
  it('profile Connect opens the dialog; the custom-invite URL comes from the page or the link', () => {
    const { doc } = ref('invite--choose-ember-light--2026-09.html');
    const own = classifyConnectControl(clickPath(doc, 'button[aria-label="Invite Maya Lindqvist to connect"] span'));
    expect(own).toMatchObject({ behaviour: 'opens-dialog', vanityName: 'fixture-maya-lindqvist' });
    expect(own?.person?.fullName).toBe('Maya Lindqvist');
    expect(own?.customInviteUrl).toBe('https://www.linkedin.com/preload/custom-invite/?vanityName=fixture-maya-lindqvist');
    const rail = classifyConnectControl(clickPath(doc, 'button[aria-label="Invite Jordan Blake to connect"]'));
    expect(rail).toMatchObject({ behaviour: 'opens-dialog', vanityName: 'fixture-rail-person' });
    expect(rail?.person?.fullName).toBe('Jordan Blake');
    // Inside the dialog, or not a Connect: null.
    expect(classifyConnectControl(clickPath(doc, 'button[aria-label="Add a note"]'))).toBeNull();
    expect(classifyConnectControl(clickPath(doc, 'a.message-anywhere-button'))).toBeNull();
  });

  it('SDUI search Connect link: vanityName from the href; Pending is never Connect', () => {
    const { doc } = ref('invite--choose-interop-search--2026-05.html');
    const c = classifyConnectControl(clickPath(doc, 'a[href*="search-custom-invite"] span'));
    expect(c).toMatchObject({ behaviour: 'opens-dialog', vanityName: 'fixture-maya-lindqvist' });
    expect(classifyConnectControl(clickPath(doc, 'a[aria-label^="Pending"]'))).toBeNull();
  });

  it('localized Connect labels (pl, de) name the person', () => {
    const { doc } = load(
      `<html lang="pl"><body><main><div role="listitem"><a href="/in/fixture-gabriel/">Gabriel Griffin</a>
      <a href="/preload/search-custom-invite/?vanityName=fixture-gabriel" aria-label="Zaproś użytkownika Gabriel Griffin do nawiązania kontaktu">Połącz</a>
      <a href="/mynetwork/invitation-manager/sent/" aria-label="W toku; kliknij, aby wycofać zaproszenie wysłane do użytkownika Jan Nowak">W toku</a>
      <button aria-label="Maya Lindqvist als Kontakt einladen">Vernetzen</button></div></main></body></html>`,
      'https://www.linkedin.com/search/results/people/',
    );
    expect(classifyConnectControl(clickPath(doc, 'a[href*="custom-invite"]'))?.person?.fullName).toBe('Gabriel Griffin');
    expect(classifyConnectControl(clickPath(doc, 'a[aria-label^="W toku"]'))).toBeNull();
    expect(classifyConnectControl(clickPath(doc, 'button'))?.person?.fullName).toBe('Maya Lindqvist');
  });
});

describe('the dialog search takes the browser’s fast paths and finds what the selector list finds', () => {
  // queryDocument replaces doc.querySelectorAll(list) (3-11 ms per call on the bench feed).
  const rightmost = (sel: string): string => sel.trim().split(/[\s>+~]+/).pop()!;
  it('every selector in the list ends in a key of SEARCH_KEYS', () => {
    for (const anywhere of [false, true]) {
      for (const part of dialogSearchSelector(anywhere).split(',')) {
        const last = rightmost(part);
        const covered =
          SEARCH_KEYS.classes.some((c) => last.includes(`.${c}`) && !new RegExp(`\\.${c}[\\w-]`).test(last)) ||
          SEARCH_KEYS.ids.some((i) => last.includes(`#${i}`)) ||
          SEARCH_KEYS.names.some((n) => last.includes(`[name="${n}"]`)) ||
          SEARCH_KEYS.tags.some((t) => new RegExp(`^${t}(?![\\w-])`).test(last)) ||
          SEARCH_KEYS.roles.some((r) => last.includes(`[role="${r}"]`));
        expect(covered, `${part.trim()} → ${last}`).toBe(true);
      }
    }
  });
  it('on every fixture, in document order, with loose dialogs in the outlet only and anywhere', () => {
    let compared = 0;
    for (const f of loadFixtures()) {
      const { doc } = loadFixture(f);
      for (const anywhere of [false, true]) {
        const sel = dialogSearchSelector(anywhere);
        expect(queryDocument(doc, sel), f.file).toEqual(Array.from(doc.querySelectorAll(sel)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
