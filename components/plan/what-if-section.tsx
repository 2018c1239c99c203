// The options page's "What if" section: every stake, every gain and what declining today would
// mean, in tables, with the facts still to enter. Props in, markup out.
import type { ComponentChildren } from 'preact';
import { factLabel, type FactPath } from '@/lib/facts';
import { localeOf, type UiLanguage } from '@/lib/i18n';
import { planMessages, type PlanMessages } from '@/lib/i18n/plan';
import { against } from '@/lib/plan/summary';
import type { ChangeId, ClaimId, OfficialLanguage, Plan, PlainValue } from '@/lib/plan/types';
import { DeclinedView } from './declined-view';
import { MarginLine } from './margin-line';
import { changeParts, Day, Num, Sentence } from './values';

export interface WhatIfSectionProps {
  plan: Plan;
  language: UiLanguage;
  /** Where a fact is entered (the options page's field), for the facts still missing. */
  factUrl?: (fact: FactPath) => string;
  /** Said under the introduction (the options page: no facts entered yet). */
  children?: ComponentChildren;
}

function Value(props: {
  id: string;
  of: ClaimId | ChangeId;
  value: PlainValue;
  language?: OfficialLanguage;
  t: PlanMessages;
}) {
  const { id, of, value, language, t } = props;
  return (
    <span data-testid={id} data-value={String(value)}>
      {t.value({ of, value, ...(language ? { language } : {}) })}
    </span>
  );
}

function StakesTable(props: { plan: Plan; t: PlanMessages; locale: string }) {
  const { plan, t, locale } = props;
  if (plan.stakes.length === 0) return <p class="muted">{t.stakesNone}</p>;
  return (
    <table class="rows plan-table" data-testid="plan-stakes">
      <thead>
        <tr>
          <th scope="col">{t.stakeColumns.claim}</th>
          <th scope="col">{t.stakeColumns.now}</th>
          <th scope="col">{t.stakeColumns.lower}</th>
          <th scope="col">{t.stakeColumns.score}</th>
          <th scope="col">{t.stakeColumns.against}</th>
        </tr>
      </thead>
      <tbody>
        {plan.stakes.map((s) => {
          const id = `plan-stake-${s.claim}`;
          const side = against(s.scoreIfLower, plan.cutoff);
          const language = s.language ? { language: s.language } : {};
          return (
            <tr key={s.claim} data-testid={id} data-below={String(s.belowCutoff)}>
              <th scope="row">{t.claimLabel[s.claim]}</th>
              <td>
                <Value id={`${id}-now`} of={s.claim} value={s.now} t={t} {...language} />
              </td>
              <td>
                <Value id={`${id}-lower`} of={s.claim} value={s.lower} t={t} {...language} />
              </td>
              <td>
                <Num id={`${id}-score`} value={s.scoreIfLower} locale={locale} />
              </td>
              <td class={side === 'below' ? 'margin below' : undefined}>
                {side === null ? '—' : t.against[side]}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function GainsTable(props: { plan: Plan; t: PlanMessages; language: 'en' | 'fr' }) {
  const { plan, t, language } = props;
  const locale = localeOf(language);
  if (plan.gains.length === 0) return <p class="muted">{t.gainsNone}</p>;
  return (
    <table class="rows plan-table" data-testid="plan-gains">
      <thead>
        <tr>
          <th scope="col">{t.gainColumns.change}</th>
          <th scope="col">{t.gainColumns.gain}</th>
          <th scope="col">{t.gainColumns.score}</th>
          <th scope="col">{t.gainColumns.when}</th>
        </tr>
      </thead>
      <tbody>
        {plan.gains.map((g) => {
          const id = `plan-gain-${g.change}`;
          return (
            <tr key={g.change} data-testid={id}>
              <th scope="row">
                <Sentence parts={changeParts(g, t, locale)} />
              </th>
              <td>
                +<Num id={`${id}-points`} value={g.gain} locale={locale} />
              </td>
              <td>
                <Num id={`${id}-score`} value={g.score} locale={locale} />
              </td>
              <td>
                {g.earliest !== null ? (
                  <Day id={`${id}-earliest`} iso={g.earliest} language={language} />
                ) : (
                  g.reason && t.reason[g.reason]
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function NeedsList(props: {
  plan: Plan;
  t: PlanMessages;
  language: 'en' | 'fr';
  factUrl?: (fact: FactPath) => string;
}) {
  const { plan, t, language, factUrl } = props;
  if (plan.needs.length === 0) return null;
  return (
    <>
      <h3>{t.needsHeading}</h3>
      <p>{t.needsIntro}</p>
      <ul data-testid="plan-needs">
        {plan.needs.map((need) => {
          const label = factLabel(need.fact, language);
          const fact: ComponentChildren = factUrl ? (
            <a href={factUrl(need.fact)}>{label}</a>
          ) : (
            label
          );
          const items = [
            ...need.stakes.map((id) => t.claimName[id]),
            ...need.gains.map((id) => t.changeName[id]),
            ...(need.ifDeclined ? [t.declinedName] : []),
          ];
          return (
            <li key={need.fact} data-testid={`plan-need-${need.fact}`}>
              <Sentence parts={t.need({ fact, items })} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function WhatIfSection(props: WhatIfSectionProps) {
  const { plan, language } = props;
  const t = planMessages(language);
  const locale = localeOf(language);
  return (
    <section id="what-if" data-testid="what-if" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">{t.whatIfHeading}</h2>
      <p class="hint">{t.whatIfIntro}</p>
      {props.children}
      <MarginLine plan={plan} t={t} locale={locale} scores />
      {plan.blocked !== null ? (
        <p class="notice notice-review" data-testid="plan-blocked">
          {t.blocked[plan.blocked]}
        </p>
      ) : (
        <>
          <h3>{t.stakesHeading}</h3>
          <StakesTable plan={plan} t={t} locale={locale} />
          <h3>{t.gainsHeading}</h3>
          <GainsTable plan={plan} t={t} language={language} />
        </>
      )}
      <h3>{t.declinedHeading}</h3>
      <DeclinedView
        declined={plan.ifDeclined}
        t={t}
        language={language}
        locale={locale}
        full
        blocked={plan.blocked !== null}
      />
      <NeedsList
        plan={plan}
        t={t}
        language={language}
        {...(props.factUrl ? { factUrl: props.factUrl } : {})}
      />
    </section>
  );
}
