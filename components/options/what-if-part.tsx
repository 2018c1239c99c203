// "What if" on the options page: the planner's section (components/plan) over the stored plan, or,
// when there is no plan yet, one line saying what is missing and where to give it.
import { WhatIfSection } from '@/components/plan/what-if-section';
import type { UiLanguage } from '@/lib/i18n';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import { planMessages } from '@/lib/i18n/plan';
import type { Plan } from '@/lib/plan/types';
import { fieldUrl, sectionId } from './section';

/** The section's id, as WhatIfSection sets it: the contents list and the popup link to it. */
export const WHAT_IF_ID = 'what-if';

export type WhatIfState =
  | { kind: 'no-letter' }
  /** The letter is read; the worker has not stored its plan yet. */
  | { kind: 'checking' }
  /** The checks failed, or the plan could not be made (the verdict stands without it). */
  | { kind: 'failed' }
  /** `factsEntered`: false while the user has entered nothing about themselves. */
  | { kind: 'plan'; plan: Plan; factsEntered: boolean };

export function WhatIfPart(props: {
  state: WhatIfState;
  t: OptionsMessages;
  language: UiLanguage;
}) {
  const { state, t, language } = props;
  if (state.kind === 'plan')
    return (
      <WhatIfSection plan={state.plan} language={language} factUrl={fieldUrl}>
        {!state.factsEntered && (
          <p class="notice" data-testid="what-if-no-facts">
            {t.whatIfNoFacts} <a href={`#${sectionId('family')}`}>{t.section.family}</a>
          </p>
        )}
      </WhatIfSection>
    );
  const p = planMessages(language);
  return (
    <section id={WHAT_IF_ID} aria-labelledby="what-if-heading" data-testid="what-if">
      <h2 id="what-if-heading">{p.whatIfHeading}</h2>
      <p
        class={state.kind === 'failed' ? 'state warn' : undefined}
        data-testid="what-if-missing"
        data-state={state.kind}
      >
        {state.kind === 'no-letter' ? (
          <>
            {t.whatIfNoLetter} <a href={`#${sectionId('letter')}`}>{t.section.letter}</a>
          </>
        ) : state.kind === 'checking' ? (
          t.whatIfChecking
        ) : (
          t.whatIfFailed
        )}
      </p>
    </section>
  );
}
