import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTemplate, renderBody, renderTemplate, sampleContext, type RenderContext } from '../../../src/core/syntax';
import { assessNote } from '../../../src/core/policy';

const maya: RenderContext = {
  person: { fullName: 'Maya Lindqvist', firstName: 'Maya', lastName: 'Lindqvist' },
  me: { firstName: 'Alex' },
};
const withAnswers = (answers: Record<string, string>): RenderContext => ({ ...maya, answers });

describe('parse + render table', () => {
  // [body, context, expected text, missing fill-ins, unresolved variables]
  const rows: Array<[string, RenderContext, string, string[]?, string[]?]> = [
    ['', maya, ''],
    ['Plain text.', maya, 'Plain text.'],
    ['Hi {firstName}!', maya, 'Hi Maya!'],
    ['Hi {lastName}', maya, 'Hi Lindqvist'],
    ['Hi {fullName}', maya, 'Hi Maya Lindqvist'],
    ['— {myFirstName}', maya, '— Alex'],
    ['Hi {FirstName} {FIRSTNAME} {firstname}', maya, 'Hi Maya Maya Maya'],
    ['Hi { firstName }', maya, 'Hi Maya'],
    ['{firstName}{lastName}', maya, 'MayaLindqvist'],
    ['Hi {firstName}', {}, 'Hi {firstName}', [], ['firstName']],
    ['Hi {firstName}', { person: null }, 'Hi {firstName}', [], ['firstName']],
    ['Hi {firstName}', { person: { fullName: 'Dr. Jane Doe, PhD' } }, 'Hi Jane'],
    ['Hi {lastName}', { person: { fullName: 'Jane Doe' } }, 'Hi Doe'],
    ['Hi {fullName}', { person: { firstName: 'Jane', lastName: 'Doe' } }, 'Hi Jane Doe'],
    ['Hi {lastName}', { person: { fullName: 'Cher' } }, 'Hi {lastName}', [], ['lastName']],
    ['Hi {firstName}', { person: { firstName: '   ' } }, 'Hi {firstName}', [], ['firstName']],
    ['— {myFirstName}', { ...maya, me: {} }, '— {myFirstName}', [], ['myFirstName']],
    ['— {myFirstName}', { ...maya, me: { firstName: ' ' } }, '— {myFirstName}', [], ['myFirstName']],
    ['We met at {{event: Where?}}.', withAnswers({ event: 'KubeCon' }), 'We met at KubeCon.'],
    ['We met at {{event: Where?}}.', withAnswers({ event: '  KubeCon \n' }), 'We met at KubeCon.'],
    ['We met at {{event: Where?}}.', maya, 'We met at [event].', ['event']],
    ['We met at {{event: Where?}}.', withAnswers({ event: '   ' }), 'We met at [event].', ['event']],
    ['We met at {{Event: Where?}}.', withAnswers({ event: 'X Conf' }), 'We met at X Conf.'],
    ['At {{event: Which event? = the meetup}}', maya, 'At the meetup'],
    ['At {{event: Which event? = the meetup}}', withAnswers({ event: 'KubeCon' }), 'At KubeCon'],
    ['About {{topic: What? | AI | hiring}}', maya, 'About [topic]', ['topic']],
    ['About {{topic: What? | AI | hiring}}', withAnswers({ topic: 'hiring' }), 'About hiring'],
    ['About {{topic: What? = AI | AI | hiring}}', maya, 'About AI'],
    ['{{How do you know them?}}', withAnswers({ 'how-do-you-know-them': 'school' }), 'school'],
    ['{{How do you know them?}}', maya, '[how-do-you-know-them]', ['how-do-you-know-them']],
    ['{{reason}} and {{reason}}', withAnswers({ reason: 'R' }), 'R and R'],
    ['{{reason: Why?}} / {{reason}}', maya, '[reason] / [reason]', ['reason']],
    ['{{a: A?}} {{b: B?}}', withAnswers({ a: '1' }), '1 [b]', ['b']],
    ['{{2024?}}', maya, '[answer-2024]', ['answer-2024']],
    ['Braces: \\{ and \\}', maya, 'Braces: { and }'],
    ['\\{firstName\\}', maya, '{firstName}'],
    ['C:\\Users\\maya', maya, 'C:\\Users\\maya'],
    ['a < b, C++, [1], <3', maya, 'a < b, C++, [1], <3'],
    ['Line one\nHi {firstName}', maya, 'Line one\nHi Maya'],
    ['{{reason: Why?}}', withAnswers({ reason: '{firstName}' }), '{firstName}'],
    ['Emoji 👋 {firstName} 🎉', maya, 'Emoji 👋 Maya 🎉'],
    ['{{q: Use \\} here?}}', withAnswers({ q: 'ok' }), 'ok'],
    ['{{note: Anything = none}}!', maya, 'none!'],
    ['{{ spaced : Question ? }}', withAnswers({ spaced: 'yes' }), 'yes'],
  ];
  it.each(rows)('%j', (body, ctx, text, missing = [], unresolved = []) => {
    const parsed = parseTemplate(body);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const r = renderTemplate(parsed.template, ctx);
    expect(r.text).toBe(text);
    expect(r.missing).toEqual(missing);
    expect(r.unresolvedVariables).toEqual(unresolved);
  });
});

describe('parse structure', () => {
  it('collects unique fill-ins in order, merging later details', () => {
    const p = parseTemplate('{{reason}} {{event: Which event? = the meetup}} {{reason: How do you know them?}} {{topic: T? | AI | hiring}} {{event}}');
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.template.fillIns).toEqual([
      { key: 'reason', prompt: 'How do you know them?' },
      { key: 'event', prompt: 'Which event?', defaultValue: 'the meetup' },
      { key: 'topic', prompt: 'T?', choices: ['AI', 'hiring'] },
    ]);
  });

  it('lists variables once, and segments carry source offsets', () => {
    const body = 'Hi {firstName}, {{r: Why?}} {firstName} {myFirstName}';
    const p = parseTemplate(body);
    if (!p.ok) throw new Error('parse failed');
    expect(p.template.variables).toEqual(['firstName', 'myFirstName']);
    for (const s of p.template.segments) {
      if (s.type !== 'text') expect(body.slice(s.start, s.end)).toMatch(/^\{.*\}$/);
    }
    expect(p.template.segments[0]).toEqual({ type: 'text', text: 'Hi ', start: 0, end: 3 });
    expect(p.template.segments[1]).toEqual({ type: 'variable', name: 'firstName', start: 3, end: 14 });
    expect(p.template.segments[3]).toEqual({ type: 'fillin', key: 'r', start: 16, end: 27 });
  });

  it('derives a short key from a long question', () => {
    const p = parseTemplate('{{What is the single most important thing you want them to know about you?}}');
    if (!p.ok) throw new Error('parse failed');
    expect(p.template.fillIns[0]!.key.length).toBeLessThanOrEqual(32);
    expect(p.template.fillIns[0]!.key).toMatch(/^what-is-the/);
  });
});

describe('syntax errors', () => {
  const rows: Array<[body: string, offset: number, length: number, line: number, column: number, message: RegExp]> = [
    ['Hi {fristName}', 3, 11, 1, 4, /Unknown variable \{fristName\} — did you mean \{firstName\}\?/],
    ['Hi {name}', 3, 6, 1, 4, /did you mean \{firstName\}/],
    ['Hi {surname}', 3, 9, 1, 4, /did you mean \{lastName\}/],
    ['Hi {company}', 3, 9, 1, 4, /Unknown variable \{company\}\. Use \{firstName\}/],
    ['Hi {first name}', 3, 12, 1, 4, /did you mean \{firstName\}.*double braces/],
    ['Hi {}', 3, 2, 1, 4, /Empty braces/],
    ['Hi {firstName', 3, 1, 1, 4, /never closed/],
    ['We met at {{event: Where?', 10, 2, 1, 11, /never closed.*\}\}/],
    ['Thanks }} ok', 7, 2, 1, 8, /does not close anything/],
    ['Price } ok', 6, 1, 1, 7, /does not close anything.*\\\}/],
    ['x {{}}', 2, 4, 1, 3, /empty/i],
    ['x {{   }}', 2, 7, 1, 3, /empty/i],
    ['{{reason:}}', 0, 11, 1, 1, /Write a question after “reason:”/],
    ['{{reason: Why? =}}', 0, 18, 1, 1, /Nothing follows “=”/],
    ['{{topic: What? | AI || hiring}}', 0, 31, 1, 1, /choices.*empty/],
    ['{{1st: Why?}}', 0, 13, 1, 1, /must start with a letter/],
    ['{{reason: {firstName}}}', 10, 1, 1, 11, /cannot contain braces/],
    ['{{a: one {{b: two}}', 9, 1, 1, 10, /forget to close/],
    ['line one\nline two {oops}', 18, 6, 2, 10, /Unknown variable \{oops\}/],
    ['a\nb\n  {{x', 6, 2, 3, 3, /never closed/],
  ];
  it.each(rows)('%j', (body, offset, length, line, column, message) => {
    const p = parseTemplate(body);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    const e = p.errors[0]!;
    expect({ offset: e.offset, length: e.length, line: e.line, column: e.column }).toEqual({ offset, length, line, column });
    expect(e.message).toMatch(message);
  });

  it('reports several errors, each once, and caps the list', () => {
    const p = parseTemplate('{a} {b} }');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.errors.map((e) => e.offset)).toEqual([0, 4, 8]);
    const many = parseTemplate('{x}'.repeat(100));
    if (!many.ok) expect(many.errors.length).toBeLessThanOrEqual(20);
  });

  it('renderBody returns the body and the errors on a syntax error, so the braces keep it unsendable', () => {
    const r = renderBody('Hi {fristName}', maya);
    expect(r.text).toBe('Hi {fristName}');
    expect(r.errors).toHaveLength(1);
    expect(assessNote(r.text, { limit: 200 }).ok).toBe(false);
    expect(renderBody('Hi {firstName}', maya)).toEqual({ text: 'Hi Maya', missing: [], unresolvedVariables: [], errors: [] });
  });
});

describe('object-prototype names are just names', () => {
  it('handles {constructor}, {{constructor: …}} and an answers object with inherited keys', () => {
    const bad = parseTemplate('Hi {constructor} {toString}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) for (const e of bad.errors) expect(e.message).not.toMatch(/function|native/);
    expect(parseTemplate('{{__proto__: P?}}').ok).toBe(false); // a name must start with a letter
    const p = parseTemplate('{{constructor: Q?}} {{toString}}');
    if (!p.ok) throw new Error('parse failed');
    expect(p.template.fillIns.map((f) => f.key)).toEqual(['constructor', 'tostring']);
    expect(renderTemplate(p.template, {}).missing).toEqual(['constructor', 'tostring']);
    const ctx = sampleContext(p.template);
    for (const v of Object.values(ctx.answers)) expect(typeof v).toBe('string');
    expect(renderTemplate(p.template, ctx).missing).toEqual([]);
  });
});

describe('sampleContext', () => {
  it('answers every fill-in of the template it is given', () => {
    const p = parseTemplate('{{event: Where?}} {{odd: Something unusual?}} {{c: Pick | one | two}} {{d: D? = dflt}}');
    if (!p.ok) throw new Error('parse failed');
    const ctx = sampleContext(p.template);
    const r = renderTemplate(p.template, ctx);
    expect(r.missing).toEqual([]);
    expect(r.text).toBe('the Berlin product meetup your answer one dflt');
    expect(sampleContext().person?.firstName).toBe('Maya');
  });
});

describe('properties', () => {
  it('parse and render never throw for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.dictionary(fc.string(), fc.string()), (body, answers) => {
        const p = parseTemplate(body);
        if (p.ok) renderTemplate(p.template, { answers, person: { fullName: body } });
        renderBody(body, {});
      }),
      { numRuns: 1000 },
    );
  });

  it('parse never throws for brace-heavy strings either', () => {
    const braceSoup = fc.array(fc.constantFrom('{', '}', '{{', '}}', '\\', ':', '|', '=', 'a', ' ', 'firstName', '\n'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(braceSoup, (body) => {
        const p = parseTemplate(body);
        if (!p.ok) for (const e of p.errors) expect(e.offset + e.length).toBeLessThanOrEqual(body.length);
        else renderTemplate(p.template, {});
      }),
      { numRuns: 2000 },
    );
  });

  // Text without braces, brackets, angle brackets or underscores, and not containing "xxx": such
  // characters in the user's own words are legitimately reported as leftover placeholders.
  const safeChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCXYZ.,!?\'-éüłß0123456789👋\n'.split(''));
  const safeText = fc.array(safeChar, { maxLength: 30 }).map((a) => a.join('')).filter((s) => !/xxx/i.test(s));
  const key = fc.constantFrom('reason', 'event', 'topic', 'how', 'b2');
  const piece = fc.oneof(
    safeText.map((t) => ({ src: t.replace(/\\/g, '') })),
    fc.constantFrom('firstName', 'lastName', 'fullName', 'myFirstName').map((v) => ({ src: `{${v}}` })),
    fc.tuple(key, fc.boolean(), fc.boolean()).map(([k, withDefault, withChoices]) => ({
      src: `{{${k}: Question about ${k}?${withDefault ? ' = a default' : ''}${withChoices ? ' | one | two' : ''}}}`,
    })),
    fc.constant({ src: '{{How do you know them?}}' }),
  );
  const nonEmptyAnswer = safeText.filter((s) => s.trim().length > 0);

  it('once every fill-in is answered and the person is known, no marker is left and the note is never "unfinished"', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(nonEmptyAnswer, { minLength: 5, maxLength: 5 }), (pieces, answerList) => {
        const body = pieces.map((p) => p.src).join(' ');
        const p = parseTemplate(body);
        expect(p.ok).toBe(true);
        if (!p.ok) return;
        const answers = Object.fromEntries(p.template.fillIns.map((f, i) => [f.key, answerList[i % answerList.length]!]));
        const r = renderTemplate(p.template, { ...maya, answers });
        expect(r.missing).toEqual([]);
        expect(r.unresolvedVariables).toEqual([]);
        expect(r.text).not.toMatch(/\{|\}|\[[\w-]+\]/);
        const verdict = assessNote(r.text, { limit: 100_000 });
        if (!verdict.ok) expect(verdict.problem).not.toBe('unfinished');
      }),
      { numRuns: 1000 },
    );
  });

  it('an unanswered fill-in or unknown person always leaves a marker the policy reports', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const body = `We met at KubeCon and talked about Rust. ${pieces.map((p) => p.src).join(' ')}`;
        const p = parseTemplate(body);
        if (!p.ok) return;
        const r = renderTemplate(p.template, {});
        fc.pre(r.missing.length > 0 || r.unresolvedVariables.length > 0);
        const verdict = assessNote(r.text, { limit: 100_000 });
        expect(verdict.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
