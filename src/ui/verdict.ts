/**
 * The note policy (src/core/policy.ts) speaks English in its `message` for logs and tests; what the
 * user reads is built here from the verdict's problem and detail, in the UI's language.
 */
import type { NoteVerdict } from '../core/policy';
import { t, type MessageKey } from './i18n';

type Failed = Extract<NoteVerdict, { ok: false }>;

/** The message key and substitutions for a failed verdict: what the guard hands to the UI bundle. */
export function verdictCode(verdict: Failed): { code: MessageKey; subs: string[] } {
  switch (verdict.problem) {
    case 'empty':
      return { code: 'note_empty', subs: [] };
    case 'generic':
      return { code: verdict.detail ? 'note_stock' : 'note_no_reason', subs: [] };
    case 'unfinished':
      return { code: 'note_unfinished', subs: [verdict.detail ?? ''] };
    case 'too-long': {
      const [length = '', limit = ''] = (verdict.detail ?? '').split('/');
      return { code: 'note_too_long', subs: [length, limit, String(Number(length) - Number(limit))] };
    }
    default:
      return { code: 'note_no_reason', subs: [] };
  }
}

export function verdictText(verdict: Failed): string {
  const { code, subs } = verdictCode(verdict);
  return t(code, subs);
}
