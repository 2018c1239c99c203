import { CRS_ROW_KEYS, type Reading } from '@/lib/reader/types';
import type { Messages, UiLanguage } from '@/lib/i18n';
import { readerProblemText } from '@/lib/i18n/reader';

export function ScoreBreakdown(props: { reading: Reading; t: Messages; locale: string }) {
  const { reading, t, locale } = props;
  const number = new Intl.NumberFormat(locale);
  return (
    <section aria-labelledby="crs-heading">
      <h2 id="crs-heading">
        {t.crsTotal}:{' '}
        <strong data-testid="crs-total">
          {reading.crs.total === null ? t.notOnPage : number.format(reading.crs.total)}
        </strong>
      </h2>
      <details>
        <summary>{t.crsRowsHeading}</summary>
        <table class="rows">
          <tbody>
            {CRS_ROW_KEYS.map((key) => {
              const value = reading.crs.rows[key];
              return (
                <tr key={key} data-testid={`crs-row-${key}`}>
                  <th scope="row">{t.row[key]}</th>
                  <td class={value === undefined ? 'muted' : ''}>
                    {value === undefined ? t.notOnPage : number.format(value)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** A reading field in words (`crs.rows.age` → the row's name), falling back to its dotted name. */
export function fieldName(field: string, t: Messages): string {
  const row = /^crs\.rows\.(\w+)$/.exec(field)?.[1];
  const rowName = row ? CRS_ROW_KEYS.find((key) => key === row) : undefined;
  if (rowName) return t.row[rowName];
  return t.field[field] ?? field;
}

export function MissingAndProblems(props: { reading: Reading; t: Messages; language: UiLanguage }) {
  const { reading, t, language } = props;
  return (
    <>
      {reading.missing.length > 0 && (
        <section data-testid="missing" aria-labelledby="missing-heading">
          <h2 id="missing-heading">{t.missingHeading}</h2>
          <ul>
            {reading.missing.map((field) => (
              <li key={field}>
                {fieldName(field, t)} <code class="small muted">{field}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {reading.problems.length > 0 && (
        <section data-testid="problems" aria-labelledby="problems-heading">
          <h2 id="problems-heading">{t.problemsHeading}</h2>
          <ul>
            {reading.problems.map((problem, i) => (
              <li key={i}>{readerProblemText(problem, language)}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
