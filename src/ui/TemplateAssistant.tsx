/**
 * The injected template flow, used in LinkedIn's invite dialog and in message composers:
 * filter and choose a template → answer its fill-ins → check the live preview and meter → Insert.
 * If LinkedIn does not register the inserted text, offer Copy instead. It never sends anything.
 *
 * Keys: in the filter, arrows/Home/End move, Enter chooses, Esc clears the filter and then closes;
 * in the form, Esc steps back to the list. Escape we handle does not reach LinkedIn (it would
 * close its dialog).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Template, TemplateKind } from '../core/schema';
import type { PersonName } from '../core/person';
import { parseTemplate, renderTemplate, type RenderContext } from '../core/syntax';
import { assessNote, noteLength, type NoteVerdict } from '../core/policy';
import { CharMeter } from './CharMeter';
import { FillInForm, isAnswered, type FillInField } from './FillInForm';
import { TemplateListbox, filterTemplates, nextActive } from './TemplateListbox';
import { copyText } from './clipboard';
import { t, type MessageKey } from './i18n';
import { verdictText } from './verdict';

export type InsertResult = { ok: true } | { ok: false; reason: string };
export type PolicyVerdict = NoteVerdict;

export interface TemplateAssistantProps {
  kind: TemplateKind;
  /** In the user's order; filtered to `kind` here. */
  templates: readonly Template[];
  defaultId?: string | null;
  person: PersonName | null;
  me: { firstName?: string };
  /** Character limit for the rendered text (note limit or message limit). */
  limit: number;
  /** One sentence explaining why a send was blocked; shown in a role=alert region. */
  notice?: string;
  /** `used` says which template and fill-in answers produced the text (the People log keeps them). */
  onInsert(text: string, used?: { template: Template; answers: Record<string, string> }): Promise<InsertResult>;
  /** Extra controls at the bottom, e.g. "Send without a note anyway". */
  extraActions?: ComponentChildren;
  autoFocus?: 'filter' | 'none';
  /** Esc on the list (with an empty filter) and the close button call this. */
  onClose?(): void;
  /** Defaults to assessNote(text, { limit, extraGenericPhrases: [] }). */
  policy?: (text: string) => PolicyVerdict;
  /** Start collapsed behind a small "Templates" button (message composers). */
  compact?: boolean;
  /** Accessible name of the whole region. */
  label?: string;
  /** Open straight on this template's fill-ins (e.g. after LinkedIn re-rendered its dialog). */
  initialTemplateId?: string | null;
  /** Told when the user chooses a template, before its fill-ins show. */
  onChoose?(template: Template): void;
  /** Offer these kinds, in this order, instead of `kind` alone (follow-ups first on a thread with
   *  someone in the People log). */
  kinds?: readonly TemplateKind[];
  /** {reason} and {invitedOn} for follow-up templates (People: core's followUpContext()). */
  context?: Pick<RenderContext, 'reason' | 'invitedOn'>;
}

type Phase = 'idle' | 'inserting' | 'inserted' | 'failed';

const VARIABLE_LABELS: Record<string, MessageKey> = {
  firstName: 'var_first_name',
  lastName: 'var_last_name',
  fullName: 'var_full_name',
  myFirstName: 'var_my_first_name',
  reason: 'var_reason_label',
  invitedOn: 'var_invited_on_label',
};

export function TemplateAssistant(props: TemplateAssistantProps) {
  const { kind, templates, notice, compact, onClose, extraActions } = props;
  const uid = useId().replace(/[^\w-]/g, '');
  const [expanded, setExpanded] = useState(!compact);
  const [query, setQuery] = useState('');
  const [chosenId, setChosenId] = useState<string | null>(() =>
    props.initialTemplateId && templates.some((t) => t.id === props.initialTemplateId && (props.kinds ?? [kind]).includes(t.kind)) ? props.initialTemplateId : null,
  );
  const kindList = props.kinds?.join(',') ?? kind;
  const ofKind = useMemo(
    () => (props.kinds ?? [kind]).flatMap((k) => templates.filter((t) => t.kind === k)),
    [templates, kindList],
  );
  const shown = useMemo(() => filterTemplates(ofKind, query), [ofKind, query]);
  const [activeId, setActiveId] = useState<string | null>(
    () => (props.defaultId && ofKind.some((t) => t.id === props.defaultId) ? props.defaultId : ofKind[0]?.id) ?? null,
  );
  const chosen = chosenId ? ofKind.find((t) => t.id === chosenId) ?? null : null;

  const filterRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const firstFieldRef = useRef<HTMLElement>(null);
  const insertRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'filter' | 'form' | 'toggle' | null>(chosenId ? 'form' : props.autoFocus === 'filter' ? 'filter' : null);

  // A layout effect, so the request is handled by the render it asked for: a passive effect left
  // over from an earlier render (fast typing) could consume it before the target exists.
  useLayoutEffect(() => {
    const target = focusNext.current;
    const el = target === 'filter' ? filterRef.current : target === 'toggle' ? toggleRef.current : target === 'form' ? firstFieldRef.current ?? insertRef.current : null;
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });

  // Keep the active option visible to the filter: if it was filtered out, move to the first match.
  const effectiveActive = shown.some((t) => t.id === activeId) ? activeId : shown[0]?.id ?? null;

  const choose = (t: Template) => {
    setChosenId(t.id);
    setActiveId(t.id);
    focusNext.current = 'form';
    props.onChoose?.(t);
  };
  const close = () => {
    if (compact) {
      setExpanded(false);
      focusNext.current = 'toggle';
    } else onClose?.();
  };
  const canClose = compact || !!onClose;

  const onFilterKey = (e: KeyboardEvent) => {
    if (e.isComposing) return;
    const to = nextActive(shown, effectiveActive, e.key);
    if (to !== undefined) {
      e.preventDefault();
      setActiveId(to);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const t = shown.find((x) => x.id === effectiveActive);
      if (t) choose(t);
    } else if (e.key === 'Escape') {
      if (query) setQuery('');
      else if (canClose) close();
      else return;
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const listId = `op-${uid}-list`;
  const activeIndex = shown.findIndex((t) => t.id === effectiveActive);
  const title = kind === 'invite' ? t('as_title_invite') : t('as_title_reply');

  const body = !expanded ? null : chosen ? (
    <TemplateForm
      key={chosen.id}
      {...props}
      template={chosen}
      uid={uid}
      firstFieldRef={firstFieldRef}
      insertRef={insertRef}
      onBack={() => {
        setChosenId(null);
        focusNext.current = 'filter';
      }}
    />
  ) : (
    <>
      <label class="op-sr" for={`op-${uid}-filter`}>
        {t('as_filter')}
      </label>
      <input
        ref={filterRef}
        id={`op-${uid}-filter`}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={shown.length ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? `${listId}-o${activeIndex}` : undefined}
        placeholder={t('as_filter')}
        autocomplete="off"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onFilterKey}
      />
      {shown.length ? (
        <TemplateListbox
          id={listId}
          label={kind === 'invite' ? t('as_list_invite') : t('as_title_reply')}
          templates={shown}
          activeId={effectiveActive}
          defaultId={props.defaultId}
          onChoose={choose}
          onActivate={setActiveId}
        />
      ) : (
        <p class="op-empty" role="status">
          {ofKind.length ? t('as_no_match') : t('as_none_yet')}
        </p>
      )}
    </>
  );

  return (
    <section class="op-ui op-as" aria-label={props.label ?? t('as_label')} data-kind={kind}>
      <div class="op-head">
        {compact ? (
          <button
            ref={toggleRef}
            type="button"
            class="op-link"
            aria-expanded={expanded}
            onClick={() => {
              setExpanded(!expanded);
              focusNext.current = expanded ? null : 'filter';
            }}
          >
            {expanded ? '▾' : '▸'} {t('as_toggle')}
          </button>
        ) : (
          <p class="op-title">{title}</p>
        )}
        {!compact && onClose && (
          <button type="button" class="op-link" aria-label={t('as_close')} onClick={onClose}>
            ✕
          </button>
        )}
      </div>
      <p class="op-alert" role="alert">
        {notice ?? ''}
      </p>
      {body}
      {extraActions && <div class="op-actions">{extraActions}</div>}
    </section>
  );
}

interface FormProps extends TemplateAssistantProps {
  template: Template;
  uid: string;
  firstFieldRef: { current: HTMLElement | null };
  insertRef: { current: HTMLButtonElement | null };
  onBack(): void;
}

function TemplateForm(props: FormProps) {
  const { template, uid, person, me, limit, onInsert } = props;
  const parsed = useMemo(() => parseTemplate(template.body), [template.body]);
  const fillIns = parsed.ok ? parsed.template.fillIns : [];
  // Defaults and single choices are prefilled; the user can still change them.
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(fillIns.map((f) => [f.key, f.defaultValue ?? ''])),
  );
  const [vars, setVars] = useState<Record<string, string>>({});
  const [phase, setPhase] = useState<Phase>('idle');
  const [failure, setFailure] = useState('');
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  const [tried, setTried] = useState(false);
  const copyRef = useRef<HTMLButtonElement>(null);

  // Which variables the page could not tell us, asked once from the original context so the
  // inputs do not disappear while the user types into them.
  const unresolved = useMemo(() => {
    if (!parsed.ok) return [];
    return renderTemplate(parsed.template, { ...props.context, person, me, answers: {} }).unresolvedVariables;
  }, [parsed, person, me, props.context]);

  const ctxPerson = useMemo(() => withVariables(person, vars), [person, vars]);
  const ctxMe = { firstName: me.firstName || vars.myFirstName };
  const result = parsed.ok ? renderTemplate(parsed.template, { ...props.context, person: ctxPerson, me: ctxMe, answers }) : null;
  const text = result?.text ?? '';
  const count = noteLength(text);
  const policy = props.policy ?? ((t: string) => assessNote(t, { limit, extraGenericPhrases: [] }));

  const fields: FillInField[] = [
    ...fillIns.map((f) => ({ key: f.key, label: f.prompt, choices: f.choices, required: f.defaultValue === undefined })),
    ...unresolved.map((v) => ({ key: `$${v}`, label: VARIABLE_LABELS[v] ? t(VARIABLE_LABELS[v]) : v, required: true })),
  ];
  const values: Record<string, string> = { ...answers };
  for (const v of unresolved) values[`$${v}`] = vars[v] ?? '';

  let why = '';
  if (!parsed.ok) why = t('as_why_mistake', parsed.errors[0]?.message ?? t('as_why_unreadable'));
  else if (result?.missing.length) {
    const key = result.missing[0];
    why = t('as_why_answer', fillIns.find((f) => f.key === key)?.prompt ?? key);
  } else if (result?.unresolvedVariables.length) {
    const v = result.unresolvedVariables[0]!;
    why = t('as_why_fill', VARIABLE_LABELS[v] ? t(VARIABLE_LABELS[v]) : v);
  } else if (count > limit) why = t('as_why_shorten', [count - limit, limit]);
  else {
    const verdict = policy(text);
    if (!verdict.ok) why = verdictText(verdict);
  }
  const canInsert = !why && phase !== 'inserting';

  const onField = (key: string, value: string) => {
    if (key.startsWith('$')) setVars((v) => ({ ...v, [key.slice(1)]: value }));
    else setAnswers((a) => ({ ...a, [key]: value }));
    if (phase !== 'inserting') setPhase('idle');
    setCopied('');
  };

  const insert = async () => {
    if (!canInsert) {
      setTried(true);
      return;
    }
    setPhase('inserting');
    let r: InsertResult;
    try {
      r = await onInsert(text, { template, answers });
    } catch (err) {
      r = { ok: false, reason: err instanceof Error ? err.message : String(err) };
    }
    if (r.ok) setPhase('inserted');
    else {
      setFailure(r.reason);
      setPhase('failed');
    }
  };
  useEffect(() => {
    if (phase === 'failed') copyRef.current?.focus();
  }, [phase]);

  const copy = async () => {
    setCopied((await copyText(text, copyRef.current)) ? 'yes' : 'no');
  };

  const hintId = `op-${uid}-why`;
  const meterId = `op-${uid}-meter`;
  return (
    <form
      class="op-fields"
      aria-label={t('as_template_label', template.name)}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void insert();
      }}
      onKeyDown={(e) => {
        if (e.isComposing) return;
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          props.onBack();
        } else if (e.key === 'Enter' && !canInsert && e.target instanceof HTMLInputElement) {
          // The Insert button is disabled, so Enter would do nothing: show what is missing instead.
          e.preventDefault();
          setTried(true);
          const i = fields.findIndex((f) => f.required !== false && !isAnswered(values[f.key]));
          if (i >= 0) e.currentTarget.querySelector<HTMLElement>(`#op-${uid}-f${i}`)?.focus();
        }
      }}
    >
      <div class="op-head">
        <p class="op-title">{template.name}</p>
        <button type="button" class="op-link" onClick={props.onBack}>
          {t('as_back')}
        </button>
      </div>
      <FillInForm
        fields={fields}
        values={values}
        onInput={onField}
        idPrefix={`op-${uid}`}
        showMissing={tried}
        firstFieldRef={props.firstFieldRef}
      />
      <div>
        <span class="op-field-label" id={`op-${uid}-pl`}>
          {t('as_preview')}
        </span>
        {/* Rendered as text: user input never becomes markup. */}
        <p class="op-preview" aria-labelledby={`op-${uid}-pl`} aria-describedby={meterId}>
          {text}
        </p>
      </div>
      <CharMeter count={count} limit={limit} id={meterId} />
      <div class="op-actions">
        <button
          ref={props.insertRef}
          type="submit"
          class="op-btn op-primary"
          disabled={!canInsert}
          aria-describedby={why ? hintId : undefined}
        >
          {phase === 'inserting' ? t('as_inserting') : t('as_insert')}
        </button>
        {phase === 'failed' && (
          <button ref={copyRef} type="button" class="op-btn" onClick={copy}>
            {t('as_copy')}
          </button>
        )}
      </div>
      <p class="op-hint" id={hintId}>
        {why}
      </p>
      <p class={phase === 'failed' ? 'op-alert' : 'op-status'} role="status">
        {phase === 'inserted'
          ? t('as_inserted')
          : phase === 'failed'
            ? failure ? t('as_failed_why', failure) : t('as_failed')
            : ''}
        {copied === 'yes' ? ` ${t('as_copied')}` : copied === 'no' ? ` ${t('as_copy_failed')}` : ''}
      </p>
    </form>
  );
}

/** The person with the names the user typed for what the page did not show. */
function withVariables(person: PersonName | null, vars: Record<string, string>): PersonName | null {
  const typed = (k: string) => vars[k]?.trim() ?? '';
  if (!typed('firstName') && !typed('lastName') && !typed('fullName')) return person;
  return {
    firstName: person?.firstName || typed('firstName'),
    lastName: person?.lastName || typed('lastName'),
    fullName: person?.fullName || typed('fullName'),
  };
}
