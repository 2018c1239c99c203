// Labelled fields: every control has a real <label>, its hint and its error tied to it with
// aria-describedby, and the error is shown in words (not colour alone) right beside it.
import type { ComponentChildren } from 'preact';
import type { Answer, FieldError } from '@/lib/forms';
import type { OptionsMessages } from '@/lib/i18n/options-en';

interface Common {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError | undefined;
  t: OptionsMessages;
  /** Shown under the control and read with it (e.g. the CLB level of a score). */
  extra?: ComponentChildren;
}

function describedBy({ id, hint, error, extra }: Common): string | undefined {
  const ids = [
    hint ? `${id}--hint` : null,
    extra !== undefined && extra !== null ? `${id}--extra` : null,
    error ? `${id}--error` : null,
  ].filter((x) => x !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
}

function Frame(props: Common & { children: ComponentChildren }) {
  const { id, label, hint, error, t, extra } = props;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}--hint`}>
          {hint}
        </p>
      ) : null}
      {props.children}
      {extra !== undefined && extra !== null ? (
        <p class="extra" id={`${id}--extra`}>
          {extra}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}--error`}>
          <strong>{t.errorPrefix}</strong> {t.error(error)}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onValue: (value: string) => void;
    type?: 'text' | 'date';
    inputMode?: 'text' | 'decimal' | 'numeric';
    autoComplete?: string;
    size?: number;
    disabled?: boolean;
  },
) {
  const attrs = {
    id: props.id,
    value: props.value,
    autoComplete: props.autoComplete ?? 'off',
    disabled: props.disabled,
    'aria-describedby': describedBy(props),
    'aria-invalid': props.error ? ('true' as const) : undefined,
    onInput: (e: { currentTarget: HTMLInputElement }) => props.onValue(e.currentTarget.value),
  };
  return (
    <Frame {...props}>
      {props.type === 'date' ? (
        <input type="date" {...attrs} />
      ) : (
        <input type="text" inputMode={props.inputMode} size={props.size} {...attrs} />
      )}
    </Frame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField(
  props: Common & { value: string; choices: readonly Choice[]; onValue: (value: string) => void },
) {
  return (
    <Frame {...props}>
      <select
        id={props.id}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
        onChange={(e) => props.onValue(e.currentTarget.value)}
      >
        {props.choices.map((c) => (
          <option key={c.value} value={c.value} selected={c.value === props.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

const ANSWERS = ['yes', 'no'] as const;

/** A yes/no fact that may be left unanswered (then it is not saved at all). */
export function AnswerField(props: Common & { value: Answer; onValue: (value: Answer) => void }) {
  const { t } = props;
  const choices = [
    { value: '', label: t.notAnswered },
    { value: 'yes', label: t.yes },
    { value: 'no', label: t.no },
  ];
  return (
    <SelectField {...props} choices={choices} onValue={(v) => props.onValue(oneOf(ANSWERS, v))} />
  );
}

export function CheckboxField(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onValue: (checked: boolean) => void;
}) {
  return (
    <div class="field check">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${props.id}--hint` : undefined}
        onChange={(e) => props.onValue(e.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}--hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** Choices of an enum, with "not answered" first. */
export function choicesOf<K extends string>(
  t: OptionsMessages,
  labels: Record<K, string>,
  blank: string = t.notAnswered,
): Choice[] {
  return [
    { value: '', label: blank },
    ...Object.entries<string>(labels).map(([value, label]) => ({ value, label })),
  ];
}

/** The member of `values` equal to `value`, or `''` (unanswered): a select's text back to its type. */
export function oneOf<T extends string>(values: readonly T[], value: string): T | '' {
  return values.find((v) => v === value) ?? '';
}
