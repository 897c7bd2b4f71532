/**
 * Every CSS selector that knows LinkedIn's markup, as data, each beside its evidence
 * (keys from /work/shared/linkedin/linkedin-dom.md §0; fixture names from tests/fixtures/linkedin).
 * Ordered alternatives: the longest-lived strings first. Never hashed classes or emberNNN ids.
 * tests/unit/linkedin/selectors.test.ts checks that every alternative matches in some fixture.
 */
export const SEL = {
  // ── Shell and overlay hosts ─────────────────────────────────────────────────────────────
  /** Open-shadow-root overlay host on SDUI pages: invite modal (U2 2026-05-09, S15 #1733),
   *  messaging overlay (U16 63262491138). The id is checked with getElementById first. */
  overlayHost: '#interop-outlet, [data-testid="interop-shadowdom"]',
  /** Ember light-DOM modal outlet (U1, S2, S16 2026-09-10). */
  modalOutlet: '#artdeco-modal-outlet',
  /** Messaging overlay dock (S5 2019 id; S11 2023 dump). */
  msgOverlay: '#msg-overlay',
  /** Page landmark, watched only on invitation and messaging pages (S16: main#workspace). */
  main: 'main, [role="main"]',

  // ── Invite dialog (§1.1, §5) ───────────────────────────────────────────────────────────
  /** The dialog itself: `.send-invite` since ~2017 (U6), role/aria-labelledby since 2019 (S1, S2),
   *  overlay data-test-modal-id in 2024-2026 (U1, S16). */
  inviteDialog: '.send-invite, [role="dialog"][aria-labelledby="send-invite-modal"], [data-test-modal-id="send-invite-modal"] [role="dialog"]',
  /** Markers inside an invite dialog whose class or labelling changed: the heading id and the
   *  note field id (U1, U4, S16). The dialog is their closest role=dialog / .artdeco-modal. */
  inviteMarker: '#send-invite-modal, textarea#custom-message',
  /** Something that can be a dialog container (artdeco in both roots; native <dialog>). */
  dialogish: '[role="dialog"], .artdeco-modal, dialog',
  /** Quota-spent upsell that replaces the invite dialog (U11 2023-2026, "proven 2026-09-16"). */
  upsellDialog: '.modal-upsell, [data-test-modal-id="modal-upsell"] [role="dialog"]',
  /** Upsell headings (U11 27303438997, 27626731454). */
  upsellHeading: '#modal-upsell-header, .modal-upsell__headline, .upsell-modal-header',
  /** Locale-independent upsell cue (S18 _DIALOG_PREMIUM_LINK_SELECTOR). */
  premiumLink: 'a[href*="/premium/"]',
  /** Note field, scoped to the dialog (the page also holds textarea#g-recaptcha-response, S16). */
  noteField: 'textarea#custom-message, textarea[name="message"]',
  /** The pre-2016 full-page invite form: its greeting textarea came pre-filled with the stock text
   *  (U7 clone, linkedin-dom.md §1.1 first row; fixture invite--legacy-full-page--2015-06). */
  legacyNoteField: 'textarea#greeting-iweReconnect, textarea[name="greeting"]',
  /** That form's submit ("Send Invitation", btn-primary, U7). */
  submitButton: 'button[type="submit"], input[type="submit"], .btn-primary',
  /** Email-required variant: only type=email inside the label is evidenced (U9, S15); name/id are U10's guesses. */
  emailField: 'input[type="email"], input[name="email"]',
  /** Artdeco action bar (S2 a79e15b: position + variant survives label changes). */
  actionbar: '.artdeco-modal__actionbar',
  primaryButton: '.artdeco-button--primary',
  secondaryButton: '.artdeco-button--secondary',
  /** Close button: data attribute is the strongest (U2), class since 2019 (S2). */
  dismissButton: '[data-test-modal-close-btn], .artdeco-modal__dismiss',
  /** Modal body: mount point for injected UI (U1, S16). */
  modalContent: '.artdeco-modal__content',

  // ── Connect controls (§1.4) ────────────────────────────────────────────────────────────
  /** SDUI Connect links: profile and search (U1, U2, S15, S16, U13). */
  customInviteLink: 'a[href*="/preload/custom-invite/"], a[href*="/preload/search-custom-invite/"]',
  /** SDUI profile Connect's componentkey "ConnectButtonstate:invitation:urn:li:member:<id>_connect" (U1, S16). */
  connectKey: '[componentkey^="ConnectButton"], [componentkey$="_connect"]',
  /** The card around a Connect control (search results, PYMK, rail): 2026 listitems (U13), Ember li
   *  rails (S15 #1012), SDUI components, sections. Accepted only when its /in/ links name one person. */
  personCard: '[role="listitem"], li, [componentkey], [data-view-name], section',
  /** Anything a user activates. */
  control: 'button, a[href], [role="button"], [role="menuitem"]',

  // ── Received invitations (§2) ──────────────────────────────────────────────────────────
  /** Classic Ember cards (U5, U14, S13, S12/S14) and the 2024/2025 data-view-name card (S15, U12). */
  classicCard: 'li.invitation-card, [data-view-name="pending-invitation"]',
  /** Classic Ember markup inside a card (also the 2024 data-view-name card, S15 2024-11-23). */
  classicMarker: 'li.invitation-card, [class*="invitation-card__"]',
  /** Classic note container (U14 2018 → S15 2024). */
  classicNote: '.invitation-card__custom-message-container, .invitation-card__custom-message',
  /** Classic Reply-to / message button (U5: custom-message-line-cta; S6: message-anywhere-button). */
  classicMessage: '.invitation-card__custom-message-line-cta, .message-anywhere-button',
  classicActions: '.invitation-card__action-container',
  classicTitle: '.invitation-card__title, .invitation-card__tvm-title',
  /** 2025 SDUI action buttons: index 0 Ignore, 1 Accept (U12, U13, S17 fallbacks). */
  invitationAction: '[data-view-name="invitation-action"]',
  /** 2025 /mynetwork/ invitations preview (U12). */
  invitationsPreview: '[componentkey="MyNetwork_InvitationsPreview"]',
  /** 2026 received list screen (S16, S17, U12). */
  invitationScreen: '[data-sdui-screen*="Invitation"]',
  /** Semantic card roots: classic li, 2024/25 data-view-name card, 2026 listitem (S16). */
  cardRoot: 'li.invitation-card, [data-view-name="pending-invitation"], [role="listitem"]',
  /** Card-like ancestors when walking up from Accept (a bare li only if it holds a link). */
  cardish: 'li.invitation-card, [data-view-name="pending-invitation"], [role="listitem"], li',
  /** List containers a card never extends past (S16 lazy column, U12). */
  listContainer: '[role="list"], [data-testid="lazy-column"], ul, main',
  /** Controls carrying an aria-label (Accept/Ignore "… <Name>’s invitation", S16, S17). */
  labelled: 'button[aria-label], [role="button"][aria-label], a[aria-label]',
  /** Person and entity links in a card (S16, S17). */
  profileLink: 'a[href*="/in/"]',
  entityLink: 'a[href*="/company/"], a[href*="/showcase/"], a[href*="/events/"], a[href*="/newsletters/"], a[href*="/school/"], a[href*="/groups/"]',
  /** 2026 Message link to /messaging/compose/?invitation=urn:li:fsd_invitation:… (S17). */
  messageLink: 'a[href*="/messaging/"]',

  // ── Messaging composer (§3) ────────────────────────────────────────────────────────────
  /** Editor: class + attributes stable 2019 → 2026 (S5, S11, U15, S19, S20); role=textbox inside
   *  the form as the fallback (§5.4). */
  composerEditor: '.msg-form__contenteditable[contenteditable="true"], .msg-form [role="textbox"][contenteditable="true"]',
  /** The composer form (S11: form#msg-form-emberNNN.msg-form). */
  composerForm: '.msg-form, form[id^="msg-form"]',
  /** Send: S11/U15 msg-form__send-button; S10 (2024) msg-form__send-btn. */
  composerSend: '.msg-form__send-button, .msg-form__send-btn',
  /** Placeholder div: LinkedIn drops this class once its model has text (U15, S11). */
  composerPlaceholder: '.msg-form__placeholder',
  composerMount: '.msg-form__left-actions, .msg-form__footer',
  /** Overlay conversation bubble (S11 2023, S5 2019). Not .msg-convo-wrapper: the full page's thread
   *  carries it too. */
  overlayBubble: '.msg-overlay-conversation-bubble',
  overlayRecipient: '.msg-overlay-bubble-header__title',
  /** Full-page thread header (S16 2026-09-10, §5.4). */
  fullpageRecipient: '.msg-entity-lockup__entity-title, .msg-thread__link-to-profile',
  /** /messaging/compose/?invitation=… "To" pill (modelled: composer--compose-invitation--2026-08; only
   *  the route is evidenced, S17). Used only when exactly one pill is present. */
  composePill: '.msg-connections-typeahead__recipient-list .artdeco-pill__text',
} as const;

export type SelectorKey = keyof typeof SEL;

/**
 * The rightmost part of every selector the dialog search combines (inviteDialog, inviteMarker,
 * legacyNoteField, upsellDialog, upsellHeading and invite.ts's loose dialog candidates), as the
 * browser's fast lookups take them: the search collects these, then filters with the full list
 * (invite.ts queryDocument). Add a selector above, add its last part here; a unit test checks it.
 */
export const SEARCH_KEYS = {
  classes: ['send-invite', 'modal-upsell', 'modal-upsell__headline', 'upsell-modal-header'],
  ids: ['send-invite-modal', 'custom-message', 'modal-upsell-header', 'greeting-iweReconnect'],
  names: ['greeting'],
  tags: ['dialog'],
  roles: ['dialog', 'alertdialog'],
} as const;
