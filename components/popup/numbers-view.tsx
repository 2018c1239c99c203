// IRCC's score, the score re-checked from the facts and the round's cut-off side by side, the margin
// in points, and where the cut-off comes from with how recent the rounds are.
import type { Messages } from '@/lib/i18n';
import type { BackgroundMessages } from '@/lib/i18n/background';
import type { RoundsFreshness } from '@/lib/rounds/known';
import { roundName } from '@/lib/rounds/names';
import type { AssessmentView } from '@/lib/view/assessment';

/** One score in the row: its name, and its value or the words saying it is not known. */
interface Score {
  label: string;
  id: string;
  value: number | null;
  empty: string;
}

function Scores(props: { scores: readonly Score[]; locale: string }) {
  const format = new Intl.NumberFormat(props.locale);
  return (
    <dl class="scores">
      {props.scores.map(({ label, id, value, empty }) => (
        <div class="score-cell" key={id}>
          <dt>{label}</dt>
          <dd data-testid={id} class={value === null ? 'unknown' : undefined}>
            {value === null ? empty : format.format(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** How recent the rounds are: the last download, or the snapshot shipped with ITA Ready. */
export function freshnessWords(
  rounds: RoundsFreshness,
  b: BackgroundMessages,
  timeZone: string,
): string {
  return rounds.downloadedAt
    ? b.rounds.downloaded({ at: rounds.downloadedAt, timeZone })
    : b.rounds.bundled({ through: rounds.bundledThrough });
}

export function NumbersView(props: {
  ircc: number | null;
  /** Null while there is no verdict for this reading: only IRCC's score is shown. */
  assessment: AssessmentView | null;
  rounds: RoundsFreshness | null;
  t: Messages;
  b: BackgroundMessages;
  locale: string;
  timeZone: string;
}) {
  const { ircc, assessment, rounds, t, b, locale, timeZone } = props;
  const irccScore = {
    label: t.numbers.ircc,
    id: 'crs-total',
    value: ircc,
    empty: t.numbers.notRead,
  };
  if (assessment === null) {
    return (
      <section class="numbers" aria-label={t.numbers.label} data-testid="numbers">
        <Scores scores={[irccScore]} locale={locale} />
      </section>
    );
  }
  const { correctedCrs, cutoff } = assessment;
  const total = correctedCrs.total;
  const margin = total !== null && cutoff.value !== null ? total - cutoff.value : null;
  const round = cutoff.source === 'round' ? cutoff.round : null;
  // How recent the rounds are matters where the cut-off comes from them, not from the user.
  const freshness = cutoff.source === 'user' ? null : rounds;
  return (
    <section class="numbers" aria-label={t.numbers.label} data-testid="numbers">
      <Scores
        scores={[
          irccScore,
          {
            label: t.numbers.checked,
            id: 'corrected-total',
            value: total,
            empty: t.numbers.notKnown,
          },
          { label: t.numbers.cutoff, id: 'cutoff', value: cutoff.value, empty: t.numbers.notKnown },
        ]}
        locale={locale}
      />
      {margin !== null && (
        <p
          class={margin < 0 ? 'margin below' : 'margin'}
          data-testid="cutoff-margin"
          data-value={String(margin)}
        >
          {margin > 0
            ? t.numbers.above({ points: margin })
            : margin < 0
              ? t.numbers.below({ points: -margin })
              : t.numbers.equal}
        </p>
      )}
      {cutoff.value === null && (
        <p class="margin-unknown">
          <a href="#cutoff-choice">{t.numbers.pickRound}</a>
        </p>
      )}
      {(cutoff.value !== null || freshness) && (
        <p class="small muted" data-testid="cutoff-source">
          {cutoff.value !== null &&
            (round
              ? t.numbers.fromRound({
                  number: round.number,
                  date: round.date,
                  name: roundName(round),
                })
              : t.numbers.typed)}
          {cutoff.value !== null && freshness && ' '}
          {freshness && (
            <span data-testid="rounds-freshness">{freshnessWords(freshness, b, timeZone)}</span>
          )}
        </p>
      )}
    </section>
  );
}
