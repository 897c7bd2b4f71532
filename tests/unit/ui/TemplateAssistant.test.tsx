// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplateAssistant, type TemplateAssistantProps } from '../../../src/ui/TemplateAssistant';
import { byLabel, choose, click, flush, key, mount, tpl, type } from './helpers';

const templates = [
  tpl('a', 'Met at an event', 'Hi {firstName}, great to meet you at {{event: Which event?}}. {{why: Why connect?}}'),
  tpl('b', 'Read their post', 'Hi {firstName}, I read your post on {{topic: What was it about? | AI | hiring}} and liked it.'),
  tpl('c', 'Same school', 'Hi {firstName}, we both studied at {{school: Which school? = TU Delft}}. Would be good to connect.'),
  tpl('r', 'How did we meet', 'Thanks for the invite! How do we know each other?', { kind: 'reply' }),
];

const person = { fullName: 'Maya Lindqvist', firstName: 'Maya', lastName: 'Lindqvist' };

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  vi.restoreAllMocks();
});

function setup(over: Partial<TemplateAssistantProps> = {}) {
  const onInsert = vi.fn(async (_t: string) => ({ ok: true }) as const);
  const props: TemplateAssistantProps = {
    kind: 'invite',
    templates,
    person,
    me: { firstName: 'Alex' },
    limit: 200,
    onInsert,
    autoFocus: 'filter',
    ...over,
  };
  const m = mount(<TemplateAssistant {...props} />);
  cleanup = m.unmount;
  const root = m.container;
  const filter = () => root.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const options = () => [...root.querySelectorAll('[role=option]')];
  const active = () => {
    const id = filter().getAttribute('aria-activedescendant');
    return id ? root.querySelector(`#${id}`)?.textContent ?? null : null;
  };
  const insertBtn = () => [...root.querySelectorAll('button')].find((b) => /^Insert/.test(b.textContent ?? ''))!;
  return { root, filter, options, active, insertBtn, onInsert: (over.onInsert as typeof onInsert | undefined) ?? onInsert };
}

describe('TemplateAssistant: the list', () => {
  it('lists only templates of its kind, focuses the filter, and names options after templates', () => {
    const { filter, options } = setup();
    expect(document.activeElement).toBe(filter());
    expect(options().map((o) => o.textContent)).toEqual([
      expect.stringContaining('Met at an event'),
      expect.stringContaining('Read their post'),
      expect.stringContaining('Same school'),
    ]);
    expect(filter().getAttribute('aria-controls')).toBe(options()[0]!.parentElement!.id);
  });

  it('with `kinds`, offers those kinds in that order (follow-ups first on a thread with someone in People)', () => {
    const withFollowUp = [...templates, tpl('f', 'Why I reached out', 'Hi {firstName}, here is why I invited you.', { kind: 'follow-up' })];
    const { options, active } = setup({ kind: 'reply', kinds: ['follow-up', 'reply'], templates: withFollowUp });
    expect(options().map((o) => o.textContent)).toEqual([expect.stringContaining('Why I reached out'), expect.stringContaining('How did we meet')]);
    expect(active()).toContain('Why I reached out');
  });

  it('starts on the default template and marks it', () => {
    const { active, root } = setup({ defaultId: 'b' });
    expect(active()).toContain('Read their post');
    expect(root.querySelector('[aria-selected=true]')?.textContent).toContain('default');
  });

  it('moves with arrows, Home and End, and chooses with Enter', () => {
    const { filter, active, root } = setup();
    expect(active()).toContain('Met at an event');
    key(filter(), 'ArrowDown');
    expect(active()).toContain('Read their post');
    key(filter(), 'ArrowDown');
    key(filter(), 'ArrowDown'); // stays on the last
    expect(active()).toContain('Same school');
    key(filter(), 'Home');
    expect(active()).toContain('Met at an event');
    key(filter(), 'End');
    expect(active()).toContain('Same school');
    key(filter(), 'ArrowUp');
    key(filter(), 'Enter');
    expect(root.querySelector('form')?.getAttribute('aria-label')).toBe('Template: Read their post');
    expect(document.activeElement).toBe(byLabel(root, 'What was it about?'));
  });

  it('filters as you type and keeps the active option among the matches', () => {
    const { filter, options, active, root } = setup();
    type(filter(), 'school');
    expect(options()).toHaveLength(1);
    expect(active()).toContain('Same school');
    type(filter(), 'nothing like this');
    expect(options()).toHaveLength(0);
    expect(root.textContent).toContain('No template matches.');
  });

  it('Esc clears the filter first, then closes, and does not reach the page', () => {
    const onClose = vi.fn();
    const { filter, options } = setup({ onClose });
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    type(filter(), 'school');
    key(filter(), 'Escape');
    expect(filter().value).toBe('');
    expect(options()).toHaveLength(3);
    expect(onClose).not.toHaveBeenCalled();
    key(filter(), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(outside).not.toHaveBeenCalled();
    document.removeEventListener('keydown', outside);
  });

  it('lets Esc through to the page when there is nothing to close', () => {
    const { filter } = setup();
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    key(filter(), 'Escape');
    expect(outside).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', outside);
  });

  it('chooses by click', () => {
    const { options, root } = setup();
    click(options()[2]!);
    expect(root.querySelector('form')?.getAttribute('aria-label')).toBe('Template: Same school');
  });

  it('shows the block notice in an alert region', () => {
    const { root } = setup({ notice: 'LinkedIn’s stock text says nothing about why you want to connect.' });
    expect(root.querySelector('[role=alert]')?.textContent).toContain('stock text');
  });
});

describe('TemplateAssistant: fill-ins, preview, meter and Insert', () => {
  it('asks for each fill-in by its prompt and keeps Insert disabled until all are answered', async () => {
    const { filter, root, insertBtn, onInsert } = setup();
    key(filter(), 'Enter');
    const event = byLabel(root, 'Which event?');
    const why = byLabel(root, 'Why connect?');
    expect(insertBtn().disabled).toBe(true);
    expect(root.textContent).toContain('Answer “Which event?” first.');
    expect(insertBtn().getAttribute('aria-describedby')).toBeTruthy();
    type(event, 'the Berlin product meetup');
    expect(insertBtn().disabled).toBe(true);
    expect(root.textContent).toContain('Answer “Why connect?” first.');
    type(why, 'Your talk on onboarding flows changed how I run trials.');
    expect(insertBtn().disabled).toBe(false);
    const preview = root.querySelector('.op-preview')!;
    expect(preview.textContent).toBe(
      'Hi Maya, great to meet you at the Berlin product meetup. Your talk on onboarding flows changed how I run trials.',
    );
    click(insertBtn());
    await flush();
    // The template and its answers come along (the People log keeps them as the reason).
    expect(onInsert).toHaveBeenCalledWith(preview.textContent, expect.objectContaining({ answers: expect.objectContaining({ why: 'Your talk on onboarding flows changed how I run trials.' }) }));
    expect(root.textContent).toContain('Inserted.');
  });

  it('marks unanswered fields invalid when Enter is pressed too early', () => {
    const { filter, root } = setup();
    key(filter(), 'Enter');
    const event = byLabel(root, 'Which event?');
    key(event, 'Enter');
    expect(event.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(event);
  });

  it('prefills defaults and offers choices in a select', () => {
    const { filter, root, insertBtn } = setup();
    key(filter(), 'End');
    key(filter(), 'Enter');
    expect(byLabel(root, 'Which school?').value).toBe('TU Delft');
    expect(insertBtn().disabled).toBe(false);
    key(document.activeElement!, 'Escape');
    key(filter(), 'ArrowUp');
    key(filter(), 'Enter');
    const select = byLabel(root, 'What was it about?') as unknown as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect([...select.options].map((o) => o.value)).toEqual(['', 'AI', 'hiring']);
    choose(select, 'hiring');
    expect(root.querySelector('.op-preview')?.textContent).toContain('your post on hiring');
  });

  it('Esc in the form goes back to the list with the chosen template active', () => {
    const onClose = vi.fn();
    const { filter, root, active } = setup({ onClose });
    key(filter(), 'ArrowDown');
    key(filter(), 'Enter');
    key(byLabel(root, 'What was it about?'), 'Escape');
    expect(root.querySelector('form')).toBeNull();
    expect(document.activeElement).toBe(filter());
    expect(active()).toContain('Read their post');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('asks for the name when the page did not show it', () => {
    const { filter, root, insertBtn } = setup({ person: null });
    key(filter(), 'End');
    key(filter(), 'Enter');
    expect(root.querySelector('.op-preview')?.textContent).toContain('Hi {firstName}');
    expect(insertBtn().disabled).toBe(true);
    expect(root.textContent).toContain('Fill in “Their first name” first.');
    type(byLabel(root, 'Their first name'), 'Jo');
    expect(root.querySelector('.op-preview')?.textContent).toContain('Hi Jo,');
    expect(insertBtn().disabled).toBe(false);
  });

  it('meters the rendered text and blocks over the limit', () => {
    const { filter, root, insertBtn } = setup({ limit: 80 });
    key(filter(), 'Enter');
    type(byLabel(root, 'Which event?'), 'the meetup');
    type(byLabel(root, 'Why connect?'), 'We talked about trial lengths for a long time.');
    const text = root.querySelector('.op-preview')!.textContent!;
    const meter = root.querySelector('.op-meter')!;
    expect(meter.textContent).toContain(`${text.length} / 80`);
    expect(meter.getAttribute('data-state')).toBe('over');
    expect(meter.querySelector('[role=status]')?.textContent).toBe(`${text.length - 80} over the limit`);
    expect(insertBtn().disabled).toBe(true);
    expect(root.textContent).toContain(`Shorten it by ${text.length - 80} characters`);
  });

  it('refuses a note the policy calls generic', () => {
    const generic = tpl('g', 'Generic', "Hi {firstName}, I'd like to add you to my professional network on LinkedIn.");
    const { filter, root, insertBtn } = setup({ templates: [generic] });
    key(filter(), 'Enter');
    expect(insertBtn().disabled).toBe(true);
    expect(root.textContent).toContain('stock invitation text');
  });

  it('uses a custom policy when given', () => {
    const { filter, root, insertBtn } = setup({ policy: () => ({ ok: false, problem: 'generic', message: 'Nope.' }) });
    key(filter(), 'End');
    key(filter(), 'Enter');
    expect(insertBtn().disabled).toBe(true);
    // Said by its problem, in the UI's language (the policy's own English message is for logs).
    expect(root.textContent).toContain("This note doesn't say why you want to connect");
  });

  it('renders user text as text, never as markup', () => {
    const { filter, root } = setup();
    key(filter(), 'Enter');
    type(byLabel(root, 'Which event?'), '<img src=x onerror=alert(1)>');
    expect(root.querySelector('.op-preview img')).toBeNull();
    expect(root.querySelector('.op-preview')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('TemplateAssistant: when LinkedIn does not register the text', () => {
  async function failed(over: Partial<TemplateAssistantProps> = {}) {
    const onInsert = vi.fn(async () => ({ ok: false, reason: 'the counter did not change' }) as const);
    const s = setup({ onInsert, ...over });
    key(s.filter(), 'End');
    key(s.filter(), 'Enter');
    click(s.insertBtn());
    await flush();
    const copy = [...s.root.querySelectorAll('button')].find((b) => b.textContent === 'Copy')!;
    return { ...s, copy, text: s.root.querySelector('.op-preview')!.textContent! };
  }

  it('says so and offers Copy, focused', async () => {
    const { root, copy } = await failed();
    expect(root.textContent).toContain("LinkedIn didn't register the text");
    expect(copy).toBeTruthy();
    expect(document.activeElement).toBe(copy);
  });

  it('copies with the Clipboard API', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { root, copy, text } = await failed();
    click(copy);
    await flush();
    expect(writeText).toHaveBeenCalledWith(text);
    expect(root.textContent).toContain('Copied.');
  });

  it('falls back to execCommand when the Clipboard API refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
      configurable: true,
    });
    let copied = '';
    const exec = vi.fn((cmd: string) => {
      const ta = document.querySelector('textarea');
      copied = cmd === 'copy' && ta ? ta.value : '';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const { root, copy, text } = await failed();
    click(copy);
    await flush();
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copied).toBe(text);
    expect(document.querySelector('textarea')).toBeNull();
    expect(root.textContent).toContain('Copied.');
    expect(document.activeElement).toBe(copy);
  });

  it('treats a throwing onInsert as a failure', async () => {
    const { root } = await failed({
      onInsert: vi.fn(async () => {
        throw new Error('field gone');
      }),
    });
    expect(root.textContent).toContain("LinkedIn didn't register the text (field gone)");
  });
});

describe('TemplateAssistant: compact mode', () => {
  it('starts as a Templates button that expands and collapses with Esc', () => {
    const { root } = setup({ compact: true, kind: 'reply', autoFocus: 'none' });
    const toggle = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Templates'))!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role=listbox]')).toBeNull();
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const filter = root.querySelector<HTMLInputElement>('input[role=combobox]')!;
    expect(document.activeElement).toBe(filter);
    expect([...root.querySelectorAll('[role=option]')].map((o) => o.textContent)).toEqual([expect.stringContaining('How did we meet')]);
    key(filter, 'Escape');
    expect(root.querySelector('[role=listbox]')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('renders extra actions', () => {
    const { root } = setup({ extraActions: <button type="button">Send without a note anyway</button> });
    expect(root.textContent).toContain('Send without a note anyway');
  });
});
