// "Language tests": each test with its date and four scores; the CLB/NCLC level of each ability is
// shown under its score as the user types. The partner's test follows, with "No test" offered.
import { ABILITIES, CHARTS, LANGUAGE_TESTS } from '@/lib/language';
import {
  emptyLanguageTest,
  type FieldErrors,
  type LanguageTestDraft,
  type LevelsPreview,
} from '@/lib/forms';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import { oneOf, SelectField, TextField, type Choice } from './fields';
import type { FormProps } from './types';

function TestFields(props: {
  path: string;
  test: LanguageTestDraft;
  levels: LevelsPreview | null;
  errors: FieldErrors;
  t: OptionsMessages;
  allowNone: boolean;
  set: (change: (test: LanguageTestDraft) => void) => void;
}) {
  const { path, test, levels, errors, t, set } = props;
  const choices: Choice[] = [
    { value: '', label: t.notAnswered },
    ...(props.allowNone ? [{ value: 'none', label: t.test.none }] : []),
    ...LANGUAGE_TESTS.map((name) => ({ value: name, label: CHARTS[name].name })),
  ];
  const chosen = test.test === '' || test.test === 'none' ? null : test.test;
  return (
    <>
      <SelectField
        id={`${path}.test`}
        label={t.test.label}
        hint={t.test.hint}
        t={t}
        error={errors[`${path}.test`]}
        choices={choices}
        value={test.test}
        onValue={(v) =>
          set((x) => void (x.test = v === 'none' ? 'none' : oneOf(LANGUAGE_TESTS, v)))
        }
      />
      {test.test === 'none' ? null : (
        <>
          <TextField
            id={`${path}.resultDate`}
            type="date"
            {...t.resultDate}
            t={t}
            error={errors[`${path}.resultDate`]}
            value={test.resultDate}
            onValue={(v) => set((x) => void (x.resultDate = v))}
          />
          <div class="scores">
            {ABILITIES.map((ability) => {
              const id = `${path}.scores.${ability}`;
              const level = levels?.levels[ability] ?? null;
              return (
                <TextField
                  key={ability}
                  id={id}
                  label={t.abilities[ability]}
                  hint={chosen ? t.scaleHint(CHARTS[chosen].scale[ability]) : undefined}
                  t={t}
                  inputMode="decimal"
                  size={5}
                  error={errors[id]}
                  value={test[ability]}
                  onValue={(v) => set((x) => void (x[ability] = v))}
                  extra={
                    levels === null ? undefined : level === null ? (
                      <span class="muted">{t.levelPending}</span>
                    ) : (
                      <strong data-level={level}>{t.level({ name: levels.name, level })}</strong>
                    )
                  }
                />
              );
            })}
          </div>
        </>
      )}
    </>
  );
}

export function LanguageSection({ draft, view, t, edit, focus }: FormProps) {
  const errors = view.result.errors;
  const count = draft.languageTests.length;
  return (
    <section id="languageTests" aria-labelledby="languageTests--heading">
      <h2 id="languageTests--heading">{t.section.languageTests}</h2>
      <p class="hint">{t.languageIntro}</p>
      {draft.languageTests.map((test, i) => (
        <fieldset key={i} class="row">
          <legend>{t.testHeading({ n: i + 1 })}</legend>
          <TestFields
            path={`languageTests[${i}]`}
            test={test}
            levels={view.levels[i] ?? null}
            errors={errors}
            t={t}
            allowNone={false}
            set={(change) =>
              edit((d) => {
                const row = d.languageTests[i];
                if (row) change(row);
              })
            }
          />
          {count > 1 ? (
            <button
              type="button"
              class="link"
              onClick={() => {
                edit((d) => void d.languageTests.splice(i, 1));
                focus('languageTests--add');
              }}
            >
              {t.removeTest({ n: i + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      {count < 10 ? (
        <button
          type="button"
          id="languageTests--add"
          onClick={() => {
            edit((d) => void d.languageTests.push(emptyLanguageTest()));
            focus(`languageTests[${count}].test`);
          }}
        >
          {t.addTest}
        </button>
      ) : null}
      <fieldset id="spouseLanguageTest" class="row" aria-describedby="spouseLanguageTest--hint">
        <legend>{t.spouseTestHeading}</legend>
        <p class="hint" id="spouseLanguageTest--hint">
          {t.spouseTestHint}
        </p>
        <TestFields
          path="spouseLanguageTest"
          test={draft.spouseLanguageTest}
          levels={view.spouseLevels}
          errors={errors}
          t={t}
          allowNone={true}
          set={(change) => edit((d) => change(d.spouseLanguageTest))}
        />
      </fieldset>
    </section>
  );
}
