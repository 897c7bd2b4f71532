// The store screenshot set (`npm run screenshots`, or `npm start -- --screenshot docs/store/`).
// Each shot opens a playground page (or the popup), does what a user would, and is saved at every
// store size as docs/store/<name>-<width>x<height>.png (the German set in docs/store/de/). To add one,
// append an entry to SHOTS or SHOTS_DE; `page` is a fixture file of tests/fixtures/linkedin/fixtures.json.
// Shots run in order in one browser profile: the People shots build on the invitation sent in 6.

import { fixtureUrl } from './lib/browser.mjs';
//
//   name      file name stem
//   page      fixture file, or 'popup' for the toolbar popup shown over a LinkedIn page
//   prepare   async (page) => void: the user's steps before the picture (playwright Page)
//   caption   what the shot shows (printed, and a reminder for the store listing)

/** The sizes both stores accept: Chrome Web Store 1280×800 or 640×400; AMO any, 1280×800 is best. */
export const SIZES = [
  { width: 1280, height: 800 },
  { width: 640, height: 400 },
];

export const SHOTS = [
  {
    name: '1-guard',
    page: 'invite--choose-ember-light--2026-09.html',
    caption: 'A blank invitation is stopped, and On Purpose says why, right in LinkedIn’s dialog.',
    async prepare(page) {
      await page.locator('on-purpose-invite-panel').waitFor({ state: 'attached' });
      await page.locator('button[aria-label="Send without a note"]').click();
      await page.locator('on-purpose-invite-panel [role=alert]').filter({ hasText: /./ }).waitFor();
      await page.locator('body').click({ position: { x: 5, y: 5 } }).catch(() => {});
    },
  },
  {
    name: '2-picker',
    page: 'invite--note-free-ember-light--2026-07.html',
    caption: 'Start from a reason: a template asks how you know them, and the note fits LinkedIn’s limit.',
    async prepare(page) {
      const panel = page.locator('on-purpose-invite-panel');
      await panel.getByRole('option', { name: /Met at an event/ }).click();
      await panel.getByLabel('Where did you meet?').fill('the Platform Summit in Malmö');
      await panel.getByLabel('What did you talk about?').fill('developer portals');
      await panel.getByRole('button', { name: /^Insert/ }).scrollIntoViewIfNeeded();
    },
  },
  {
    name: '3-reply',
    page: 'invitations--classic-ember--2023-04.html',
    caption: 'An invitation without a note? “Ask how we met” opens LinkedIn’s message box with a friendly question.',
    async prepare(page) {
      const ask = page.locator('li.invitation-card', { hasText: 'Tomás Ferreira' }).locator('on-purpose-ask');
      await ask.getByRole('button', { name: 'Ask how we met' }).click();
      await page.locator('form.msg-form [contenteditable="true"]').filter({ hasText: /How have we met/ }).waitFor();
    },
  },
  {
    name: '4-message',
    page: 'composer--overlay-ember--2026-09.html',
    caption: 'Your reply templates in every LinkedIn message box (Alt+Shift+O).',
    async prepare(page) {
      const ui = page.locator('on-purpose-composer-templates');
      await ui.getByRole('button', { name: /Templates/ }).click();
      await ui.getByRole('option').first().waitFor();
    },
  },
  {
    name: '5-popup',
    page: 'popup',
    background: 'feed--plain--2026-09.html',
    caption: 'Your template library: write, preview, organise, import, export and sync.',
  },
  {
    name: '6-person-card',
    page: 'profile--2nd-sdui--2026-09.html',
    caption: 'Remember why you connected: when they accept, their profile says when you invited them and why.',
    async prepare(page) {
      // The real story: invite Elena with a reason, then open her profile once she has accepted.
      await page.locator('[data-playground-row="card"] a[aria-label="Invite Elena Vasquez to connect"]').click();
      const panel = page.locator('on-purpose-invite-panel');
      await panel.getByRole('option', { name: /Met at an event/ }).first().click();
      await panel.getByLabel('Where did you meet?').fill('the Platform Summit in Malmö');
      await panel.getByLabel('What did you talk about?').fill('developer portals');
      await panel.getByRole('button', { name: /^Insert/ }).click();
      await page.locator('button[aria-label="Send invitation"], button[aria-label="Send now"], button:has-text("Send")').last().click();
      await page.waitForTimeout(1500);
      await page.goto(fixtureUrl('profile--1st-sdui--2026-09.html'));
      await page.waitForFunction(() => document.documentElement.dataset.playground === 'ready');
      await page.locator('on-purpose-person-card').waitFor({ state: 'attached', timeout: 10_000 });
      await page.locator('on-purpose-person-card').scrollIntoViewIfNeeded();
    },
  },
  {
    name: '7-people',
    page: 'popup',
    background: 'profile--1st-sdui--2026-09.html',
    caption: 'People: who you invited and why, who accepted (with the evidence), and what to follow up.',
    async prepare(pop) {
      await pop.getByRole('tab', { name: 'People', exact: true }).click();
      await pop.getByRole('option', { name: /Elena Vasquez/ }).waitFor();
    },
  },
];

/**
 * The German set (docs/store/de/): the same seven shots as SHOTS, with Chromium in German (LANGUAGE=de,
 * Debian's chromium-l10n), so the popup and the default library are German, on LinkedIn pages shown
 * in German, so the injected UI is too. The labels are LinkedIn's German ones (fixtures.json) and
 * ours (public/_locales/de). Like SHOTS, the People shots build on the invitation sent in 6.
 */
export const SHOTS_DE = [
  {
    name: '1-guard',
    page: 'invite--choose-de-ember-light--2026-06.html',
    caption: 'Eine leere Einladung wird aufgehalten, und On Purpose sagt im LinkedIn-Dialog, warum.',
    async prepare(page) {
      await page.locator('on-purpose-invite-panel').waitFor({ state: 'attached' });
      await page.locator('button[aria-label="Ohne Notiz senden"]').click();
      await page.locator('on-purpose-invite-panel [role=alert]').filter({ hasText: /./ }).waitFor();
      await page.locator('body').click({ position: { x: 5, y: 5 } }).catch(() => {});
    },
  },
  {
    name: '2-picker',
    // The dialog in the page (not in #interop-outlet's shadow root, which the playground's look
    // cannot reach): "Notiz hinzufügen" turns step 1 into LinkedIn's German note step.
    page: 'invite--choose-de-ember-light--2026-06.html',
    caption: 'Mit einem Grund beginnen: Die Vorlage fragt, woher Sie sich kennen, und die Notiz passt in LinkedIns Limit.',
    async prepare(page) {
      await page.locator('on-purpose-invite-panel').waitFor({ state: 'attached' });
      await page.locator('button[aria-label="Notiz hinzufügen"]').click();
      const panel = page.locator('on-purpose-invite-panel');
      await panel.getByRole('option', { name: /Auf einem Event kennengelernt/ }).click();
      await panel.getByLabel('Wo haben Sie sich getroffen?').fill('dem Platform Summit in Malmö');
      await panel.getByLabel('Worüber haben Sie gesprochen?').fill('Entwicklerportale');
      await panel.getByRole('button', { name: /^Einfügen/ }).scrollIntoViewIfNeeded();
    },
  },
  {
    name: '3-reply',
    page: 'invitations--sdui-received-de--2026-09.html',
    caption: 'Eine Einladung ohne Notiz? „Fragen, woher wir uns kennen“ öffnet LinkedIns Nachrichtenfenster mit einer freundlichen Frage.',
    async prepare(page) {
      // Miriam's card has no Message control: LinkedIn's compose page for her opens, with the reply in it.
      const ask = page.locator('[role="listitem"]', { hasText: 'Miriam Koch' }).locator('on-purpose-ask');
      await ask.getByRole('button', { name: 'Fragen, woher wir uns kennen' }).click();
      await page.waitForURL(/\/messaging\/compose\//);
      await page.locator('form.msg-form [contenteditable="true"]').filter({ hasText: /Woher kennen wir uns/ }).waitFor();
    },
  },
  {
    name: '4-message',
    page: 'invitations--sdui-received-de--2026-09.html',
    caption: 'Ihre Antwortvorlagen in jedem LinkedIn-Nachrichtenfenster (Alt+Umschalt+O).',
    async prepare(page) {
      // Reply to Lukas's note: LinkedIn's message window opens on the page, with our Templates control.
      await page.locator('[role="listitem"]', { hasText: 'Lukas Brandt' }).getByRole('link', { name: 'Nachricht' }).click();
      const ui = page.locator('on-purpose-composer-templates');
      await ui.getByRole('button', { name: /Vorlagen/ }).click();
      await ui.getByRole('option').first().waitFor();
    },
  },
  {
    name: '5-popup',
    page: 'popup',
    background: 'invitations--sdui-received-de--2026-09.html',
    caption: 'Ihre Vorlagen: schreiben, ansehen, ordnen, importieren, exportieren und synchronisieren.',
  },
  {
    name: '6-person-card',
    page: 'profile--2nd-de--2026-09.html',
    caption: 'Wissen, warum Sie sich vernetzt haben: Nimmt jemand an, zeigt das Profil, wann und warum Sie eingeladen haben.',
    async prepare(page) {
      // The real story, in German: invite Katrin with a reason, then open her profile once she has accepted.
      await page.locator('[data-playground-row="card"] a[aria-label="Katrin Vogel als Kontakt einladen"]').click();
      const panel = page.locator('on-purpose-invite-panel');
      await panel.getByRole('option', { name: /Auf einem Event kennengelernt/ }).first().click();
      await panel.getByLabel('Wo haben Sie sich getroffen?').fill('dem Platform Summit in Malmö');
      await panel.getByLabel('Worüber haben Sie gesprochen?').fill('Entwicklerportale');
      await panel.getByRole('button', { name: /^Einfügen/ }).click();
      await page.locator('button[aria-label="Einladung senden"]').last().click();
      await page.waitForTimeout(1500);
      await page.goto(fixtureUrl('profile--1st-de--2026-09.html'));
      await page.waitForFunction(() => document.documentElement.dataset.playground === 'ready');
      await page.locator('on-purpose-person-card').waitFor({ state: 'attached', timeout: 10_000 });
      await page.locator('on-purpose-person-card').scrollIntoViewIfNeeded();
    },
  },
  {
    name: '7-people',
    page: 'popup',
    background: 'profile--1st-de--2026-09.html',
    caption: 'Personen: wen Sie eingeladen haben und warum, wer angenommen hat (mit Nachweis) und was nachzufassen ist.',
    async prepare(pop) {
      await pop.getByRole('tab', { name: 'Personen', exact: true }).click();
      await pop.getByRole('option', { name: /Katrin Vogel/ }).waitFor();
    },
  },
];

/** Every set `npm run screenshots` makes: its sub-folder of docs/store/, browser language and shots. */
export const SETS = [
  { dir: '', locale: undefined, shots: SHOTS },
  { dir: 'de', locale: 'de', shots: SHOTS_DE },
];
