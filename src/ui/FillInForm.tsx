/**
 * Labelled inputs for a template's fill-ins (and for variables we could not resolve, such as the
 * recipient's first name when LinkedIn did not show it). Generic over fields so the popup's editor
 * preview can reuse it.
 */
import { t } from './i18n';
export interface FillInField {
  key: string;
  /** The visible label, e.g. the fill-in's prompt "How do you know them?". */
  label: string;
  choices?: readonly string[];
  /** False when a default answer stands in for a blank. */
  required?: boolean;
}

export interface FillInFormProps {
  fields: readonly FillInField[];
  values: Readonly<Record<string, string>>;
  onInput(key: string, value: string): void;
  /** Prefix for element ids; unique per form on the page. */
  idPrefix: string;
  /** Mark empty fields invalid (after the user tried to go on). */
  showMissing?: boolean;
  firstFieldRef?: { current: HTMLElement | null };
}

export const isAnswered = (v: string | undefined): boolean => !!v && v.trim() !== '';

export function FillInForm({ fields, values, onInput, idPrefix, showMissing, firstFieldRef }: FillInFormProps) {
  if (!fields.length) return null;
  return (
    <div class="op-fields">
      {fields.map((f, i) => {
        const id = `${idPrefix}-f${i}`;
        const value = values[f.key] ?? '';
        const required = f.required !== false;
        const invalid = !!showMissing && required && !isAnswered(value);
        const common = {
          id,
          'aria-required': required,
          'aria-invalid': invalid || undefined,
          ref:
            i === 0 && firstFieldRef
              ? (el: HTMLElement | null) => {
                  firstFieldRef.current = el;
                }
              : undefined,
        };
        return (
          <div class="op-field" key={f.key}>
            <label for={id}>{f.label}</label>
            {f.choices?.length ? (
              <select {...common} value={value} onChange={(e) => onInput(f.key, e.currentTarget.value)}>
                {!f.choices.includes(value) && <option value="">{t('fill_choose')}</option>}
                {f.choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type="text"
                autocomplete="off"
                value={value}
                onInput={(e) => onInput(f.key, e.currentTarget.value)}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
