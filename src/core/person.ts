/**
 * Turning a LinkedIn display name into the parts our variables need. Display names are free text:
 * people add emoji, honorifics, pronouns and credentials ("Dr. Jane Doe, PhD (she/her) 🌍"). We want
 * "Hi Jane," rather than "Hi Dr.," or "Hi 🌍,", so we strip decoration conservatively.
 */
export interface PersonName {
  fullName: string;
  firstName: string;
  lastName: string;
}

// Compared lowercased with dots removed, so "Dr.-Ing." is "dr-ing".
const HONORIFICS = new Set(
  'dr prof mr mrs ms mx miss sir dame herr frau mme mlle sr sra srta dott dottssa ing mgr inz mgr-inz dr-ing dipl-ing prof-dr drs ir mag lic arq eng'.split(' '),
);
// Trailing credentials without a comma ("Jane Doe PhD"). Stripped only when written as credentials are
// (all caps, with dots, or a known mixed-case form), so a surname written normally survives.
const CREDENTIALS = new Set(
  'phd mba pmp cpa cfa md msc bsc mphil llm jr ii iii iv esq dds rn pe cissp csm acca ceng frsa mcips'.split(' '),
);
const MIXED_CREDENTIALS = /^(PhD|Jr|MPhil|Esq|MSc|BSc|CEng|LLM)\.?$/;

const bare = (token: string) => token.toLowerCase().replace(/\./g, '');
const isAllCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

function titleCase(token: string): string {
  return token.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Names are read again on every click and scan (handles are never cached across page states), so
 * the parse is remembered per input string; a small bounded map, cleared when full.
 */
const memo = new Map<string, PersonName>();

export function splitName(full: string): PersonName {
  if (typeof full !== 'string') return parseName(full);
  const hit = memo.get(full);
  if (hit) return { ...hit };
  const parsed = parseName(full);
  if (memo.size > 200) memo.clear();
  memo.set(full, parsed);
  return { ...parsed };
}

function parseName(full: string): PersonName {
  const empty = { fullName: '', firstName: '', lastName: '' };
  // "LinkedIn Member" (and its translations) is LinkedIn's stand-in for a hidden name: not a name at all.
  if (typeof full !== 'string' || /linkedin/i.test(full)) return empty;
  let s = full
    .normalize('NFC')
    .replace(/\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?/g, ' ') // pronouns, credentials, notes in brackets
    .replace(/["“”„«»][^"“”„«»]*["“”„«»]/g, ' '); // quoted nicknames
  // A comma, bar, colon or a spaced dash starts a headline or credentials: "Jane Doe, PhD | Hiring".
  const parts = s.split(/[,|:·•–—]|\s-\s|\/\//);
  s = parts.find((p) => /\p{L}/u.test(p)) ?? '';
  let tokens = s
    .replace(/[^\p{L}\p{M}'’.\-\s]/gu, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^[-'’.]+|[-'’]+$/g, ''))
    .filter((t) => /\p{L}/u.test(t));
  while (tokens.length > 1 && HONORIFICS.has(bare(tokens[0]!))) tokens = tokens.slice(1);
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1]!;
    const written = isAllCaps(last) || last.includes('.') || MIXED_CREDENTIALS.test(last);
    if (!CREDENTIALS.has(bare(last)) || !written) break;
    tokens = tokens.slice(0, -1);
  }
  if (tokens.length === 0) return empty;
  const lastToken = tokens[tokens.length - 1]!;
  if (lastToken.length > 2) tokens[tokens.length - 1] = lastToken.replace(/\.+$/, '');
  // An all-caps name reads as shouting in a greeting; short tokens ("JJ") may be real initials.
  if (isAllCaps(tokens.join(''))) tokens = tokens.map((t) => (t.length >= 3 ? titleCase(t) : t));
  const [firstName = '', ...rest] = tokens;
  return { fullName: tokens.join(' '), firstName, lastName: rest.join(' ') };
}

export function firstNameFrom(full: string | null | undefined): string {
  return splitName(full ?? '').firstName;
}
