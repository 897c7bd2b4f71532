/**
 * "Send the reason you kept" from the People view (issue 10 part 4), the popup's half of the same
 * flow the profile card offers: the text is chosen by core (the default kept-reason follow-up, or
 * the reason itself), handed over through storage (../../storage/handoff.ts, with its `purpose`, so
 * the page logs the delivery when the user presses LinkedIn's Send), and LinkedIn's own compose
 * route opens in a new tab, where the composer feature inserts it. We never send.
 */
import { keptReasonMessage } from '../../core/people/invite';
import type { Person } from '../../core/people/model';
import { browser } from '../../storage/browser';
import { putPending } from '../../storage/handoff';
import { readLibrary } from '../../storage/read';
import { t } from '../../ui/i18n';

/**
 * LinkedIn's compose route for this person (relationships.md, S16/S17): by vanity name when known,
 * since the hand-over then matches that exact profile (a name can be shared), else by profile URN.
 */
export function composeUrl(p: Pick<Person, 'vanityName' | 'profileUrn'>): string | null {
  if (p.vanityName) return `https://www.linkedin.com/messaging/compose/?recipient=${encodeURIComponent(p.vanityName)}`;
  if (p.profileUrn) return `https://www.linkedin.com/messaging/compose/?profileUrn=${encodeURIComponent(p.profileUrn)}`;
  return null;
}

/** The text that would go out, for the preview (null until the library is read). */
export async function keptReasonText(p: Person, timeZone: string): Promise<string> {
  const lib = await readLibrary();
  const locale = typeof navigator !== 'undefined' ? navigator.language : undefined;
  return keptReasonMessage(lib.templates, p, { timeZone, locale, me: { firstName: lib.settings.myFirstName } }).text;
}

/** Hands the text over and opens the composer; throws a sentence for the user when it cannot. */
export async function sendKeptReason(p: Person, timeZone: string): Promise<void> {
  const url = composeUrl(p);
  if (!url) throw new Error(t('people_err_no_profile'));
  const text = await keptReasonText(p, timeZone);
  await putPending({
    text,
    personName: p.fullName || null,
    invitationUrn: null,
    recipientVanity: p.vanityName,
    createdAt: Date.now(),
    purpose: { kind: 'reason', personId: p.id, vanityName: p.vanityName, fullName: p.fullName },
  });
  await browser.tabs.create({ url });
}
