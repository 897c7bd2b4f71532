/**
 * The note policy, shared by the invite guard (may this note be sent?) and the popup (does this
 * template read as generic?). It ships in the content script, so it stays small and allocation-light.
 *
 * Order of checks: empty → generic → unfinished → too long. A stock text with a placeholder in it
 * ("Hi {firstName}, let's connect") is reported as generic, the more important problem.
 */
import { LOCALES } from './locale';
// Types only: schema.ts holds the zod schemas, which the policy must not drag into a bundle.
import type { NoteLimitSetting } from './schema';
import { CONTENTLESS_PHRASES, GREETINGS, SIGN_OFFS, STOCK_INVITE_PHRASES } from './phrases';

export { STOCK_INVITE_PHRASES, CONTENTLESS_PHRASES, GREETINGS, SIGN_OFFS } from './phrases';
export type { Locale } from './locale';

export type NoteProblem = 'empty' | 'generic' | 'unfinished' | 'too-long';
export type NoteVerdict =
  | { ok: true }
  | {
      ok: false;
      problem: NoteProblem;
      /** One plain sentence, shown in place, that says why the note was stopped. */
      message: string;
      /** The matched stock phrase, the leftover placeholder, or the counts. */
      detail?: string;
    };

export interface NoteOptions {
  limit: number;
  /** The user's own generic phrases (Settings), normalised like the built-in ones. */
  extraGenericPhrases?: readonly string[];
}

/**
 * Characters that render as nothing or as blank space but are not `\s`: zero-width (joiner) characters,
 * soft hyphen, word joiner, direction marks, and the "blank" letters used to fake a non-empty text.
 */
const INVISIBLE = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFEFF\uFFA0]/g;
const FOLD: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', ẞ: 'SS', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', ı: 'i' };

/**
 * LinkedIn counts `value.length` of the textarea, that is UTF-16 code units: an emoji outside the BMP
 * counts as 2, a flag as 4. We count the same way so our meter never disagrees with LinkedIn's.
 */
export function noteLength(text: string): number {
  return text.length;
}

/** The page-shown limit wins (it is what LinkedIn enforces); otherwise the setting; 'auto' means the free 200. */
export function effectiveLimit(pageLimit: number | null, setting: NoteLimitSetting): number {
  if (pageLimit !== null && Number.isInteger(pageLimit) && pageLimit > 0) return pageLimit;
  return setting === 'auto' ? 200 /* INVITE_LIMIT_FREE */ : Number(setting);
}

interface Token {
  w: string;
  /** Starts with a capital letter, as names do. */
  cap: boolean;
  /** Punctuation or a symbol came before it: a sentence or clause boundary. */
  brk: boolean;
}

/** Accents folded, invisible characters dropped, apostrophes inside words removed, hyphens inside words spaced. */
function fold(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁßẞøØæÆœŒđĐı]/g, (c) => FOLD[c] ?? c)
    .replace(/(?<=[\p{L}\p{N}])['’‘ʼ`´](?=\p{L})/gu, '')
    .replace(/(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu, ' ');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let brk = false;
  // Placeholder brackets do not end a clause: "Hi {firstName}," greets a name like "Hi Maya," does.
  for (const [s] of fold(text).matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}{}[\]<>]/gu)) {
    if (/[\p{L}\p{N}]/u.test(s)) {
      tokens.push({ w: s.toLowerCase(), cap: /^\p{Lu}/u.test(s), brk });
      brk = false;
    } else brk = true;
  }
  return tokens;
}

/** Case, accents, apostrophes, punctuation and spacing removed: "Hi, I’d like…" → "hi id like". */
export function normalizeForComparison(text: string): string {
  return tokenize(text)
    .map((t) => t.w)
    .join(' ');
}

interface Phrase {
  text: string;
  words: number;
  /** Allowed edit distance: 10% of the normalised length, so short phrases must match exactly. */
  tolerance: number;
  stock: boolean;
  counts: Uint8Array;
}

/**
 * Letter counts: half their difference is a lower bound of the edit distance, which rules out almost
 * every phrase (other languages, other wordings) before the costly comparison.
 */
function letterCounts(s: string): Uint8Array {
  const counts = new Uint8Array(28);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 97;
    counts[c >= 0 && c < 26 ? c : c === -65 ? 26 : 27]! += 1;
  }
  return counts;
}

function countsDiffer(a: Uint8Array, b: Uint8Array, max: number): boolean {
  let diff = 0;
  for (let k = 0; k < 28; k++) diff += Math.abs(a[k]! - b[k]!);
  return diff > 2 * max;
}

const toPhrase = (raw: string, stock: boolean): Phrase => {
  const text = normalizeForComparison(raw);
  const words = text ? text.split(' ').length : 0;
  return { text, words, tolerance: Math.floor(text.length / 10), stock, counts: letterCounts(text) };
};

let builtIn: { phrases: Phrase[]; openers: Array<{ words: string[]; signOff: boolean }> } | undefined;
function tables() {
  builtIn ??= {
    phrases: LOCALES.flatMap((l) => [
      ...STOCK_INVITE_PHRASES[l].map((p) => toPhrase(p, true)),
      ...CONTENTLESS_PHRASES[l].map((p) => toPhrase(p, false)),
    ]),
    // Greetings and sign-offs behave alike: a fixed opener, then maybe a name.
    openers: LOCALES.flatMap((l) => [
      ...GREETINGS[l].map((g) => ({ words: normalizeForComparison(g).split(' '), signOff: false })),
      ...SIGN_OFFS[l].map((g) => ({ words: normalizeForComparison(g).split(' '), signOff: true })),
    ]),
  };
  return builtIn;
}

// Settings hand us the same array on every keystroke: normalise the user's phrases once per array.
const userCache = new WeakMap<readonly string[], Phrase[]>();
function userPhrases(extra: readonly string[]): Phrase[] {
  let cached = userCache.get(extra);
  if (!cached) {
    // Not LinkedIn's text, so not reported as "stock": the message says the note gives no reason.
    cached = extra.map((p) => toPhrase(String(p), false)).filter((p) => p.words > 0);
    userCache.set(extra, cached);
  }
  return cached;
}

/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Uint16Array(b.length + 1).map((_, j) => j);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * Is the whole note covered by generic pieces: greetings with a name, stock or contentless phrases
 * (near variants allowed), sign-offs with a name, a lone name at the start or end? Any other word is
 * content, and content makes the note personal. Dynamic programming over word positions.
 * Returns the stock phrase used, '' for a contentless note, or null for a personal one.
 */
function genericMatch(text: string, extra: readonly string[]): string | null {
  const tokens = tokenize(text);
  const n = tokens.length;
  if (n === 0) return '';
  const { phrases, openers } = tables();
  const all = extra.length ? [...phrases, ...userPhrases(extra)] : phrases;
  // Capitals only mark names in a note written in mixed case.
  const cased = /\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
  const nameLike = (t: Token) => cased && t.cap && !/\d/.test(t.w);
  const breakAt = (j: number) => j >= n || tokens[j]!.brk;
  const innerBreak = (from: number, to: number) => tokens.slice(from + 1, to).some((t) => t.brk);
  const starts: number[] = [0];
  for (const t of tokens) starts.push(starts[starts.length - 1]! + t.w.length + 1);
  const joined = tokens.map((t) => t.w).join(' ');
  const slice = (i: number, j: number) => joined.slice(starts[i], starts[j]! - 1);
  const wordsAt = (i: number, words: string[]) => words.every((w, k) => tokens[i + k]?.w === w);

  // reach[j]: the first j words are generic; the value is the stock phrase met on the way ('' if none).
  const reach: (string | null)[] = new Array<string | null>(n + 1).fill(null);
  reach[0] = '';
  for (let i = 0; i < n; i++) {
    const here = reach[i];
    if (here === null) continue;
    const mark = (j: number, stock = '') => {
      if (reach[j] === null || (stock && !reach[j])) reach[j] = here || stock;
    };
    // A greeting or sign-off, optionally followed by up to three name words ("Hi Maya Lindqvist,", "Best, Tom").
    for (const { words, signOff } of openers) {
      if (!wordsAt(i, words)) continue;
      let from = i + words.length;
      mark(from);
      // "Dear Dr. Smith": the title's dot does not end the greeting.
      const titled = !signOff && from < n - 1 && TITLES.has(tokens[from]!.w);
      if (titled) from++;
      for (let j = from + 1; j <= Math.min(n, from + 3); j++) {
        const names = tokens.slice(from, j);
        const unbroken = !innerBreak(from, j);
        if (
          names.every(nameLike) ||
          (j - from <= 2 && (titled || !tokens[from]!.brk) && unbroken && breakAt(j)) ||
          // A signature closing an all-caps or all-lowercase note: "CHEERS,\nTOM BAKER".
          (signOff && !cased && j === n && tokens[from]!.brk && unbroken)
        ) {
          mark(j);
        }
      }
    }
    // A lone name: "Maya, I'd like…" or "… on LinkedIn. — Tom Smith".
    if (i === 0 || tokens[i]!.brk) {
      for (let j = i + 1; j <= Math.min(n, i + 3); j++) {
        if (!breakAt(j) || innerBreak(i, j)) continue;
        const single = j - i === 1;
        const names = tokens.slice(i, j).every(nameLike);
        if ((i === 0 || j === n) && (single || names)) mark(j);
      }
    }
    const windows: Array<[string, Uint8Array] | undefined> = [];
    for (const p of all) {
      for (let w = Math.max(1, p.words - 2); w <= p.words + 2 && i + w <= n; w++) {
        if (Math.abs(starts[i + w]! - 1 - starts[i]! - p.text.length) > p.tolerance) continue;
        const [s, counts] = (windows[w] ??= [slice(i, i + w), letterCounts(slice(i, i + w))]);
        if (countsDiffer(counts, p.counts, p.tolerance)) continue;
        if (distance(s, p.text, p.tolerance) <= p.tolerance) mark(i + w, p.stock ? p.text : '');
      }
    }
  }
  return reach[n] ?? null;
}

const TITLES = new Set('dr mr mrs ms mx prof herr frau mme mlle sr sra srta dott pan pani'.split(' '));

/** Leftover placeholders from a template or a copied script. */
const PLACEHOLDER =
  /\{\{|\}\}|\{[^{}\n]{0,40}\}|\[[^[\]\n]{1,40}\]|_{3,}|<\p{L}(?:[^<>\n]{0,38}[^\s<>])?>|(?<![\p{L}\p{N}])[xX]{3,}(?![\p{L}\p{N}])/gu;

function findPlaceholder(text: string): string | undefined {
  for (const [m] of text.matchAll(PLACEHOLDER)) {
    // "[1]" is a footnote and "[sic]" a quotation mark, not blanks; "{ }" holds no word.
    if (/^[[{][^[{]/.test(m) && (!/\p{L}/u.test(m) || /^\[\s*sic!?\s*\]$/i.test(m))) continue;
    return m;
  }
  return undefined;
}

export function assessNote(text: string, opts: NoteOptions): NoteVerdict {
  if (!text.replace(INVISIBLE, '').trim()) {
    return { ok: false, problem: 'empty', message: 'The note is empty — write the reason you want to connect.' };
  }
  const stock = genericMatch(text, opts.extraGenericPhrases ?? []);
  if (stock !== null) {
    return stock
      ? {
          ok: false,
          problem: 'generic',
          message: "This is LinkedIn's stock invitation text — add the real reason you want to connect.",
          detail: stock,
        }
      : {
          ok: false,
          problem: 'generic',
          message: "This note doesn't say why you want to connect — add the real reason.",
        };
  }
  const placeholder = findPlaceholder(text);
  if (placeholder) {
    return {
      ok: false,
      problem: 'unfinished',
      message: `The note still has a blank to fill in: replace “${placeholder}” with your own words.`,
      detail: placeholder,
    };
  }
  const length = noteLength(text);
  if (length > opts.limit) {
    return {
      ok: false,
      problem: 'too-long',
      message: `The note is ${length} characters and LinkedIn allows ${opts.limit} — shorten it by ${length - opts.limit}.`,
      detail: `${length}/${opts.limit}`,
    };
  }
  return { ok: true };
}
