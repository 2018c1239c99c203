// The popup's planner block: the margin in words and the top stakes as sentences; when the verdict
// is decline or the margin is thin, what declining today would mean and the best gains. Props in,
// markup out.
import { FACT_NAMES } from '@/lib/facts';
import { localeOf, type UiLanguage } from '@/lib/i18n';
import { planMessages, type PlanMessages } from '@/lib/i18n/plan';
// The views import the plan's pure helpers and types only: lib/plan's index also carries the
// planner itself (the rules and the bundled rounds), which the popup computes nowhere.
import { against, costlyStakes, declineMatters, POPUP_TOP } from '@/lib/plan/summary';
import type { Gain, Plan, Stake } from '@/lib/plan/types';
import type { Verdict } from '@/lib/verdict';
import { DeclinedView } from './declined-view';
import { MarginLine } from './margin-line';
import { changeParts, Day, Num, Sentence } from './values';

export interface PlanSummaryProps {
  plan: Plan;
  verdict: Verdict;
  language: UiLanguage;
  /** The options page's "What if" section, where everything is listed. */
  whatIfUrl?: string;
  /** False where the margin is already shown just above (the popup's first lines). */
  margin?: boolean;
}

function StakeLine(props: { stake: Stake; plan: Plan; t: PlanMessages; locale: string }) {
  const { stake: s, plan, t, locale } = props;
  const id = `plan-stake-${s.claim}`;
  return (
    <li data-testid={id} data-below={String(s.belowCutoff)}>
      <Sentence
        parts={t.stake({
          claim: s.claim,
          ...(s.language ? { language: s.language } : {}),
          score: <Num id={`${id}-score`} value={s.scoreIfLower} locale={locale} />,
          cutoff:
            plan.cutoff === null ? (
              ''
            ) : (
              <Num id={`${id}-cutoff`} value={plan.cutoff} locale={locale} />
            ),
          against: against(s.scoreIfLower, plan.cutoff),
        })}
      />
    </li>
  );
}

export function GainLine(props: { gain: Gain; t: PlanMessages; language: 'en' | 'fr' }) {
  const { gain: g, t, language } = props;
  const locale = localeOf(language);
  const id = `plan-gain-${g.change}`;
  return (
    <li data-testid={id}>
      <Sentence
        parts={t.gain({
          change: changeParts(g, t, locale),
          gain: <Num id={`${id}-points`} value={g.gain} locale={locale} />,
          points: g.gain,
          score: <Num id={`${id}-score`} value={g.score} locale={locale} />,
          earliest:
            g.earliest === null ? null : (
              <Day id={`${id}-earliest`} iso={g.earliest} language={language} />
            ),
          ...(g.reason ? { reason: g.reason } : {}),
        })}
      />
    </li>
  );
}

export function PlanSummary(props: PlanSummaryProps) {
  const { plan, verdict, language } = props;
  const t = planMessages(language);
  const locale = localeOf(language);
  const stakes = costlyStakes(plan).slice(0, POPUP_TOP);
  return (
    <section class="plan-summary" data-testid="plan-summary" aria-labelledby="plan-summary-heading">
      <h2 id="plan-summary-heading">
        {props.margin === false ? t.stakesHeading : t.summaryHeading}
      </h2>
      {props.margin !== false && <MarginLine plan={plan} t={t} locale={locale} />}
      {plan.blocked !== null ? (
        <p class="small muted" data-testid="plan-blocked">
          {t.blocked[plan.blocked]}
        </p>
      ) : (
        <>
          {stakes.length > 0 && (
            <>
              {props.margin !== false && <h3 class="small">{t.stakesHeading}</h3>}
              <ul class="small" data-testid="plan-stakes">
                {stakes.map((s) => (
                  <StakeLine key={s.claim} stake={s} plan={plan} t={t} locale={locale} />
                ))}
              </ul>
            </>
          )}
          {declineMatters(plan, verdict) && (
            <>
              <h3 class="small">{t.declinedHeading}</h3>
              <DeclinedView declined={plan.ifDeclined} t={t} language={language} locale={locale} />
              <h3 class="small">{t.gainsHeading}</h3>
              {plan.gains.length === 0 ? (
                <p class="small muted">{t.gainsNone}</p>
              ) : (
                <ul class="small" data-testid="plan-gains">
                  {plan.gains.slice(0, POPUP_TOP).map((g) => (
                    <GainLine key={g.change} gain={g} t={t} language={language} />
                  ))}
                </ul>
              )}
            </>
          )}
          {plan.needs.length > 0 && (
            <p class="small muted" data-testid="plan-needs">
              {t.needsShort({ facts: plan.needs.map((n) => FACT_NAMES[n.fact][language].phrase) })}
              {props.whatIfUrl && (
                <>
                  {' '}
                  <a href={props.whatIfUrl} target="_blank" rel="noopener">
                    {t.whatIfHeading}
                  </a>
                </>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
