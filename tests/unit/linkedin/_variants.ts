/**
 * Synthesized pages for the variants linkedin-dom.md documents but the shared reference pages do
 * not show (free note step, upsell, email-required, step 1 without Add a note, legacy "Send now",
 * localized labels, unknown locale, React-looking markup without artdeco classes, decoys, classic
 * and preview invitation lists, interop and full-page composers). Each builder cites its evidence.
 * Names, slugs and URNs are fictional.
 */
import { LABELS } from '../../../src/linkedin';
import type { Locale } from '../../../src/linkedin/types';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export interface Labels {
  addNote: string;
  swn: string;
  send: string;
  sendText: string;
  cancel: string;
  dismiss: string;
  limit: string;
}

export function labelsFor(loc: Locale): Labels {
  const t = LABELS[loc];
  return {
    addNote: t.addNote[0]!,
    swn: t.sendWithoutNote[0]!,
    send: t.send[0]!,
    sendText: t.send[t.send.length - 1]!,
    cancel: t.cancelNote[0]!,
    dismiss: t.dismiss[0]!,
    limit: t.limit[0]!.replace('{n}', '300') + '.',
  };
}

/** Swedish: a UI language we have no table for; structure must decide (S2 issue #11). */
export const SWEDISH: Labels = {
  addNote: 'Lägg till en anteckning',
  swn: 'Skicka utan anteckning',
  send: 'Skicka inbjudan',
  sendText: 'Skicka',
  cancel: 'Avbryt',
  dismiss: 'Stäng',
  limit: 'Begränsa anteckningen till 300 tecken.',
};

export interface InviteOpts {
  lang?: string | null;
  mount?: 'light' | 'shadow';
  step: 'choose' | 'note' | 'email' | 'choose-no-note' | 'legacy-send-now';
  labels?: Labels;
  /** Put labels in aria-label (true, as LinkedIn does) or only in the visible text. */
  aria?: boolean;
  /** artdeco classes on buttons and bar (false: a React-looking redesign, position only). */
  artdeco?: boolean;
  name?: string | null;
  counter?: string | null;
  hiddenLimit?: boolean;
  maxlength?: number | null;
  /** Counter/Send react to input like Ember (the reference page's script). */
  live?: number | null;
  premiumLine?: boolean;
  url?: string;
  extraBody?: string;
}

function button(label: string, cls: string, opts: InviteOpts, textLabel = label, disabled = false): string {
  const c = opts.artdeco === false ? 'x9f3a1c' : `artdeco-button artdeco-button--2 ${cls} ember-view`;
  const aria = opts.aria === false ? '' : ` aria-label="${esc(label)}"`;
  return `<button${aria} class="${c}"${disabled ? ' disabled' : ''}><span class="artdeco-button__text">${esc(textLabel)}</span></button>`;
}

/** The send-invite dialog in any step (U1, U2, S16 markup; U9 email; S15 quota; S2 legacy). */
export function inviteDialog(o: InviteOpts): string {
  const l = o.labels ?? labelsFor('en');
  const ad = o.artdeco !== false;
  const bar = ad ? 'artdeco-modal__actionbar ember-view text-align-right' : 'b71c2f0e';
  let content = '';
  let actions = '';
  if (o.step === 'note') {
    const limit = o.hiddenLimit === false ? '' : `<span class="visually-hidden">${esc(l.limit)}</span>`;
    const ml = o.maxlength ? ` maxlength="${o.maxlength}"` : '';
    const counter = o.counter === null ? '' : `<span aria-live="polite" class="t-14 t-black--light flex-1 text-align-right">${o.counter ?? '0/300'}</span>`;
    const premium = o.premiumLine ? '<p class="t-12">1 personalized invitation remaining for this month.</p><p>Want more personalized invitations? <a href="https://www.linkedin.com/premium/products/?upsellOrderOrigin=premium_invite_note">Try Premium for free.</a></p>' : '';
    content = `<label for="custom-message">${limit}<p class="t-14 pb2">LinkedIn members are more likely to accept invitations that include a personal note.</p></label>
      <div class="relative"><textarea name="message" id="custom-message" class="ember-text-area ember-view connect-button-send-invite__custom-message"${ml}></textarea>
      <div class="display-flex align-items-center">${counter}</div></div>${premium}`;
    actions = button(l.cancel, 'artdeco-button--muted artdeco-button--tertiary mr1', o, l.cancel.split(' ')[0]) + button(l.send, 'artdeco-button--primary artdeco-button--disabled ml1', o, l.sendText, true);
  } else {
    const strong = o.name === null ? 'Personalize your invitation by adding a note.' : `Personalize your invitation to <strong>${esc(o.name ?? 'Maya Lindqvist')}</strong> by adding a note.`;
    const email =
      o.step === 'email'
        ? `<label>To verify this member knows you, please enter their email to connect. You can also include a personal note. <input type="email" id="email" name="email"></label>`
        : '';
    content = `<p class="display-flex"><span class="flex-1">${strong}</span></p>${email}`;
    if (o.step === 'legacy-send-now') {
      // 2019-2022: aria-label "Send now", text "Send" (S2 1e5cf92, U8).
      actions = button(l.addNote, 'artdeco-button--secondary mr1', o) + button('Send now', 'artdeco-button--primary ml1', o, 'Send');
    } else {
      actions = (o.step === 'choose-no-note' ? '' : button(l.addNote, 'artdeco-button--secondary mr1', o)) + button(l.swn, 'artdeco-button--primary ml1', o);
    }
  }
  const dismiss = ad
    ? `<button aria-label="${esc(l.dismiss)}" class="artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--2 artdeco-button--tertiary ember-view artdeco-modal__dismiss" data-test-modal-close-btn=""></button>`
    : `<button aria-label="${esc(l.dismiss)}" class="c0ffee11">×</button>`;
  const cls = ad ? 'artdeco-modal artdeco-modal--layer-default send-invite' : 'f00d1e55';
  return `<div data-test-modal="" role="dialog" tabindex="-1" class="${cls}" size="medium" aria-labelledby="send-invite-modal">
    <span class="a11y-text">Dialog content start.</span>${dismiss}
    <div class="${ad ? 'artdeco-modal__header' : 'a1b2'}"><h2 id="send-invite-modal">Add a note to your invitation?</h2></div>
    <div class="${ad ? 'artdeco-modal__content' : 'c3d4'}">${content}</div>
    <div class="${bar}">${actions}</div>
    <span class="a11y-text">Dialog content end.</span></div>`;
}

/** Declarative shadow DOM fallback, as the fixtures carry it, so the scripts below see the root. */
const DSD = `<script>document.querySelectorAll('template[shadowrootmode]').forEach(function (t) {
  var h = t.parentElement; if (h.shadowRoot) return; h.attachShadow({ mode: 'open' }).appendChild(t.content.cloneNode(true)); t.remove(); });</script>`;

const LIVE = (limit: number): string => `${DSD}<script>(function(){
  function wire(root){
    var ta = root.querySelector('#custom-message'); if (!ta) return;
    var dlg = ta.closest('[role="dialog"]');
    var counter = dlg.querySelector('span[aria-live="polite"]');
    var send = dlg.querySelectorAll('.artdeco-modal__actionbar button, [class] > button');
    send = send[send.length - 1];
    function sync(){ var n = ta.value.length; if (counter) counter.textContent = n + '/${limit}';
      send.disabled = n === 0; send.classList.toggle('artdeco-button--disabled', n === 0); }
    ta.addEventListener('input', sync); ta.addEventListener('keyup', sync);
  }
  wire(document);
  var host = document.getElementById('interop-outlet'); if (host && host.shadowRoot) wire(host.shadowRoot);
})();</script>`;

/** A page with the dialog mounted in the light DOM outlet or in #interop-outlet's shadow root. */
export function invitePage(o: InviteOpts): string {
  const dialog = inviteDialog(o);
  const lang = o.lang === null ? '' : ` lang="${o.lang ?? 'en'}"`;
  const light =
    o.mount === 'shadow'
      ? '<div id="artdeco-modal-outlet"></div>'
      : `<div id="artdeco-modal-outlet"><div data-test-modal-container="" data-test-modal-id="send-invite-modal" aria-hidden="false" class="artdeco-modal-overlay artdeco-modal-overlay--layer-default artdeco-modal-overlay--is-top-layer ember-view">${dialog}</div></div>`;
  const shadow =
    o.mount === 'shadow'
      ? `<div id="interop-outlet" data-testid="interop-shadowdom" class="theme--light" style="width:100vw; position:absolute; z-index:500"><template shadowrootmode="open">${dialog}</template></div>`
      : '';
  return `<!DOCTYPE html><html${lang}><head><title>Maya Lindqvist | LinkedIn</title></head><body>
    <main><h1>Maya Lindqvist</h1>
      <a href="/preload/custom-invite/?vanityName=fixture-maya-lindqvist" aria-label="Invite Maya Lindqvist to connect">Connect</a>
      <ul><li><a href="/in/fixture-jordan-blake/">Jordan Blake</a><button aria-label="Invite Jordan Blake to connect">Connect</button></li></ul>
    </main>${o.extraBody ?? ''}
    <textarea id="g-recaptcha-response-100000" name="g-recaptcha-response" style="display:none"></textarea>
    ${light}${shadow}${o.live ? LIVE(o.live) : ''}</body></html>`;
}

/** Quota-spent upsell replacing the dialog (U11: modal-upsell classes, data-test-modal-id). */
export function upsellPage(withClasses = true): string {
  const dlg = withClasses
    ? `<div role="dialog" class="artdeco-modal artdeco-modal--layer-default modal-upsell" aria-labelledby="modal-upsell-header">
        <button aria-label="Dismiss" class="artdeco-modal__dismiss" data-test-modal-close-btn=""></button>
        <h2 id="modal-upsell-header" class="modal-upsell__headline">Send unlimited personalized invites with Premium</h2>
        <p class="modal-upsell__subtitle">You're out of free custom notes. Bypass the limit with Premium, write longer notes, and make your profile stand out.</p>
        <div class="artdeco-modal__actionbar"><a class="artdeco-button artdeco-button--primary" href="https://www.linkedin.com/premium/products/?upsellOrderOrigin=premium_custom_invite">Try Premium for ₹0</a></div></div>`
    : `<div role="dialog" class="a91b2c"><button aria-label="Dismiss" class="d1">×</button><h2>Send unlimited personalized invites with Premium</h2>
        <a class="b2" href="https://www.linkedin.com/premium/products/">Try Premium for ₹0</a></div>`;
  return `<!DOCTYPE html><html lang="en"><head><title>Maya Lindqvist | LinkedIn</title></head><body><main><h1>Maya Lindqvist</h1>
    <button aria-label="Invite Maya Lindqvist to connect" class="artdeco-button">Connect</button></main>
    <div id="artdeco-modal-outlet"><div data-test-modal-container="" data-test-modal-id="${withClasses ? 'modal-upsell' : 'x'}" class="artdeco-modal-overlay">${dlg}</div></div></body></html>`;
}

/** Decoys that must stay untouched: Share post, ad options (closed), withdraw (<dialog open>),
 *  a send-invite dialog under an aria-hidden overlay and one with display:none (closing). */
export function decoyPage(): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Feed | LinkedIn</title></head><body><main></main>
  <div id="artdeco-modal-outlet">
    <div data-test-modal-container="" data-test-modal-id="sharebox" class="artdeco-modal-overlay">
      <div role="dialog" class="artdeco-modal share-box-v2__modal" aria-labelledby="share-to-linkedin-modal__header">
        <h2 id="share-to-linkedin-modal__header">Create a post</h2>
        <div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p><br></p></div>
        <div class="artdeco-modal__actionbar"><button class="artdeco-button artdeco-button--secondary">Schedule</button><button class="artdeco-button artdeco-button--primary share-actions__primary-action">Post</button></div>
      </div></div>
    <div data-test-modal-container="" data-test-modal-id="send-invite-modal" aria-hidden="true" class="artdeco-modal-overlay">${inviteDialog({ step: 'choose' })}</div>
    <div data-test-modal-container="" data-test-modal-id="send-invite-modal" style="display:none" class="artdeco-modal-overlay">${inviteDialog({ step: 'note' })}</div>
  </div>
  <dialog role="dialog" aria-label="Ad options"><button aria-label="Dismiss">×</button><button class="artdeco-button--primary">Send</button></dialog>
  <dialog open><h2>Withdraw invitation</h2><p>If you withdraw now, you won’t be able to resend to Jordan Blake for up to 3 weeks.</p>
    <button>Cancel</button><button class="artdeco-button artdeco-button--primary" aria-label="Withdraw invitation sent to Jordan Blake">Withdraw</button></dialog>
  </body></html>`;
}

export interface CardOpts {
  name: string;
  slug: string;
  note?: string | null;
  kind?: 'person' | 'company';
  accept?: string;
  ignore?: string;
  message?: boolean;
}

/** 2026 SDUI received card (S16, S17): role=listitem, Ignore/Accept, note after the action row. */
export function sduiCard(c: CardOpts): string {
  const entity = c.kind === 'company' ? '<p>Invited you to follow</p><a href="https://www.linkedin.com/company/fixture-example/"><strong>Example</strong></a>' : '<p class="b2c">Engineer at Fabrikam</p>';
  const note = c.note ? `<p class="_746">${esc(c.note)}</p>` : '';
  const msg = c.message === false || !c.note ? '' : `<div><a href="https://www.linkedin.com/messaging/compose/?invitation=urn%3Ali%3Afsd_invitation%3A74000001">Message</a></div>`;
  return `<div class="_175f" ><div data-display-contents="true"><div role="listitem" componentkey="auto-component-${c.slug}">
    <a href="https://www.linkedin.com/in/${c.slug}/"><img alt="" src="data:,"></a>
    <div><p><a href="https://www.linkedin.com/in/${c.slug}/"><strong>${esc(c.name)}</strong></a></p>${entity}</div>
    <div class="d48"><div><button type="button" aria-label="${esc(c.ignore ?? `Ignore an invitation to connect from ${c.name}`)}">Ignore</button></div>
    <div><button type="button" aria-label="${esc(c.accept ?? `Accept ${c.name}’s invitation`)}">Accept</button></div></div>${note}${msg}</div></div></div>`;
}

export function sduiInvitationsPage(cards: string[], lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><title>Invitations | LinkedIn</title></head><body>
  <main id="workspace"><div data-sdui-screen="com.linkedin.sdui.flagshipnav.mynetwork.invitations.InvitationReceivedWithType">
  <div data-testid="lazy-column" data-component-type="LazyColumn">${cards.join('<hr role="presentation">')}</div></div></main></body></html>`;
}

/** Classic Ember li.invitation-card list (U5 clone, U14 scrapers, S13, S12/S14). */
export function classicCard(c: CardOpts): string {
  const note = c.note
    ? `<div class="invitation-card__custom-message-container"><div class="ember-view invitation-card__custom-message t-14 t-normal"><span class="lt-line-clamp__line">${esc(c.note)}</span><a class="lt-line-clamp__more" href="#">See more</a></div>
       <div class="entry-point"><button class="invitation-card__custom-message-line-cta artdeco-button">Reply to ${esc(c.name.split(' ')[0]!)}</button></div></div>`
    : '';
  return `<li class="invitation-card artdeco-list__item ember-view"><div class="invitation-card__container ph2 pt1 pb2">
    <div class="display-flex flex-1 align-items-center pl0"><a class="invitation-card__picture" href="/in/${c.slug}/"><img alt="" src="data:,"></a>
    <div class="invitation-card__details"><a class="invitation-card__link" href="/in/${c.slug}/"><span class="invitation-card__title t-16 t-black t-bold">${esc(c.name)}</span></a>
    <span class="invitation-card__subtitle t-14">Engineer at Fabrikam</span><span class="time-badge">1 week ago</span></div></div>
    <div class="invitation-card__action-container pl3"><button class="invitation-card__action-btn artdeco-button artdeco-button--muted artdeco-button--tertiary mr2" aria-label="${esc(c.ignore ?? `Ignore an invitation to connect from ${c.name}`)}">Ignore</button>
    <button class="invitation-card__action-btn artdeco-button artdeco-button--secondary" aria-label="${esc(c.accept ?? `Accept ${c.name}’s invitation`)}">Accept</button></div></div>${note}</li>`;
}

export function classicInvitationsPage(cards: string[]): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Invitations | LinkedIn</title></head><body class="ember-application"><div class="application-outlet"><main id="main">
  <section class="mn-invitation-manager"><ul class="artdeco-list mn-invitation-list">${cards.join('')}</ul></section></main></div></body></html>`;
}

/** 2025 /mynetwork/ preview (U12): componentkey, data-view-name cards, invitation-action buttons
 *  with labels we cannot read (an unknown locale), one PYMK card with a one-click Connect. */
export function previewPage(): string {
  const card = (name: string, slug: string, note = ''): string =>
    `<div data-view-name="pending-invitation" class="a1"><a href="https://www.linkedin.com/in/${slug}/"><strong>${name}</strong></a><p>Ingenjör</p>
     <div data-view-name="invitation-action"><button aria-label="Ignorera">Ignorera</button><button aria-label="Acceptera">Acceptera</button></div>${note}</div>`;
  return `<!DOCTYPE html><html lang="sv"><head><title>Mitt nätverk | LinkedIn</title></head><body><main id="workspace">
  <section componentkey="MyNetwork_InvitationsPreview"><h2>Inbjudningar (2)</h2>
    ${card('Ada Berg', 'fixture-ada-berg')}${card('Nils Ek', 'fixture-nils-ek', '<p>Hej! Vi träffades på konferensen i Malmö.</p>')}</section>
  <section componentkey="MyNetwork_PYMK"><div role="listitem"><a href="https://www.linkedin.com/in/fixture-pymk/"><strong>Riley Chen</strong></a>
    <button aria-label="Invite Riley Chen to connect">Connect</button></div></section></main></body></html>`;
}

/** Overlay composer in #interop-outlet's shadow root (U16 63262491138) and the full /messaging/
 *  page composer (S16 2026-09-10: main.msg__list-detail, same form.msg-form). */
export function composerForm(id: string): string {
  return `<form id="msg-form-${id}" class="msg-form"><div class="msg-form__msg-content-container">
    <div class="msg-form__contenteditable t-14 notranslate" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Write a message…"><p><br></p></div>
    <div aria-hidden="true" class="msg-form__placeholder" data-placeholder="Write a message…"></div></div>
    <footer class="msg-form__footer"><div class="msg-form__left-actions"></div><div class="msg-form__right-actions">
    <button class="msg-form__send-button artdeco-button artdeco-button--1" disabled type="submit">Send</button></div></footer></form>`;
}

const COMPOSER_LIVE = `${DSD}<script>(function(){
  function wire(root){ root.querySelectorAll('form.msg-form').forEach(function(form){
    var box = form.querySelector('.msg-form__contenteditable'), ph = form.querySelector('[data-placeholder]'), send = form.querySelector('.msg-form__send-button');
    box.addEventListener('input', function(){ var has = (box.innerText||'').trim().length > 0; send.disabled = !has; ph.classList.toggle('msg-form__placeholder', !has); });
  }); }
  wire(document); var h = document.getElementById('interop-outlet'); if (h && h.shadowRoot) wire(h.shadowRoot);
})();</script>`;

export function interopComposerPage(): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Maya Lindqvist | LinkedIn</title></head><body><main id="workspace"><h1>Maya Lindqvist</h1></main>
  <div id="interop-outlet" data-testid="interop-shadowdom"><template shadowrootmode="open">
    <aside id="msg-overlay" class="msg-overlay-container"><div class="msg-convo-wrapper msg-overlay-conversation-bubble" role="dialog" aria-label="Messaging">
      <header class="msg-overlay-bubble-header"><h2 class="msg-overlay-bubble-header__title"><a href="/in/ACoAAFIXTURE01/"><span>Maya Lindqvist</span></a></h2></header>
      ${composerForm('interop')}</div></aside></template></div>${COMPOSER_LIVE}</body></html>`;
}

export function fullpageComposerPage(live = true): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Messaging | LinkedIn</title></head><body><div class="application-outlet">
  <main id="main" class="scaffold-layout__list-detail msg__list-detail">
    <ul class="msg-conversations-container__conversations-list"><li class="msg-conversation-listitem"><div class="msg-conversation-card">Tomás Ferreira</div></li></ul>
    <div class="msg-convo-wrapper msg-thread"><div class="msg-title-bar"><a class="msg-thread__link-to-profile" href="/in/ACoAAFIXTURE02/" title="Open Tomás Ferreira’s profile">
      <h2 class="msg-entity-lockup__entity-title">Tomás Ferreira</h2></a></div>
      <ul class="msg-s-message-list-content"><li class="msg-s-message-list__event"><p class="msg-s-event-listitem__body">Hello!</p></li></ul>
      ${composerForm('full')}</div></main></div><aside id="msg-overlay" class="msg-overlay-container"></aside>${live ? COMPOSER_LIVE : ''}</body></html>`;
}

/** /mynetwork/ grow page PYMK cards: Connect sends at once, no dialog (brief; S15 #1012 rail hazard). */
export function growPage(): string {
  return `<!DOCTYPE html><html lang="en"><head><title>My Network | LinkedIn</title></head><body><main id="workspace">
  <section componentkey="MyNetwork_PYMK"><h2>People you may know</h2>
    <div role="listitem"><a href="https://www.linkedin.com/in/fixture-riley-chen/"><strong>Riley Chen</strong></a><button aria-label="Invite Riley Chen to connect">Connect</button></div>
    <div role="listitem"><a href="https://www.linkedin.com/in/fixture-sam-okafor/"><strong>Sam Okafor</strong></a><button>Connect</button></div>
    <div role="listitem"><a href="https://www.linkedin.com/in/fixture-pending/"><strong>Jo Pending</strong></a><button aria-label="Pending, click to withdraw invitation sent to Jo Pending">Pending</button></div>
  </section></main></body></html>`;
}

/** 2023-24 upsell wording and class (U11 27303438997): h2.upsell-modal-header, no modal-upsell class. */
export function upsell2023Page(): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Search | LinkedIn</title></head><body><main></main>
  <div id="artdeco-modal-outlet"><div data-test-modal-container="" class="artdeco-modal-overlay">
    <div role="dialog" class="artdeco-modal artdeco-modal--layer-default" aria-labelledby="upsell-h">
      <button aria-label="Dismiss" class="artdeco-modal__dismiss" data-test-modal-close-btn=""></button>
      <h2 id="upsell-h" class="upsell-modal-header">No free personalized invitations left</h2>
      <p>Personalize your invitations with Premium. You've used all your free personalized invitations.</p>
      <div class="artdeco-modal__actionbar"><button class="artdeco-button artdeco-button--secondary">Dismiss</button>
      <a class="artdeco-button artdeco-button--primary" href="/premium/products/">Try Premium for ₹0</a></div></div></div></div></body></html>`;
}

/** Later classic cards (U14 2023-24: .invitation-card__tvm-title > strong) and page/school invites,
 *  inside the 2025 manager screen div[role=main][data-sdui-screen*=InvitationReceivedWithType] (U12). */
export function classicTvmPage(): string {
  const card = (title: string, href: string, label: string): string =>
    `<li class="invitation-card artdeco-list__item"><div class="invitation-card__container"><a class="invitation-card__link" href="${href}">
     <span class="invitation-card__tvm-title"><strong>${title}</strong></span></a>
     <div class="invitation-card__action-container"><button class="artdeco-button--tertiary">Ignore</button><button class="artdeco-button--secondary" aria-label="${label}">Accept</button></div></div></li>`;
  return `<!DOCTYPE html><html lang="en"><head><title>Invitations | LinkedIn</title></head><body>
  <div role="main" data-sdui-screen="com.linkedin.sdui.flagshipnav.mynetwork.invitations.InvitationReceivedWithType"><ul class="mn-invitation-list">
  ${card('Hiro Tanaka', '/in/fixture-hiro/', 'Accept Hiro Tanaka’s invitation')}
  ${card('Contoso Careers', 'https://www.linkedin.com/showcase/fixture-contoso-careers/', 'Accept invitation to follow Contoso Careers')}
  ${card('Fabrikam University', 'https://www.linkedin.com/school/fixture-fabrikam-u/', 'Accept invitation to follow Fabrikam University')}
  </ul></div></body></html>`;
}

/** Every synthesized page with its URL: the selector meta-test and the fixture runs use them too. */
export function allVariants(): Array<{ name: string; html: string; url: string }> {
  const profile = 'https://www.linkedin.com/in/fixture-maya-lindqvist/';
  return [
    { name: 'note-free', html: invitePage({ step: 'note', counter: '0/200', live: 200, premiumLine: true }), url: profile },
    { name: 'note-shadow', html: invitePage({ step: 'note', mount: 'shadow', live: 300 }), url: profile },
    { name: 'email', html: invitePage({ step: 'email' }), url: profile },
    { name: 'choose-no-note', html: invitePage({ step: 'choose-no-note' }), url: profile },
    { name: 'legacy-send-now', html: invitePage({ step: 'legacy-send-now' }), url: profile },
    { name: 'upsell', html: upsellPage(), url: profile },
    { name: 'decoys', html: decoyPage(), url: 'https://www.linkedin.com/feed/' },
    {
      name: 'classic-invitations',
      html: classicInvitationsPage([
        classicCard({ name: 'Maya Lindqvist', slug: 'fixture-maya', note: 'We met at the summit.' }),
        classicCard({ name: 'Tomás Ferreira', slug: 'fixture-tomas' }),
      ]),
      url: 'https://www.linkedin.com/mynetwork/invitation-manager/',
    },
    { name: 'preview', html: previewPage(), url: 'https://www.linkedin.com/mynetwork/' },
    { name: 'interop-composer', html: interopComposerPage(), url: 'https://www.linkedin.com/in/fixture-maya-lindqvist/' },
    { name: 'fullpage-composer', html: fullpageComposerPage(), url: 'https://www.linkedin.com/messaging/thread/2-fixture/' },
    { name: 'grow', html: growPage(), url: 'https://www.linkedin.com/mynetwork/grow/' },
    { name: 'upsell-2023', html: upsell2023Page(), url: 'https://www.linkedin.com/search/results/people/' },
    { name: 'classic-tvm', html: classicTvmPage(), url: 'https://www.linkedin.com/mynetwork/invitation-manager/' },
  ];
}
