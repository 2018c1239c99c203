// The margin in words ("22 points above the cut-off"), with the corrected score and the cut-off.
import type { PlanMessages } from '@/lib/i18n/plan';
import type { Plan } from '@/lib/plan/types';
import { Num, Sentence } from './values';

export function MarginLine(props: {
  plan: Plan;
  t: PlanMessages;
  locale: string;
  scores?: boolean;
}) {
  const { plan, t, locale } = props;
  const { margin, score, cutoff } = plan;
  if (score === null) return null;
  return (
    <>
      {margin === null ? (
        <p class="small muted" data-testid="plan-margin-unknown">
          {t.marginUnknown}
        </p>
      ) : (
        <p
          class={margin < 0 ? 'margin below' : 'margin'}
          data-testid="plan-margin"
          data-value={String(margin)}
        >
          <Sentence
            parts={t.margin({
              margin,
              shown: <Num id="plan-margin-points" value={Math.abs(margin)} locale={locale} />,
            })}
          />
        </p>
      )}
      {props.scores && cutoff !== null && (
        <p class="small muted">
          <Sentence
            parts={t.scoreAgainst({
              score: <Num id="plan-score" value={score} locale={locale} />,
              cutoff: <Num id="plan-cutoff" value={cutoff} locale={locale} />,
            })}
          />
        </p>
      )}
    </>
  );
}
