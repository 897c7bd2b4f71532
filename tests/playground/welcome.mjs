// The playground's front door (https://www.linkedin.com/__playground/), served by
// scripts/lib/browser.mjs: what a newcomer can try, grouped by task, with one line on what On Purpose
// does there. The full fixture index is one click away (/__playground/all).
//
// To add a group, append to GROUPS: each link
// names a fixture file from tests/fixtures/linkedin/fixtures.json; a file that is not in the index is
// left out rather than linked dead (tests/e2e/playground.e2e.ts checks every link resolves).

/** @typedef {{ file: string, label: string, note?: string, what?: string }} Link  `what`: one line on what On Purpose does on that page */
/** @typedef {{ id: string, title: string, does: string, how: string, links: Link[] }} Group */

/** @type {Group[]} */
export const GROUPS = [
  {
    id: 'invite',
    title: 'Send an invitation',
    does: 'On Purpose stops a blank or boilerplate invitation before it leaves, says why in the dialog, and offers note templates that ask for your reason to connect.',
    how: 'Press “Send without a note”, or pick a template, answer its question and press Insert. You still press LinkedIn’s Send yourself.',
    links: [
      { file: 'invite--choose-ember-light--2026-09.html', label: 'The invite dialog, first step', note: 'start here' },
      { file: 'invite--note-premium-ember-light--2026-09.html', label: 'The note step (Premium, 300 characters)' },
      { file: 'invite--note-free-ember-light--2026-07.html', label: 'The note step on a free account (200 characters)' },
      { file: 'invite--choose-interop-search--2026-05.html', label: 'From people search (the dialog in a shadow root)' },
      { file: 'invite--choose-de-ember-light--2026-06.html', label: 'The same in German', note: 'LinkedIn in Deutsch' },
      { file: 'invite--upsell-light--2025-11.html', label: 'Out of personalized invitations this month' },
    ],
  },
  {
    id: 'one-click',
    title: 'Connect from “People you may know”',
    does: 'Where Connect sends at once with no dialog, On Purpose holds the click and offers to invite with a note instead.',
    how: 'Press Connect on any card.',
    links: [{ file: 'connect--pymk-grow-sdui--2025-09.html', label: 'My Network: People you may know' }],
  },
  {
    id: 'reply',
    title: 'Reply to a blank invitation',
    does: 'Under each invitation that came without a note, “Ask how we met” opens LinkedIn’s message box for that person with a friendly question, first name filled in.',
    how: 'Press “Ask how we met”, read the reply, then press Send.',
    links: [
      { file: 'invitations--sdui-received--2026-09.html', label: 'Received invitations (2026)', note: 'start here' },
      { file: 'invitations--classic-ember--2023-04.html', label: 'Received invitations, classic layout' },
      { file: 'invitations--sdui-received-de--2026-09.html', label: 'Received invitations in German' },
    ],
  },
  {
    id: 'message',
    title: 'Write in a message',
    does: 'LinkedIn’s message box gets a Templates button with your reply templates; Alt+Shift+O opens it from the keyboard.',
    how: 'Click into the message box, press Alt+Shift+O (or Templates), choose one and press Insert.',
    links: [
      { file: 'composer--overlay-ember--2026-09.html', label: 'A message window at the bottom of the page', note: 'start here' },
      { file: 'composer--fullpage-ember--2026-09.html', label: 'The full Messaging page' },
      { file: 'composer--overlay-interop--2026-08.html', label: 'A message window opened from a profile (shadow root)' },
    ],
  },
  {
    id: 'people',
    title: 'See who accepted / follow up',
    does: 'People keeps a private log of who you invited and why, notices from the pages you open when they accept, and reminds you to follow up with your reason.',
    how: 'Invite Elena with a note first, then open her profile at Pending and at 1st, and the lists below; the On Purpose popup’s People tab shows what was seen.',
    links: [
      { file: 'profile--2nd-sdui--2026-09.html', label: 'Elena’s profile, 2nd degree', note: 'start here', what: 'Connect opens the guarded dialog; pressing Send logs the invitation with its reason (unconfirmed).' },
      { file: 'profile--pending-sdui--2026-09.html', label: 'Her profile, Pending', what: 'LinkedIn’s “invitation sent” toast and Pending confirm the send: People shows it as Sent.' },
      { file: 'profile--1st-sdui--2026-09.html', label: 'Her profile, 1st degree', what: 'She accepted: People marks her Accepted with the evidence, and a card on her profile says when and why you invited her.' },
      { file: 'profile--3rd-sdui--2026-09.html', label: 'Tobias, notes used up this month', what: 'No note left: keep your reason; People saves it for after he accepts.' },
      { file: 'profile--1st-kept-sdui--2026-09.html', label: 'Tobias at 1st degree', what: '“Send the reason you kept” puts the reason into LinkedIn’s message box; you press Send.' },
      { file: 'sent--sdui-list--2026-09.html', label: 'Sent invitations', what: 'Logged people listed here get “still pending” evidence; nobody else is recorded.' },
      { file: 'connections--sdui-list--2026-09.html', label: 'Connections', what: '“Connected 2 hours ago” corroborates an acceptance for people in your log.' },
      { file: 'notifications--ember--2026-09.html', label: 'Notifications', what: 'An “accepted your invitation” notification is kept as a hint only.' },
    ],
  },
  {
    id: 'quiet',
    title: 'Pages where On Purpose stays out of the way',
    does: 'Other dialogs with a Send button, the post composer and the feed look alike but are not invitations: nothing should change there.',
    how: 'Press anything: On Purpose should neither block nor add a thing.',
    links: [
      { file: 'decoy--send-profile-message--2026-09.html', label: 'Share a profile in a message' },
      { file: 'decoy--feed-share-post--2026-09.html', label: 'The feed with the post composer open' },
      { file: 'feed--plain--2026-09.html', label: 'A plain feed' },
    ],
  },
];

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1d2226;--muted:#5e6670;--bg:#f4f2ee;--card:#fff;--line:#d9d6d0;--accent:#0a66c2}
@media (prefers-color-scheme:dark){:root{--fg:#e8e6e3;--muted:#a9b0b8;--bg:#1b1f23;--card:#262b30;--line:#3a4047;--accent:#70b5f9}}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0}
main{max-width:860px;margin:0 auto;padding:32px 16px 48px}
h1{font-size:1.6rem;margin:0 0 4px}
.lead{margin:0 0 24px;color:var(--muted)}
.groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:16px;padding:0;margin:0;list-style:none}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px}
h2{font-size:1.1rem;margin:0 0 6px}
.does{margin:0 0 6px}
.how{margin:0 0 10px;color:var(--muted);font-size:.92rem}
ul{margin:0;padding-left:18px}
li{margin:2px 0}
a{color:var(--accent)}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px;border-radius:2px}
.tag{font-size:.78rem;color:var(--muted);margin-left:6px}
.what{display:block;font-size:.85rem;color:var(--muted)}
footer{margin-top:24px;color:var(--muted);font-size:.92rem}
small{color:var(--muted)}
@media (forced-colors:active){section{border-color:CanvasText}}
`;

const page = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;

/**
 * The front door: groups of things to try, each with what On Purpose does there.
 * @param {Array<{ file: string, url: string }>} fixtures
 */
export function welcomePage(fixtures) {
  const urlOf = new Map(fixtures.map((f) => [f.file, f.url]));
  const sections = GROUPS.map((g) => {
    const links = g.links
      .filter((l) => urlOf.has(l.file))
      .map(
        (l) =>
          `<li><a href="${escapeHtml(urlOf.get(l.file))}" data-fixture="${escapeHtml(l.file)}">${escapeHtml(l.label)}</a>` +
          (l.note ? `<span class="tag">${escapeHtml(l.note)}</span>` : '') +
          (l.what ? `<span class="what">${escapeHtml(l.what)}</span>` : '') +
          '</li>',
      )
      .join('');
    return (
      `<li><section aria-labelledby="g-${g.id}" data-group="${g.id}"><h2 id="g-${g.id}">${escapeHtml(g.title)}</h2>` +
      `<p class="does">${escapeHtml(g.does)}</p><p class="how">${escapeHtml(g.how)}</p><ul>${links}</ul></section></li>`
    );
  }).join('');
  return page(
    'On Purpose playground',
    `<h1>Try On Purpose</h1>
<p class="lead">These are reconstructed LinkedIn pages, served at real <code>www.linkedin.com</code> addresses inside this
browser only: nothing reaches LinkedIn, no account is needed, and nothing you send goes anywhere. Pick something to try.
The toolbar button opens your template library.</p>
<ul class="groups">${sections}</ul>
<footer><a href="/__playground/all">All ${fixtures.length} playground pages</a> — every LinkedIn variant On Purpose is tested against, by page type.</footer>`,
  );
}

/**
 * The full fixture index, grouped by surface (one click from the front door).
 * @param {Array<{ file: string, url: string, title?: string, surface?: string, locale?: string }>} fixtures
 */
export function fixtureIndexPage(fixtures) {
  const surfaces = [...new Set(fixtures.map((f) => f.surface ?? 'other'))];
  const body = surfaces
    .map((s) => {
      const rows = fixtures
        .filter((f) => (f.surface ?? 'other') === s)
        .map(
          (f) =>
            `<li><a href="${escapeHtml(f.url)}">${escapeHtml(f.title ?? f.file)}</a> <small>${escapeHtml(f.locale ?? '')} · ${escapeHtml(f.file)}</small></li>`,
        )
        .join('\n');
      return `<h2>${escapeHtml(s)}</h2><ul>${rows}</ul>`;
    })
    .join('\n');
  return page(
    'All playground pages — On Purpose',
    `<p><a href="/__playground/">← Try On Purpose</a></p><h1>All playground pages</h1>
<p class="lead">Every fixture page, by the kind of LinkedIn page it reconstructs. Their sources are in
<code>tests/fixtures/linkedin/README.md</code>.</p>${body}`,
  );
}
