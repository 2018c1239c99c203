// "Language tests": each test with its date and four scores; the CLB/NCLC level of each ability is
// shown under its score as the user types. The partner's test follows, with "No test" offered.
import { ABILITIES, CHARTS, LANGUAGE_TESTS } from '@/lib/language';
import {
  emptyLanguageTest,
  spouseFactorsApply,
  type FieldErrors,
  type LanguageTestDraft,
  type LevelsPreview,
} from '@/lib/forms';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import type { UiLanguage } from '@/lib/i18n';
import { ClaimNote } from './claims-section';
import { DateField, oneOf, SelectField, TextField, type Choice } from './fields';
import { RowList } from './row-list';
import type { FormProps } from './types';
import { Section } from './section';

function TestFields(props: {
  path: string;
  test: LanguageTestDraft;
  levels: LevelsPreview | null;
  errors: FieldErrors;
  dates: Record<string, string>;
  t: OptionsMessages;
  language: UiLanguage;
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
        question
        error={errors[`${path}.test`]}
        choices={choices}
        value={test.test}
        onValue={(v) =>
          set((x) => void (x.test = v === 'none' ? 'none' : oneOf(LANGUAGE_TESTS, v)))
        }
      />
      {test.test === 'none' ? null : (
        <>
          <DateField
            id={`${path}.resultDate`}
            {...t.resultDate}
            t={t}
            language={props.language}
            question
            error={errors[`${path}.resultDate`]}
            iso={props.dates[`${path}.resultDate`]}
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
                  question
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

export function LanguageSection(form: FormProps) {
  const { draft, view, t, edit, claims, language } = form;
  const errors = view.result.errors;
  const dates = view.result.dates;
  return (
    <Section name="languageTests" t={t} intro={t.languageIntro}>
      <ClaimNote
        t={t}
        lines={claims}
        keys={['firstOfficialLanguage', 'firstLanguageClb', 'secondLanguageClb']}
      />
      <RowList
        name="languageTests"
        form={form}
        list={(d) => d.languageTests}
        create={() => emptyLanguageTest()}
        first="test"
        max={10}
        min={1}
        text={{ legend: t.testHeading, add: t.addTest, remove: t.removeTest }}
      >
        {({ row, index, path, set }) => (
          <TestFields
            path={path}
            test={row}
            levels={view.levels[index] ?? null}
            errors={errors}
            dates={dates}
            t={t}
            language={language}
            allowNone={false}
            set={set}
          />
        )}
      </RowList>
      {/* Only when the partner's factors count (they come to Canada, or nothing says otherwise). */}
      {spouseFactorsApply(draft, view.context) ? (
        <fieldset id="spouseLanguageTest" class="row" aria-describedby="spouseLanguageTest--hint">
          <legend>{t.spouseTestHeading}</legend>
          <p class="hint" id="spouseLanguageTest--hint">
            {t.spouseTestHint}
          </p>
          <ClaimNote t={t} lines={claims} keys={['spouseLanguageClb']} />
          <TestFields
            path="spouseLanguageTest"
            test={draft.spouseLanguageTest}
            levels={view.spouseLevels}
            errors={errors}
            dates={dates}
            t={t}
            language={language}
            allowNone={true}
            set={(change) => edit((d) => change(d.spouseLanguageTest))}
          />
        </fieldset>
      ) : null}
    </Section>
  );
}
