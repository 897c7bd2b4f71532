/**
 * The contract between LinkedIn's DOM (this folder, the only code that knows it) and our features
 * (src/content). Adapters return these handles or null; they never throw into the page. Handles are
 * re-derived on every use and never cached across page states (DESIGN §2).
 */

import type { Locale } from '../core/locale';
import type { PersonName } from '../core/person';

// Owned by core (pure): re-exported so features can keep importing them from the adapter contract.
export type { Locale, PersonName };

/** A DOM tree we look in: the document, or an open shadow root LinkedIn uses as an overlay host. */
export type SearchRoot = Document | ShadowRoot;

export type InviteStep =
  /** "Add a note to your invitation?": Add a note / Send without a note. */
  | 'choose'
  /** The note form: textarea#custom-message, a counter, Send invitation. */
  | 'note'
  /** Step 1 asking for the recipient's email before it will send. */
  | 'email'
  /** The quota-spent upsell that replaces the dialog (no Send at all). */
  | 'upsell'
  /** Step 1 offering "Send without a note" alone: free notes are spent for this month. */
  | 'choose-no-note'
  | 'unknown';

export interface InviteDialog {
  /** The element with role=dialog (light DOM or inside #interop-outlet's shadow root). */
  dialog: HTMLElement;
  /** The root node holding the dialog: where capture listeners and injected UI belong. */
  root: SearchRoot;
  step: InviteStep;
  /** From the dialog's own labels (per-locale tables), else <html lang>; null when unsupported. */
  locale: Locale | null;
  /** The dialog's <strong> (step 1), else the remembered Connect control (rememberOpener), else
   *  the profile page's name; null when none of them names anyone. */
  recipient: PersonName | null;
  /** The profile slug (vanityName) of the recipient, when known (opener, or the page URL). */
  vanityName: string | null;
  noteField: HTMLTextAreaElement | null;
  /** The limit shown by the page: the counter "0/200" first (the hidden label can disagree, S17),
   *  then maxlength, then the visually-hidden "Please limit … to N characters"; null when none. */
  pageLimit: number | null;
  /** Current counter readout (as a number of characters) when the page shows one. */
  counterValue: number | null;
  addNoteButton: HTMLElement | null;
  /** Step 1's generic send: "Send without a note" (legacy "Send now"); also on the email step. */
  sendWithoutNoteButton: HTMLElement | null;
  /** The note step's "Send invitation". */
  sendButton: HTMLElement | null;
  /** The note step's Cancel ("Cancel adding a note"). */
  cancelButton: HTMLElement | null;
  dismissButton: HTMLElement | null;
  emailField: HTMLInputElement | null;
  /** Where injected UI should be placed: an element inside the dialog (e.g. its content area). */
  mountPoint: HTMLElement;
}

/** What a click or key on some element means for the invite flow. */
export type SendControlKind = 'send-without-note' | 'send-with-note';

export interface SendControl {
  kind: SendControlKind;
  control: HTMLElement;
  dialog: InviteDialog;
}

/** A Connect control outside any dialog. */
export interface ConnectControl {
  control: HTMLElement;
  /** 'opens-dialog': LinkedIn shows the invite dialog. 'one-click': it sends at once with no dialog. */
  behaviour: 'opens-dialog' | 'one-click';
  person: PersonName | null;
  vanityName: string | null;
  /** LinkedIn's own flow with a note for this person, when we can build it. */
  customInviteUrl: string | null;
}

export interface InvitationCard {
  card: HTMLElement;
  layout: 'sdui-2026' | 'classic' | 'preview';
  kind: 'person' | 'other';
  person: PersonName | null;
  profileUrl: string | null;
  /** The `/in/<vanity>/` name of the card's person link, decoded; null without a person link. */
  vanityName: string | null;
  hasNote: boolean;
  /** Message or Reply control on the card, when there is one. */
  messageControl: HTMLElement | null;
  /** LinkedIn's compose route for this invitation (the card's Message link, else ?invitation=<urn>)
   *  or, failing both, for the person (?recipient=<vanity>); null without any of them. */
  composeUrl: string | null;
  /** Where to insert an injected control (after the action row). */
  mountAfter: HTMLElement;
}

export interface Composer {
  form: HTMLElement;
  editor: HTMLElement;
  sendButton: HTMLElement | null;
  root: SearchRoot;
  recipient: PersonName | null;
  surface: 'overlay' | 'overlay-interop' | 'fullpage';
  /** The full-page composer of /messaging/compose/?recipient=<vanity>: the vanity it addresses.
   *  Null for every other composer (overlays, threads, ?invitation=…). */
  routeRecipient: string | null;
  /** Where injected UI (the Templates control) should be placed. */
  mountPoint: HTMLElement;
}

export type InsertResult =
  | { ok: true }
  /** The text is in the field but LinkedIn did not register it (counter or Send unchanged). */
  | { ok: false; reason: 'not-registered' | 'no-field' };
