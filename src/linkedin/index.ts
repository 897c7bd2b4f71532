/**
 * The LinkedIn adapter: the only code that knows LinkedIn's DOM (DESIGN §1). Features ask these
 * functions and decide; they never write a selector. Every entry point fails open: it returns
 * null / [] / { ok: false } instead of throwing into the page.
 */
export { overlayRoots, observationTargets, isRelevantMutation, detectLocale, recipientFromPage, currentPageKind } from './page';
export type { PageKind } from './page';
export {
  findInviteDialogs,
  inviteDialogFor,
  classifySendControl,
  readNoteState,
  setNoteText,
  openNoteStep,
} from './invite';
export { classifyConnectControl, findConnectControls, rememberOpener, customInviteUrl } from './connect';
export { composeRouteFor, findInvitationCards } from './invitations';
export { mayHaveInvitations, mayHaveSurfaces, stillShown } from './surfaces';
export {
  peoplePageKind,
  readProfileTopCard,
  readSentList,
  readConnections,
  readAcceptedNotifications,
  findInviteToasts,
  mayHavePeopleSurface,
  profileUrnFrom,
  degreeOf,
  sameName,
} from './people';
export type { PeoplePage, ProfileTopCard, SentCard, SentList, ConnectionCard, AcceptedNotification, InviteToast } from './people';
export { findComposers, composerFor, composeRouteRecipient, insertIntoComposer, readComposerText } from './composer';
export { LABELS, LOCALES, labelLocales, matchTemplate } from './locales';
export type { LabelTable, LabelKey } from './locales';
export { SEL } from './selectors';
export { onDiagnostic, snapshot, redact, outlineHash, MAX_SNAPSHOT } from './diagnostics';
export type { Diagnostic } from './diagnostics';
export type * from './types';
