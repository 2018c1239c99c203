// Everything the checks wait for, each once: how many checks could run, each fact not entered as a
// link to its field, and each value the letter did not show.
import type { Messages } from '@/lib/i18n';
import { checksProgress, missingList, type AssessmentView } from '@/lib/view/assessment';

export function MissingView(props: {
  assessment: AssessmentView;
  t: Messages;
  optionsUrl: (fact?: string) => string;
}) {
  const { assessment, t, optionsUrl } = props;
  const { facts, page } = missingList(assessment);
  if (facts.length === 0 && page.length === 0) return null;
  const progress = checksProgress(assessment.checks);
  return (
    <section
      id="facts-missing"
      class="missing"
      data-testid="facts-missing"
      aria-labelledby="missing-heading"
    >
      <h2 id="missing-heading">{t.missing.heading}</h2>
      <p>
        <strong data-testid="checks-progress" data-done={progress.done} data-total={progress.total}>
          {t.missing.progress(progress)}
        </strong>
        {'. '}
        {t.missing.intro}
      </p>
      {facts.length > 0 && (
        <ul class="missing-facts">
          {facts.map(({ fact, checks }) => (
            <li key={fact} data-testid="missing-fact" data-fact={fact}>
              <a href={optionsUrl(fact)} target="_blank" rel="noopener">
                {t.fact(fact)}
              </a>{' '}
              <span class="small muted">{t.missing.waiting({ checks })}</span>
            </li>
          ))}
        </ul>
      )}
      {page.length > 0 && (
        <>
          <p class="small">{t.missing.notOnPage}</p>
          <ul class="missing-page small">
            {page.map(({ field, checks }) => (
              <li key={field} data-field={field}>
                {t.pageField(field)} <span class="muted">({t.missing.waiting({ checks })})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
