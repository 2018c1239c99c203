// Labelled fields: every control has a real <label>, its hint and its error tied to it with
// aria-describedby (aria-invalid while wrong), and the error is shown in words (not colour alone)
// right beside it. A field that is a question of the form (`question`) says whether it is answered
// (data-question / data-answered), so Enter and the "first unanswered question" link can find the
// next one. A field filled in from the letter says so in its label.
import type { ComponentChildren } from 'preact';
import { formatDate, type DateLanguage } from '@/lib/dates';
import { FIELD_MAX, type Answer, type FieldError } from '@/lib/forms';
import type { OptionsMessages } from '@/lib/i18n/options-en';

interface Common {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError | undefined;
  t: OptionsMessages;
  /** Shown under the control and read with it (e.g. the CLB level of a score). */
  extra?: ComponentChildren;
  /** A question of the form: Enter and the "first unanswered" link stop here while it is blank. */
  question?: boolean;
  /** Filled in from the letter and not changed since. */
  fromLetter?: boolean;
}

function describedBy({ id, hint, error, extra, fromLetter }: Common): string | undefined {
  const ids = [
    hint || fromLetter ? `${id}--hint` : null,
    extra !== undefined && extra !== null && extra !== false ? `${id}--extra` : null,
    error ? `${id}--error` : null,
  ].filter((x) => x !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
}

/** Attributes that make a control a question of the form. */
function questionAttrs(question: boolean | undefined, answered: boolean) {
  return question ? { 'data-question': '', 'data-answered': answered ? 'true' : 'false' } : {};
}

function Frame(props: Common & { children: ComponentChildren }) {
  const { id, label, hint, error, t, extra, fromLetter } = props;
  const hints = [fromLetter ? t.fromLetterHint : null, hint || null].filter((h) => h !== null);
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>
        {label}
        {fromLetter ? <span class="from-letter"> ({t.fromLetterMark})</span> : null}
      </label>
      {hints.length > 0 ? (
        <p class="hint" id={`${id}--hint`}>
          {hints.join(' ')}
        </p>
      ) : null}
      {props.children}
      {extra !== undefined && extra !== null && extra !== false ? (
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
    inputMode?: 'text' | 'decimal' | 'numeric';
    autoComplete?: string;
    size?: number;
    disabled?: boolean;
  },
) {
  // Long enough for any answer; what is cut is said, never silently.
  const full = props.value.length >= FIELD_MAX;
  const extra = full ? (
    <>
      {props.extra} <span class="muted">{props.t.tooLong({ max: FIELD_MAX })}</span>
    </>
  ) : (
    props.extra
  );
  return (
    <Frame {...props} extra={extra}>
      <input
        type="text"
        id={props.id}
        value={props.value}
        maxLength={FIELD_MAX}
        inputMode={props.inputMode}
        size={props.size}
        autoComplete={props.autoComplete ?? 'off'}
        disabled={props.disabled}
        aria-describedby={describedBy({ ...props, extra })}
        aria-invalid={props.error ? 'true' : undefined}
        onInput={(e) => props.onValue(e.currentTarget.value)}
        {...questionAttrs(props.question && !props.disabled, props.value.trim() !== '')}
      />
    </Frame>
  );
}

/**
 * A date typed in one text box (one keyboard stop), in any form lib/forms/dates.ts reads; once it
 * reads as a date, the date is said back in words in the page's language.
 */
export function DateField(
  props: Omit<Parameters<typeof TextField>[0], 'extra' | 'inputMode'> & {
    /** The date the text reads as, when it does. */
    iso: string | undefined;
    language: DateLanguage;
  },
) {
  const { t, iso, language } = props;
  return (
    <TextField
      {...props}
      hint={[props.hint, t.dateHint].filter(Boolean).join(' ')}
      extra={
        iso !== undefined && !props.disabled
          ? t.dateRead({ date: formatDate(iso, language) })
          : null
      }
    />
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
        {...questionAttrs(props.question, props.value !== '')}
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
