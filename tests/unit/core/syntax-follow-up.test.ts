import { describe, expect, it } from 'vitest';

import { FOLLOW_UP_VARIABLES, kindProblems, parseTemplate, renderBody, sampleContext, variablesFor } from '../../../src/core/syntax';

const parsed = (body: string) => {
  const p = parseTemplate(body);
  if (!p.ok) throw new Error(p.errors[0]!.message);
  return p.template;
};

describe('follow-up variables', () => {
  it('{reason} and {invitedOn} parse, case-insensitively, and render from the context', () => {
    const r = renderBody('Hi {firstName}, {Reason} — since {INVITEDON}.', { person: { fullName: 'Jane Doe' }, reason: ' we met at the meetup ', invitedOn: 'December 7, 2026' });
    expect(r.text).toBe('Hi Jane, we met at the meetup — since December 7, 2026.');
    expect(r.unresolvedVariables).toEqual([]);
  });

  it('suggests them for near misses', () => {
    const r = parseTemplate('{why} {invited} {reasn}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.message)).toEqual([
      'Unknown variable {why} — did you mean {reason}?',
      'Unknown variable {invited} — did you mean {invitedOn}?',
      'Unknown variable {reasn} — did you mean {reason}?',
    ]);
  });

  it('are offered only for follow-ups', () => {
    expect(variablesFor('follow-up')).toEqual(expect.arrayContaining([...FOLLOW_UP_VARIABLES, 'firstName']));
    expect(variablesFor('invite')).toEqual(['firstName', 'lastName', 'fullName', 'myFirstName']);
    expect(variablesFor('reply')).toEqual(['firstName', 'lastName', 'fullName', 'myFirstName']);
  });

  it('in an invite or a reply, are problems with their position and a way out', () => {
    const body = 'Hi {firstName},\nI want to connect because {reason} (we spoke {invitedOn}).';
    const t = parsed(body);
    expect(kindProblems(t, 'follow-up', body)).toEqual([]);
    const problems = kindProblems(t, 'invite', body);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ line: 2, column: 27, offset: body.indexOf('{reason}'), length: 8 });
    expect(problems[0]!.message).toBe('{reason} is only known in follow-up templates, after you invited them with a reason. In an invitation, ask for it with a fill-in: {{reason: Why do you want to connect?}}.');
    expect(kindProblems(t, 'reply', body)[1]!.message).toBe('{invitedOn} is only known in follow-up templates, after you invited them; a reply to an invitation has no invitation date yet.');
  });

  it('the preview sample carries a reason and a date', () => {
    const t = parsed('{reason} / {invitedOn}');
    expect(renderBody('{reason} / {invitedOn}', sampleContext(t)).unresolvedVariables).toEqual([]);
  });
});
