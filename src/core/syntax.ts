/**
 * The template language. It is meant to be guessable by someone who has never programmed:
 *
 *   {firstName} {lastName} {fullName}   the other person (case-insensitive: {FirstName} works too)
 *   {myFirstName}                       you (from Settings)
 *   {reason} {invitedOn}                follow-up templates only: why you connected, and the day you
 *                                       invited them (a readable local date), from the People log
 *   {{reason: How do you know them?}}   a blank you must fill in; "reason" names it, the rest is the question
 *   {{How do you know them?}}           the same without a name: the name is made from the question
 *   {{reason}}                          reuse: a name used again is asked only once
 *   {{event: Which event? = the meetup}}           a default answer, used when left blank
 *   {{topic: What did they write about? | AI | hiring}}   suggested answers (none is picked for you)
 *   {{topic: What? = AI | AI | hiring}}            both: the default goes before the first "|"
 *   \{  \}                              a literal brace (braces are otherwise reserved)
 *
 * Anything else made of braces is an error with a plain message and its position.
 */
import type { TemplateKind } from './constants';
import { splitName, type PersonName } from './person';

export const VARIABLES = ['firstName', 'lastName', 'fullName', 'myFirstName', 'reason', 'invitedOn'] as const;
export type VariableName = (typeof VARIABLES)[number];

/**
 * Variables only a follow-up knows: they come from the People log (the invitation), which an invite
 * or a reply to a blank invitation does not have yet.
 */
export const FOLLOW_UP_VARIABLES = ['reason', 'invitedOn'] as const satisfies readonly VariableName[];

/** The variables a template of this kind can use (the editor offers these). */
export function variablesFor(kind: TemplateKind): readonly VariableName[] {
  return kind === 'follow-up' ? VARIABLES : VARIABLES.filter((v) => !(FOLLOW_UP_VARIABLES as readonly string[]).includes(v));
}

export type Segment =
  | { type: 'text'; text: string; start: number; end: number }
  | { type: 'variable'; name: VariableName; start: number; end: number }
  | { type: 'fillin'; key: string; start: number; end: number };

export interface FillIn {
  /** Lowercase; the key of `RenderContext.answers`. */
  key: string;
  prompt: string;
  defaultValue?: string;
  choices?: string[];
}

export interface ParsedTemplate {
  segments: Segment[];
  /** Unique by key, in order of first use. */
  fillIns: FillIn[];
  /** Unique, in order of first use. */
  variables: VariableName[];
}

export interface TemplateSyntaxError {
  message: string;
  /** 0-based, in UTF-16 code units. */
  offset: number;
  length: number;
  /** 1-based. */
  line: number;
  column: number;
}

export type ParseResult = { ok: true; template: ParsedTemplate } | { ok: false; errors: TemplateSyntaxError[] };

export interface RenderContext {
  person?: Partial<PersonName> | null;
  me?: { firstName?: string };
  answers?: Record<string, string>;
  /** {reason}: why you connected (People: the invite's reason). */
  reason?: string;
  /** {invitedOn}: already formatted for reading, e.g. "December 7, 2026" (People: followUpContext()). */
  invitedOn?: string;
}

export interface RenderResult {
  text: string;
  /** Fill-in keys left blank (after trimming) that have no default. */
  missing: string[];
  /** Variables with no value, e.g. the recipient's name could not be read. */
  unresolvedVariables: VariableName[];
}

/** Keys are capped so the "[key]" marker of a missing answer stays a short, recognisable placeholder. */
const MAX_KEY_LENGTH = 32;
const MAX_ERRORS = 20;

/** Common guesses that are not close in spelling to the real name. */
const ALIASES: Record<string, VariableName> = {
  name: 'firstName',
  first: 'firstName',
  firstname: 'firstName',
  vorname: 'firstName',
  prenom: 'firstName',
  last: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  nachname: 'lastName',
  full: 'fullName',
  me: 'myFirstName',
  myname: 'myFirstName',
  my: 'myFirstName',
  why: 'reason',
  because: 'reason',
  reasons: 'reason',
  invited: 'invitedOn',
  inviteddate: 'invitedOn',
  invitedat: 'invitedOn',
  invitedate: 'invitedOn',
  invitationdate: 'invitedOn',
};

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function lookupVariable(name: string): VariableName | undefined {
  const lower = name.toLowerCase();
  return VARIABLES.find((v) => v.toLowerCase() === lower);
}

function suggestVariable(name: string): VariableName | undefined {
  const squashed = name.toLowerCase().replace(/[^a-z]/g, '');
  const exact = lookupVariable(squashed) ?? (Object.hasOwn(ALIASES, squashed) ? ALIASES[squashed] : undefined);
  if (exact) return exact;
  let best: VariableName | undefined;
  let bestDistance = 4;
  for (const v of VARIABLES) {
    const d = editDistance(squashed, v.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  return best;
}

/** A key made from a question: "How do you know them?" → "how-do-you-know-them". Always starts with a letter. */
function keyFromPrompt(prompt: string): string {
  let slug = prompt
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^\p{L}/u.test(slug)) slug = slug ? `answer-${slug}` : 'answer';
  return slug.slice(0, MAX_KEY_LENGTH).replace(/-+$/, '');
}

const unescape = (s: string) => s.replace(/\\([{}])/g, '$1');

interface FillInSpec extends FillIn {
  explicitPrompt: boolean;
}

/** Parses the inside of `{{…}}`; returns a spec or a plain-language problem. */
function parseFillIn(inner: string): FillInSpec | string {
  const [head = '', ...rawChoices] = unescape(inner).split('|');
  const named = /^\s*([\p{L}\p{N}_-]+)\s*:([\s\S]*)$/u.exec(head);
  const rest = named ? named[2]! : head;
  const eq = rest.indexOf('=');
  const prompt = (eq >= 0 ? rest.slice(0, eq) : rest).trim();
  const defaultValue = eq >= 0 ? rest.slice(eq + 1).trim() : undefined;
  const choices = rawChoices.map((c) => c.trim());
  if (!named && !prompt) {
    return 'This fill-in is empty: write a question inside, like {{reason: How do you know them?}}.';
  }
  if (named && !/^\p{L}/u.test(named[1]!)) {
    return `The name “${named[1]}” must start with a letter, like {{reason: How do you know them?}}.`;
  }
  if (named && named[1]!.length > MAX_KEY_LENGTH) {
    return `The name “${named[1]}” is too long: use a short word such as “reason”.`;
  }
  if (named && !prompt) {
    return `Write a question after “${named[1]}:”, like {{${named[1]}: How do you know them?}}.`;
  }
  if (defaultValue === '') return 'Nothing follows “=”: write a default answer after it, or remove the “=”.';
  if (choices.some((c) => !c)) return 'One of the choices between “|” is empty: remove the extra “|”.';
  const spec: FillInSpec = {
    key: named ? named[1]!.toLowerCase() : keyFromPrompt(prompt),
    prompt,
    explicitPrompt: Boolean(named),
  };
  if (defaultValue !== undefined) spec.defaultValue = defaultValue;
  if (choices.length) spec.choices = choices;
  return spec;
}

function position(body: string, offset: number, length: number, message: string): TemplateSyntaxError {
  const before = body.slice(0, offset);
  const line = before.split('\n').length;
  return { message, offset, length, line, column: offset - before.lastIndexOf('\n') };
}

export function parseTemplate(body: string): ParseResult {
  const segments: Segment[] = [];
  const errors: TemplateSyntaxError[] = [];
  const fillIns = new Map<string, FillInSpec>();
  const variables = new Set<VariableName>();
  const fail = (offset: number, length: number, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push(position(body, offset, length, message));
  };
  let text = '';
  let textStart = 0;
  const flushText = (end: number) => {
    if (text) segments.push({ type: 'text', text, start: textStart, end });
    text = '';
  };

  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '\\' && (body[i + 1] === '{' || body[i + 1] === '}')) {
      if (!text) textStart = i;
      text += body[i + 1];
      i += 2;
    } else if (ch === '{' && body[i + 1] === '{') {
      // Find the closing "}}"; a brace on the way means nesting or a forgotten "}}".
      let j = i + 2;
      let nested = -1;
      while (j < body.length && !(body[j] === '}' && body[j + 1] === '}')) {
        if (body[j] === '\\' && (body[j + 1] === '{' || body[j + 1] === '}')) j++;
        else if ((body[j] === '{' || body[j] === '}') && nested < 0) nested = j;
        j++;
      }
      if (j >= body.length) {
        fail(i, 2, 'This “{{” is never closed: end the fill-in with “}}”.');
        i = body.length;
        break;
      }
      if (nested >= 0) {
        fail(
          nested,
          1,
          'A fill-in cannot contain braces: did you forget to close the previous “{{” with “}}”? (Type \\{ for a brace.)',
        );
      } else {
        const spec = parseFillIn(body.slice(i + 2, j));
        if (typeof spec === 'string') fail(i, j + 2 - i, spec);
        else {
          flushText(i);
          segments.push({ type: 'fillin', key: spec.key, start: i, end: j + 2 });
          const seen = fillIns.get(spec.key);
          if (!seen) fillIns.set(spec.key, spec);
          else {
            // The first occurrence with a real question wins; later ones may only add what is missing.
            if (!seen.explicitPrompt && spec.explicitPrompt) Object.assign(seen, { prompt: spec.prompt, explicitPrompt: true });
            if (seen.defaultValue === undefined && spec.defaultValue !== undefined) seen.defaultValue = spec.defaultValue;
            if (!seen.choices && spec.choices) seen.choices = spec.choices;
          }
        }
      }
      i = j + 2;
    } else if (ch === '{') {
      const close = /^\{([^{}\n]{0,60})\}/.exec(body.slice(i, i + 63));
      if (!close) {
        fail(i, 1, 'This “{” is never closed. Variables look like {firstName}; to type a brace, write \\{.');
        i++;
        continue;
      }
      const name = close[1]!.trim();
      const known = lookupVariable(name);
      const end = i + close[0].length;
      if (known) {
        flushText(i);
        segments.push({ type: 'variable', name: known, start: i, end });
        variables.add(known);
      } else if (!name) {
        fail(i, end - i, 'Empty braces “{}”: write a variable such as {firstName}, or type \\{ for a brace.');
      } else {
        const guess = suggestVariable(name);
        const hint = guess ? ` — did you mean {${guess}}?` : `. Use ${VARIABLES.map((v) => `{${v}}`).join(', ')}`;
        const fillInHint = /\s/.test(name) ? ' For a question to answer, use double braces: {{…}}.' : '';
        fail(i, end - i, `Unknown variable {${name}}${hint}${guess ? '' : '.'}${fillInHint}`);
      }
      i = end;
    } else if (ch === '}') {
      const double = body[i + 1] === '}';
      fail(
        i,
        double ? 2 : 1,
        double
          ? 'This “}}” does not close anything: start a fill-in with “{{”.'
          : 'This “}” does not close anything. To type a brace, write \\}.',
      );
      i += double ? 2 : 1;
    } else {
      if (!text) textStart = i;
      text += ch;
      i++;
    }
  }
  flushText(body.length);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    template: {
      segments,
      fillIns: [...fillIns.values()].map(({ explicitPrompt: _e, ...f }) => f),
      variables: [...variables],
    },
  };
}

function variableValue(name: VariableName, ctx: RenderContext): string {
  const person = ctx.person ?? {};
  const full = person.fullName?.trim() ?? '';
  const parsed = full ? splitName(full) : undefined;
  switch (name) {
    case 'firstName':
      return person.firstName?.trim() || parsed?.firstName || '';
    case 'lastName':
      return person.lastName?.trim() || parsed?.lastName || '';
    case 'fullName':
      return full || [person.firstName?.trim(), person.lastName?.trim()].filter(Boolean).join(' ');
    case 'myFirstName':
      return ctx.me?.firstName?.trim() ?? '';
    case 'reason':
      return ctx.reason?.trim() ?? '';
    case 'invitedOn':
      return ctx.invitedOn?.trim() ?? '';
  }
}

/**
 * Renders a parsed template. Never throws. What cannot be filled stays visible as a marker
 * ("{firstName}", "[reason]") that the note policy reports as unfinished, so a half-rendered
 * note can never be sent by accident.
 */
export function renderTemplate(t: ParsedTemplate, ctx: RenderContext): RenderResult {
  const byKey = new Map(t.fillIns.map((f) => [f.key, f]));
  const missing = new Set<string>();
  const unresolved = new Set<VariableName>();
  let text = '';
  for (const seg of t.segments) {
    if (seg.type === 'text') text += seg.text;
    else if (seg.type === 'variable') {
      const value = variableValue(seg.name, ctx);
      if (!value) unresolved.add(seg.name);
      text += value || `{${seg.name}}`;
    } else {
      const raw = ctx.answers?.[seg.key];
      const answer = (typeof raw === 'string' ? raw.trim() : '') || byKey.get(seg.key)?.defaultValue || '';
      if (!answer) missing.add(seg.key);
      text += answer || `[${seg.key}]`;
    }
  }
  return { text, missing: [...missing], unresolvedVariables: [...unresolved] };
}

/**
 * Problems that depend on the template's kind, with positions like syntax errors: {reason} and
 * {invitedOn} have no value outside a follow-up, so they would stay as an unsendable "{reason}".
 */
export function kindProblems(t: ParsedTemplate, kind: TemplateKind, body: string): TemplateSyntaxError[] {
  if (kind === 'follow-up') return [];
  const out: TemplateSyntaxError[] = [];
  for (const seg of t.segments) {
    if (seg.type !== 'variable' || !(FOLLOW_UP_VARIABLES as readonly string[]).includes(seg.name)) continue;
    const what = kind === 'invite' ? 'an invitation' : 'a reply to an invitation';
    const message =
      seg.name === 'reason'
        ? `{reason} is only known in follow-up templates, after you invited them with a reason. In ${what}, ask for it with a fill-in: {{reason: Why do you want to connect?}}.`
        : `{invitedOn} is only known in follow-up templates, after you invited them; ${what} has no invitation date yet.`;
    out.push(position(body, seg.start, seg.end - seg.start, message));
  }
  return out;
}

/** Parse and render in one go. With syntax errors, the body is returned as is (its braces keep it unsendable). */
export function renderBody(body: string, ctx: RenderContext): RenderResult & { errors: TemplateSyntaxError[] } {
  const parsed = parseTemplate(body);
  if (!parsed.ok) return { text: body, missing: [], unresolvedVariables: [], errors: parsed.errors };
  return { ...renderTemplate(parsed.template, ctx), errors: [] };
}

/** Sample answers for the default templates' fill-ins, so previews read like a real note. */
const SAMPLE_ANSWERS: Record<string, string> = {
  event: 'the Berlin product meetup',
  topic: 'onboarding flows',
  takeaway: 'the point about trial length stuck with me',
  mutual: 'Sam Okafor',
  why: 'we both work on design systems',
  school: 'TU Delft',
  detail: 'your move into climate tech',
  company: 'Acme',
  project: 'the checkout redesign',
  community: 'the Rust Berlin meetup',
  contribution: 'talk on error handling',
  context: 'a product designer in Lisbon',
  question: 'hiring a first designer',
  guess: 'met at the Lisbon UX meetup',
  reason: 'we met at the Berlin product meetup',
};

const SAMPLE_FOLLOW_UP = { reason: 'we met at the Berlin product meetup and talked about onboarding', invitedOn: 'November 20, 2026' };

/** A sample person and answers for previews; pass the template to get an answer for each of its fill-ins. */
export function sampleContext(t?: ParsedTemplate): Required<RenderContext> {
  const answers: Record<string, string> = {};
  for (const f of t?.fillIns ?? []) {
    const sample = Object.hasOwn(SAMPLE_ANSWERS, f.key) ? SAMPLE_ANSWERS[f.key] : undefined;
    answers[f.key] = f.defaultValue ?? sample ?? f.choices?.[0] ?? 'your answer';
  }
  return {
    person: { fullName: 'Maya Lindqvist', firstName: 'Maya', lastName: 'Lindqvist' },
    me: { firstName: 'Alex' },
    answers,
    ...SAMPLE_FOLLOW_UP,
  };
}
