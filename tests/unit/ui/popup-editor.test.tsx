// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, type Template } from '../../../src/core/schema';
import { Editor, draftProblems, parseTags } from '../../../src/popup/Editor';
import { click, flush, mount, tpl, type } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function setup(template: Template | null = null, settings = DEFAULT_SETTINGS) {
  const onSave = vi.fn(async (_t: Template) => undefined);
  const onCancel = vi.fn();
  const m = mount(<Editor template={template} settings={settings} onSave={onSave} onCancel={onCancel} newId={() => 'new-1'} now={() => 5000} />);
  cleanup = m.unmount;
  const root = m.container;
  const name = root.querySelector<HTMLInputElement>('#t-name')!;
  const body = root.querySelector<HTMLTextAreaElement>('#t-body')!;
  const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;
  return { root, name, body, save, onSave, onCancel };
}

describe('popup editor validation', () => {
  it('keeps Save disabled until there is a name and a text, and says why', () => {
    const { root, name, body, save } = setup();
    expect(save.disabled).toBe(true);
    expect(root.querySelector('#save-why')?.textContent).toBe('Give the template a name.');
    type(name, 'Met at the meetup');
    expect(root.querySelector('#save-why')?.textContent).toBe('Write the text of the template.');
    type(body, 'Hi {firstName}, good to meet you at {{event: Which event?}}.');
    expect(save.disabled).toBe(false);
    expect(save.hasAttribute('aria-describedby')).toBe(false);
  });

  it('shows syntax errors with their position next to the field, wired for screen readers', () => {
    const { root, name, body, save } = setup();
    type(name, 'Broken');
    type(body, 'Hi {frstName}, {{reason: Why?}');
    expect(save.disabled).toBe(true);
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(body.getAttribute('aria-describedby')).toContain('syntax-err');
    const errors = root.querySelector('#syntax-err')!;
    expect(errors.textContent).toContain('Line 1, column 4: Unknown variable {frstName} — did you mean {firstName}?');
    expect(errors.textContent).toContain('never closed');
    type(body, 'Hi {firstName}, {{reason: Why?}}');
    expect(body.hasAttribute('aria-invalid')).toBe(false);
    expect(root.querySelector('#syntax-err')).toBeNull();
    expect(save.disabled).toBe(false);
  });

  it('jumps to an error by selecting it in the text', () => {
    const { root, name, body } = setup();
    type(name, 'Broken');
    type(body, 'Hello there {oops}');
    click(root.querySelector('#syntax-err button')!);
    expect(document.activeElement).toBe(body);
    expect([body.selectionStart, body.selectionEnd]).toEqual([12, 18]);
  });

  it('marks an empty name invalid once the field was left', () => {
    const { name, root } = setup();
    act(() => {
      name.dispatchEvent(new FocusEvent('blur'));
      name.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${name.getAttribute('aria-describedby')}`)?.textContent).toBe('Give the template a name.');
  });

  it('previews with a sample person and answers, and meters against the invite limit', () => {
    const { root, name, body } = setup();
    type(name, 'Event');
    type(body, 'Hi {firstName}, good to meet you at {{event: Which event?}}.');
    const preview = root.querySelector('.op-preview')!;
    expect(preview.textContent).toBe('Hi Maya, good to meet you at the Berlin product meetup.');
    expect(root.querySelector('.op-meter')?.textContent).toContain(`${preview.textContent!.length} / 200`);
    // The sample answers are editable, through the shared fill-in form.
    const sample = [...root.querySelectorAll('label')].find((l) => l.textContent === 'Which event?')!;
    type(root.querySelector<HTMLInputElement>(`#${sample.htmlFor}`)!, 'RustConf');
    expect(preview.textContent).toBe('Hi Maya, good to meet you at RustConf.');
  });

  it('meters replies against the message limit and invites against the note-limit setting', () => {
    const { root, name, body } = setup(null, { ...DEFAULT_SETTINGS, noteLimit: '300' });
    type(name, 'x');
    type(body, 'Thanks for the invite, {firstName}! How do we know each other?');
    expect(root.querySelector('.op-meter')?.textContent).toContain('/ 300');
    click(root.querySelector<HTMLInputElement>('input[value=reply]')!);
    expect(root.querySelector('.op-meter')?.textContent).toContain('/ 8000');
  });

  it('warns when the text reads as generic, with the same policy as the guard', () => {
    const { root, name, body, save } = setup();
    type(name, 'Stock');
    type(body, "Hi {firstName}, I'd like to add you to my professional network on LinkedIn.");
    expect(root.querySelector('#body-warn')?.textContent).toContain('reads as generic');
    expect(body.getAttribute('aria-describedby')).toContain('body-warn');
    // A warning, not an error: the user may keep it.
    expect(save.disabled).toBe(false);
  });

  it('counts the user’s own generic phrases', () => {
    const settings = { ...DEFAULT_SETTINGS, extraGenericPhrases: ['hope you are doing well'] };
    const { root, name, body } = setup(null, settings);
    type(name, 'Mine');
    type(body, 'Hi {firstName}, hope you are doing well!');
    expect(root.querySelector('#body-warn')?.textContent).toContain('generic');
  });

  it('inserts variables and fill-ins at the caret', async () => {
    const { root, body } = setup();
    type(body, 'Hi , nice.');
    body.setSelectionRange(3, 3);
    click(root.querySelector('[aria-label^="Insert {firstName}"]')!);
    expect(body.value).toBe('Hi {firstName}, nice.');
    await flush();
    body.setSelectionRange(body.value.length, body.value.length);
    click([...root.querySelectorAll('button')].find((b) => b.textContent === '+ Fill-in')!);
    expect(body.value).toBe('Hi {firstName}, nice.{{reason: How do you know them?}}');
    click([...root.querySelectorAll('button')].find((b) => b.textContent === '+ Fill-in')!);
    expect(body.value).toContain('{{reason2: How do you know them?}}');
  });

  it('offers the follow-up kind, previews {reason}/{invitedOn}, and refuses them in other kinds (kindProblems)', async () => {
    const { root, name, body, save, onSave } = setup();
    type(name, 'Thanks');
    type(body, 'Thanks for connecting, {firstName}! I reached out because {reason}.');
    // An invite note cannot know {reason}: a positioned mistake, and Save stays off.
    expect(save.disabled).toBe(true);
    expect(root.querySelector('#syntax-err')?.textContent).toMatch(/Line 1, column \d+: \{reason\} is only known in follow-up templates/);
    click(root.querySelector<HTMLInputElement>('input[value=reply]')!);
    expect(save.disabled).toBe(true);
    click(root.querySelector<HTMLInputElement>('input[value=follow-up]')!);
    expect(root.querySelector('#syntax-err')).toBeNull();
    expect(save.disabled).toBe(false);
    expect(root.querySelector('.op-meter')?.textContent).toContain('/ 8000');
    expect(root.textContent).not.toContain('{reason}.');
    click(save);
    await flush();
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ kind: 'follow-up' }));
  });

  it('saves a new template with trimmed name and parsed tags', async () => {
    const { name, body, save, root, onSave } = setup();
    type(name, '  Alumni  ');
    type(root.querySelector<HTMLInputElement>('#t-tags')!, 'school, alumni, school, ');
    type(body, 'Hi {firstName}, we both studied at {{school: Which school?}}.');
    click(save);
    await flush();
    expect(onSave).toHaveBeenCalledWith({
      id: 'new-1',
      kind: 'invite',
      name: 'Alumni',
      body: 'Hi {firstName}, we both studied at {{school: Which school?}}.',
      tags: ['school', 'alumni'],
      createdAt: 5000,
      updatedAt: 5000,
    });
  });

  it('keeps the id and creation time when editing, and shows a save failure', async () => {
    const existing = tpl('abc', 'Old', 'Hi {firstName}, we met at {{event: Where?}}.', { createdAt: 42, updatedAt: 43 });
    const { name, save, root, onSave } = setup(existing);
    onSave.mockRejectedValueOnce(new Error('Storage is full.'));
    type(name, 'New name');
    click(save);
    await flush();
    expect(onSave.mock.calls[0]![0]).toMatchObject({ id: 'abc', createdAt: 42, name: 'New name' });
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Storage is full.');
  });

  it('Esc cancels an unchanged edit', () => {
    const existing = tpl('abc', 'Old', 'Hi {firstName}, we met at {{event: Where?}}.');
    const { name, onCancel } = setup(existing);
    act(() => {
      name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onCancel).toHaveBeenCalled();
  });
});

describe('editor helpers', () => {
  it('parses tags and reports draft problems', () => {
    expect(parseTags(' a, b ,a,, c')).toEqual(['a', 'b', 'c']);
    expect(draftProblems({ name: 'x', kind: 'invite', tags: Array.from({ length: 13 }, (_, i) => `t${i}`).join(','), body: 'b' }).tags).toContain('at most 12');
    expect(draftProblems({ name: 'x'.repeat(81), kind: 'invite', tags: '', body: 'b' }).name).toContain('under 80');
    expect(draftProblems({ name: 'ok', kind: 'reply', tags: '', body: 'x'.repeat(4001) }).body).toContain('4001');
  });
});
