/**
 * The follow-up text for a logged person (issue 10, "the kept reason, delivered"): a follow-up
 * template (kind 'follow-up', people-core) with `{reason}` and `{invitedOn}` filled from the
 * person's record. The values are written into the template as escaped literal text before the
 * template is rendered, so a reason containing braces can never be read as template syntax.
 */
import type { Person } from '../core/people/model';
import { splitName } from '../core/person';
import type { Template } from '../core/schema';
import { renderBody } from '../core/syntax';

const escapeBraces = (s: string): string => s.replace(/\\/g, '\\\\').replace(/[{}]/g, (c) => `\\${c}`);

export function invitedOn(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The reason a person's record carries: the kept reason, else the fill-in answers, else the note. */
export function reasonOf(p: Person): string {
  return (p.invite?.reason || p.invite?.note || p.howWeMet.text || '').trim();
}

/** The template body with this person's `{reason}` / `{invitedOn}` written in as literal text. */
export function withPersonVariables(body: string, p: Person): string {
  return body
    .replace(/\{\s*reason\s*\}/gi, escapeBraces(reasonOf(p)))
    .replace(/\{\s*invitedOn\s*\}/gi, escapeBraces(p.invite ? invitedOn(p.invite.at) : ''));
}

/** Follow-up templates with this person's variables filled (for the composer's picker). */
export function followUpTemplatesFor(templates: readonly Template[], p: Person): Template[] {
  return templates.filter((t) => t.kind === 'follow-up').map((t) => ({ ...t, body: withPersonVariables(t.body, p) }));
}

/**
 * The text "Send the reason you kept" inserts: the first follow-up template that renders
 * completely for this person; else the reason itself (never a half-rendered template).
 */
export function reasonMessage(templates: readonly Template[], p: Person, me: { firstName?: string }): { text: string; template: Template | null } {
  const person = splitName(p.fullName);
  for (const t of followUpTemplatesFor(templates, p)) {
    if (!/\{\s*reason\s*\}/i.test(templates.find((x) => x.id === t.id)?.body ?? '')) continue;
    const r = renderBody(t.body, { person, me });
    if (!r.errors.length && !r.missing.length && !r.unresolvedVariables.length && r.text.trim()) return { text: r.text, template: t };
  }
  return { text: reasonOf(p), template: null };
}
