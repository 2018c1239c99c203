import type { Messages } from '@/lib/i18n';
import { CRS_ROW_KEYS, type CrsRowKey, type Reading } from '@/lib/reader/types';
import type { AssessmentView } from '@/lib/view/assessment';

const isRowKey = (key: string): key is CrsRowKey => CRS_ROW_KEYS.some((row) => row === key);

/** The corrected CRS (IRCC's rows with the ones the facts change re-scored) against the cut-off. */
export function CorrectedView(props: {
  assessment: AssessmentView;
  reading: Reading;
  t: Messages;
  locale: string;
}) {
  const { assessment, reading, t, locale } = props;
  const number = new Intl.NumberFormat(locale);
  const { correctedCrs, cutoff } = assessment;
  const total = correctedCrs.total;
  const margin = total !== null && cutoff.value !== null ? total - cutoff.value : null;
  const changed = correctedCrs.changed.filter(isRowKey);
  const show = (value: number | null | undefined) =>
    value === null || value === undefined ? t.notOnPage : number.format(value);

  return (
    <section aria-labelledby="corrected-heading" data-testid="corrected">
      <h2 id="corrected-heading">{t.correctedHeading}</h2>
      <p class="corrected-line">
        <strong data-testid="corrected-total">
          {total === null ? t.correctedUnknown : number.format(total)}
        </strong>{' '}
        <span class="muted">/</span>{' '}
        <strong data-testid="cutoff">
          {cutoff.value === null ? t.correctedUnknown : number.format(cutoff.value)}
        </strong>
        <span class="visually-hidden">
          {' '}
          (
          {t.correctedVsCutoff({
            total: total === null ? t.correctedUnknown : number.format(total),
            cutoff: cutoff.value === null ? t.correctedUnknown : number.format(cutoff.value),
          })}
          )
        </span>
      </p>
      {margin !== null && (
        <p class={margin < 0 ? 'margin below' : 'margin'} data-testid="cutoff-margin">
          {margin > 0
            ? t.correctedAbove({ margin: number.format(margin) })
            : margin < 0
              ? t.correctedBelow({ margin: number.format(-margin) })
              : t.correctedEqual}
        </p>
      )}
      {cutoff.value === null && <p class="muted">{t.cutoffUnknown}</p>}
      {cutoff.value !== null && (
        <p class="muted small" data-testid="cutoff-source">
          {cutoff.source === 'user' || !cutoff.round
            ? t.cutoffTyped
            : t.cutoffRound({
                round: cutoff.round.number,
                date: cutoff.round.date,
                name: cutoff.round.name,
              })}
        </p>
      )}
      {changed.length > 0 ? (
        <>
          <p class="small">{t.changedRows}</p>
          <ul class="small changed-rows">
            {changed.map((key) => (
              <li key={key} data-testid={`corrected-row-${key}`}>
                {t.rowChange({
                  row: t.row[key],
                  from: show(reading.crs.rows[key]),
                  to: show(correctedCrs.rows[key]),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="small muted">{t.unchangedRows}</p>
      )}
    </section>
  );
}
