// What was read, folded at the bottom of the popup: the invitation, IRCC's score table row by row with
// the rows the facts change, what the page did not show, what does not add up, and when.
import type { Messages, UiLanguage } from '@/lib/i18n';
import { readerProblemText } from '@/lib/i18n/reader';
import { CRS_ROW_KEYS, type CrsRowKey, type Reading } from '@/lib/reader/types';
import type { StoredReading } from '@/lib/schema/state';
import type { AssessmentView } from '@/lib/view/assessment';

const isRow = (key: string): key is CrsRowKey => CRS_ROW_KEYS.some((row) => row === key);

/** A value the page should have shown, in words, as a list item: "The deadline", « La date limite ». */
export function fieldWords(field: string, t: Messages, locale: string): string {
  const words = t.pageField(field);
  return `${words.charAt(0).toLocaleUpperCase(locale)}${words.slice(1)}`;
}

/** The values the page should have shown and did not, in words (the reading's name kept aside). */
export function MissingFields(props: { reading: Reading; t: Messages; locale: string }) {
  const { reading, t, locale } = props;
  if (reading.missing.length === 0) return null;
  return (
    <div data-testid="missing">
      <p class="small">{t.read.notFound}</p>
      <ul class="small">
        {reading.missing.map((field) => (
          <li key={field} data-field={field}>
            {fieldWords(field, t, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What does not add up on the page, in the user's language (the reader's problem codes). */
export function Problems(props: { reading: Reading; t: Messages; language: UiLanguage }) {
  const { reading, t, language } = props;
  if (reading.problems.length === 0) return null;
  return (
    <div data-testid="problems">
      <p class="small">{t.read.problems}</p>
      <ul class="small">
        {reading.problems.map((problem, i) => (
          <li key={i}>{readerProblemText(problem, language)}</li>
        ))}
      </ul>
    </div>
  );
}

export function ReadView(props: {
  stored: StoredReading;
  assessment: AssessmentView | null;
  /** When the verdict was worked out, if there is one. */
  checkedAt: string | null;
  t: Messages;
  language: UiLanguage;
  locale: string;
  timeZone: string;
}) {
  const { stored, assessment, checkedAt, t, locale, timeZone } = props;
  const { reading } = stored;
  const number = new Intl.NumberFormat(locale);
  const changed = (assessment?.correctedCrs.changed ?? []).filter(isRow);
  const show = (value: number | undefined) =>
    value === undefined ? t.read.notOnPage : number.format(value);
  return (
    <details class="read" data-testid="read">
      <summary>
        <h2>{t.read.heading}</h2>
      </summary>
      {(reading.invitation.date || reading.invitation.program) && (
        <p class="small">
          {reading.invitation.date && t.read.invitedOn({ date: reading.invitation.date })}
          {reading.invitation.date && reading.invitation.program && ' · '}
          {reading.invitation.program && t.read.program({ program: reading.invitation.program })}
        </p>
      )}
      <table class="rows small">
        <caption>{t.read.table}</caption>
        <tbody>
          {CRS_ROW_KEYS.map((key) => {
            const value = reading.crs.rows[key];
            return (
              <tr key={key} data-testid={`crs-row-${key}`}>
                <th scope="row">{t.rowName(key)}</th>
                <td class={value === undefined ? 'muted' : undefined}>{show(value)}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t.read.total}</th>
            <td>
              {reading.crs.total === null ? t.read.notOnPage : number.format(reading.crs.total)}
            </td>
          </tr>
        </tbody>
      </table>
      {assessment &&
        (changed.length > 0 ? (
          <>
            <p class="small">{t.numbers.changed}</p>
            <ul class="small changed-rows">
              {changed.map((key) => (
                <li key={key} data-testid={`corrected-row-${key}`}>
                  {t.numbers.rowChange({
                    row: t.rowName(key),
                    from: show(reading.crs.rows[key]),
                    to: show(assessment.correctedCrs.rows[key]),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="small muted">{t.numbers.unchanged}</p>
        ))}
      <MissingFields reading={reading} t={t} locale={locale} />
      <Problems reading={reading} t={t} language={props.language} />
      <p class="small muted" data-testid="read-at">
        {t.read.from({ source: stored.source, at: stored.readAt, timeZone })}
        {checkedAt && ` ${t.read.checkedAt({ at: checkedAt, timeZone })}`}
      </p>
    </details>
  );
}
