/**
 * The template editor: name, kind, tags and body, with buttons that insert variables and
 * fill-ins at the caret, inline syntax errors (with their position, and a way to jump there),
 * a live preview with a sample person and editable sample answers, a meter against the kind's
 * limit, and the same generic-note policy as the invite guard.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  MAX_BODY_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TAGS,
  MAX_TAG_LENGTH,
  MESSAGE_LIMIT,
  type Settings,
  type Template,
  type TemplateKind,
} from '../core/schema';
import { kindProblems, parseTemplate, renderTemplate, sampleContext, variablesFor, type VariableName } from '../core/syntax';
import { assessNote, effectiveLimit, noteLength } from '../core/policy';
import { CharMeter } from '../ui/CharMeter';
import { FillInForm } from '../ui/FillInForm';
import { t as tr, type MessageKey } from '../ui/i18n';
import { verdictText } from '../ui/verdict';

export interface EditorProps {
  /** null for a new template. */
  template: Template | null;
  settings: Settings;
  /** Stores the template; rejects with a message the editor shows. */
  onSave(t: Template): Promise<void>;
  onCancel(): void;
  newId(): string;
  now?: () => number;
}

export interface Draft {
  name: string;
  kind: TemplateKind;
  tags: string;
  body: string;
}

export function parseTags(input: string): string[] {
  return [...new Set(input.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** Everything that keeps a draft from being saved, in plain words; empty when it can be saved. */
export function draftProblems(d: Draft): { name?: string; tags?: string; body?: string } {
  const p: { name?: string; tags?: string; body?: string } = {};
  if (!d.name.trim()) p.name = tr('ed_need_name');
  else if (d.name.trim().length > MAX_NAME_LENGTH) p.name = tr('ed_name_long', MAX_NAME_LENGTH);
  const tags = parseTags(d.tags);
  if (tags.length > MAX_TAGS) p.tags = tr('ed_tags_many', MAX_TAGS);
  else if (tags.some((t) => t.length > MAX_TAG_LENGTH)) p.tags = tr('ed_tag_long', MAX_TAG_LENGTH);
  if (!d.body.trim()) p.body = tr('ed_need_body');
  else if (d.body.length > MAX_BODY_LENGTH) p.body = tr('ed_body_long', [d.body.length, MAX_BODY_LENGTH]);
  return p;
}

export const VARIABLE_HELP: Record<VariableName, MessageKey> = {
  firstName: 'var_first_name',
  lastName: 'var_last_name',
  fullName: 'var_full_name',
  myFirstName: 'var_my_first_name',
  reason: 'var_reason',
  invitedOn: 'var_invited_on',
};

export function limitFor(kind: TemplateKind, settings: Settings): number {
  return kind === 'invite' ? effectiveLimit(null, settings.noteLimit) : MESSAGE_LIMIT;
}

export function Editor({ template, settings, onSave, onCancel, newId, now = Date.now }: EditorProps) {
  const [draft, setDraft] = useState<Draft>(() => ({
    name: template?.name ?? '',
    kind: template?.kind ?? 'invite',
    tags: template?.tags.join(', ') ?? '',
    body: template?.body ?? '',
  }));
  const [sample, setSample] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');
  const [touched, setTouched] = useState<{ name?: boolean }>({});
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  const parsed = useMemo(() => parseTemplate(draft.body), [draft.body]);
  const problems = draftProblems(draft);
  // {reason}/{invitedOn} outside a follow-up would stay as unsendable text: a mistake like a syntax error.
  const syntaxErrors = parsed.ok ? kindProblems(parsed.template, draft.kind, draft.body) : parsed.errors;
  const invalid = !!(problems.name || problems.tags || problems.body || syntaxErrors.length);
  const dirty =
    !template ||
    draft.name !== template.name ||
    draft.kind !== template.kind ||
    draft.body !== template.body ||
    parseTags(draft.tags).join('\n') !== template.tags.join('\n');

  const limit = limitFor(draft.kind, settings);
  let previewText = '';
  let warning = '';
  const sampleFields = parsed.ok ? parsed.template.fillIns : [];
  if (parsed.ok && draft.body.trim()) {
    const ctx = sampleContext(parsed.template);
    const answers = { ...ctx.answers, ...sample };
    const me = { firstName: settings.myFirstName.trim() || ctx.me.firstName };
    previewText = renderTemplate(parsed.template, { person: ctx.person, me, answers, ...(draft.kind === 'follow-up' ? { reason: ctx.reason, invitedOn: ctx.invitedOn } : {}) }).text;
    const verdict = assessNote(previewText, { limit, extraGenericPhrases: settings.extraGenericPhrases });
    if (!verdict.ok && verdict.problem === 'generic') {
      warning = tr('ed_warn_generic', verdictText(verdict));
    } else if (!verdict.ok && verdict.problem === 'unfinished') warning = verdictText(verdict);
    else if (!verdict.ok && verdict.problem === 'too-long') {
      warning = tr('ed_warn_long', [noteLength(previewText), limit]);
    }
  }

  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaveError('');
  };

  /** Replaces the selection in the body with `text`, then selects [selFrom, selTo) within it. */
  const insertAtCaret = (text: string, selFrom = text.length, selTo = selFrom) => {
    const ta = bodyRef.current;
    if (!ta) return;
    const start = ta.selectionStart ?? ta.value.length;
    const end = ta.selectionEnd ?? start;
    const body = ta.value.slice(0, start) + text + ta.value.slice(end);
    set({ body });
    // Put the caret back after preact has written the new value.
    requestAnimationFrame(() => {
      ta.focus();
      ta.setSelectionRange(start + selFrom, start + selTo);
    });
  };

  const insertFillIn = () => {
    const used = new Set(sampleFields.map((f) => f.key));
    let key = 'reason';
    for (let n = 2; used.has(key); n++) key = `reason${n}`;
    const prompt = tr('ed_fill_in_prompt');
    const text = `{{${key}: ${prompt}}}`;
    // Select the question, so typing replaces it with the user's own.
    insertAtCaret(text, key.length + 4, key.length + 4 + prompt.length);
  };

  const selectRange = (offset: number, length: number) => {
    const ta = bodyRef.current;
    if (!ta) return;
    ta.focus();
    ta.setSelectionRange(offset, offset + Math.max(1, length));
  };

  const save = async () => {
    if (invalid || saving) return;
    setSaving(true);
    const t = now();
    try {
      await onSave({
        id: template?.id ?? newId(),
        kind: draft.kind,
        name: draft.name.trim(),
        body: draft.body,
        tags: parseTags(draft.tags),
        createdAt: template?.createdAt ?? t,
        updatedAt: t,
      });
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  };

  const showNameError = !!problems.name && !!touched.name;
  const bodyDescribedBy = ['body-help', problems.body && draft.body ? 'body-err' : '', syntaxErrors.length ? 'syntax-err' : '', warning ? 'body-warn' : '']
    .filter(Boolean)
    .join(' ');
  const whyNotSave = problems.name ?? problems.body ?? (syntaxErrors.length ? tr('ed_fix_mistakes') : problems.tags);

  return (
    <form
      class="editor"
      aria-labelledby="editor-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        } else if (e.key === 'Escape' && !dirty) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id="editor-title" tabIndex={-1}>
        {template ? tr('ed_title_edit') : tr('ed_title_new')}
      </h2>
      <div class="field">
        <label for="t-name">{tr('ed_name')}</label>
        <input
          id="t-name"
          type="text"
          value={draft.name}
          maxLength={MAX_NAME_LENGTH}
          aria-invalid={showNameError || undefined}
          aria-describedby={showNameError ? 'name-err' : undefined}
          onInput={(e) => set({ name: e.currentTarget.value })}
          onBlur={() => setTouched((t) => ({ ...t, name: true }))}
        />
        {showNameError && (
          <p class="err" id="name-err">
            {problems.name}
          </p>
        )}
      </div>
      <fieldset class="field">
        <legend>{tr('ed_kind')}</legend>
        <div class="inline">
          <label>
            <input type="radio" name="kind" value="invite" checked={draft.kind === 'invite'} onChange={() => set({ kind: 'invite' })} />
            {tr('kind_invite')}
          </label>
          <label>
            <input type="radio" name="kind" value="reply" checked={draft.kind === 'reply'} onChange={() => set({ kind: 'reply' })} />
            {tr('ed_kind_reply')}
          </label>
          <label>
            <input type="radio" name="kind" value="follow-up" checked={draft.kind === 'follow-up'} onChange={() => set({ kind: 'follow-up' })} />
            {tr('ed_kind_follow_up')}
          </label>
        </div>
      </fieldset>
      <div class="field">
        <label for="t-tags">{tr('ed_tags')}</label>
        <input
          id="t-tags"
          type="text"
          value={draft.tags}
          placeholder={tr('ed_tags_placeholder')}
          aria-describedby={problems.tags ? 'tags-help tags-err' : 'tags-help'}
          aria-invalid={!!problems.tags || undefined}
          onInput={(e) => set({ tags: e.currentTarget.value })}
        />
        <p class="muted" id="tags-help">
          {tr('ed_tags_help')}
        </p>
        {problems.tags && (
          <p class="err" id="tags-err">
            {problems.tags}
          </p>
        )}
      </div>
      <div class="field">
        <label for="t-body">{tr('ed_text')}</label>
        <div class="inserts" role="group" aria-label={tr('ed_inserts')}>
          {variablesFor(draft.kind).map((v) => (
            <button type="button" class="chip" key={v} title={tr('ed_insert_var_title', tr(VARIABLE_HELP[v]))} aria-label={tr('ed_insert_var', [`{${v}}`, tr(VARIABLE_HELP[v])])} onClick={() => insertAtCaret(`{${v}}`)}>
              {`{${v}}`}
            </button>
          ))}
          <button type="button" class="chip" onClick={insertFillIn} aria-label={tr('ed_insert_fill_in')}>
            + {tr('ed_fill_in')}
          </button>
        </div>
        <textarea
          id="t-body"
          ref={bodyRef}
          value={draft.body}
          rows={6}
          spellcheck
          aria-invalid={syntaxErrors.length > 0 || (!!problems.body && !!draft.body) || undefined}
          aria-describedby={bodyDescribedBy}
          onInput={(e) => set({ body: e.currentTarget.value })}
        />
        <p class="muted" id="body-help">
          {tr('ed_body_help', ['{firstName}', `{{reason: ${tr('ed_fill_in_prompt')}}}`])}
        </p>
        {problems.body && draft.body && (
          <p class="err" id="body-err">
            {problems.body}
          </p>
        )}
        {syntaxErrors.length > 0 && (
          <div class="err" id="syntax-err">
            <ul>
              {syntaxErrors.map((err) => (
                <li key={`${err.offset}:${err.message}`}>
                  <button type="button" class="op-link" onClick={() => selectRange(err.offset, err.length)}>
                    {tr('ed_line_col', [err.line, err.column])}
                  </button>
                  {`: ${err.message}`}
                </li>
              ))}
            </ul>
          </div>
        )}
        {warning && (
          <p class="warn" id="body-warn">
            {warning}
          </p>
        )}
      </div>
      {previewText && (
        <section class="card" aria-labelledby="pv-title">
          <h3 id="pv-title">{tr('as_preview')}</h3>
          <p class="muted">{sampleFields.length ? tr('ed_sample_answers', sampleContext().person?.fullName ?? '') : tr('ed_sample', sampleContext().person?.fullName ?? '')}</p>
          <FillInForm
            fields={sampleFields.map((f) => ({ key: f.key, label: f.prompt, choices: f.choices, required: false }))}
            values={{ ...sampleContext(parsed.ok ? parsed.template : undefined).answers, ...sample }}
            onInput={(k, v) => setSample((s) => ({ ...s, [k]: v }))}
            idPrefix="sample"
          />
          <p class="op-preview" aria-label={tr('ed_preview_text')}>
            {previewText}
          </p>
          <CharMeter count={noteLength(previewText)} limit={limit} />
        </section>
      )}
      <div class="op-actions sticky">
        <button type="submit" class="op-btn op-primary" disabled={invalid || saving} aria-describedby={invalid ? 'save-why' : undefined}>
          {saving ? tr('saving') : tr('save')}
        </button>
        <button type="button" class="op-btn" onClick={onCancel}>
          {tr('cancel')}
        </button>
        <span class="muted" id="save-why">
          {invalid ? whyNotSave : ''}
        </span>
        {saveError && (
          <p class="err" role="alert">
            {saveError}
          </p>
        )}
      </div>
    </form>
  );
}
