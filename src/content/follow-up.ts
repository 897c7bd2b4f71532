/**
 * The follow-up text for a logged person (issue 10, "the kept reason, delivered"), in the page's
 * terms: core's follow-up render context ({reason}, {invitedOn} from the person's record, a date in
 * the user's zone and language) and core's choice of the kept-reason message. The values go in as
 * render context, never spliced into the template, so a reason containing braces stays text.
 */
import { formatLocalDate } from '../core/people/dates';
import { followUpContext, keptReasonMessage } from '../core/people/invite';
import type { Person } from '../core/people/model';
import type { Template } from '../core/schema';
import type { RenderContext } from '../core/syntax';

export { reasonOf } from '../core/people/ics';

const zone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const locale = (): string | undefined => (typeof navigator !== 'undefined' && navigator.language) || undefined;

/** A day for reading, e.g. "December 7, 2026", in the user's zone and language. */
export function invitedOn(at: number): string {
  return formatLocalDate(at, zone(), locale());
}

/** {reason} and {invitedOn} for this person, for a follow-up template in the composer's picker. */
export function followUpVariables(p: Person): Pick<RenderContext, 'reason' | 'invitedOn'> {
  const { reason, invitedOn: on } = followUpContext(p, { timeZone: zone(), locale: locale() });
  return { ...(reason ? { reason } : {}), ...(on ? { invitedOn: on } : {}) };
}

/** The text "Send the reason you kept" inserts (see keptReasonMessage). */
export function reasonMessage(templates: readonly Template[], p: Person, me: { firstName?: string }): { text: string; template: Template | null } {
  return keptReasonMessage(templates, p, { timeZone: zone(), locale: locale(), me });
}
