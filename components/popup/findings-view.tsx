import type { Messages, UiLanguage } from '@/lib/i18n';
import { bySeverity, type FindingView } from '@/lib/view/assessment';

export function FindingsView(props: {
  findings: readonly FindingView[];
  language: UiLanguage;
  t: Messages;
  factUrl: (fact: string) => string;
}) {
  const { findings, language, t, factUrl } = props;
  const ordered = bySeverity(findings);
  return (
    <section aria-labelledby="findings-heading" data-testid="findings">
      <h2 id="findings-heading">{t.findingsHeading}</h2>
      {ordered.length === 0 ? (
        <p class="muted">{t.findingsNone}</p>
      ) : (
        <ol class="findings">
          {ordered.map((finding, index) => (
            <li
              key={`${finding.id}-${index}`}
              class={`finding finding-${finding.severity}`}
              data-testid="finding"
              data-finding-id={finding.id}
              data-severity={finding.severity}
            >
              <p class="finding-severity">{t.severity[finding.severity]}</p>
              <h3 class="finding-title">{finding.title[language]}</h3>
              <p class="finding-detail">{finding.detail[language]}</p>
              <p class="finding-links">
                {finding.fact && (
                  <a
                    href={factUrl(finding.fact)}
                    target="_blank"
                    rel="noopener"
                    data-testid="fact-link"
                  >
                    {t.enterFact({ fact: t.fact(finding.fact) })}
                  </a>
                )}
                {finding.source && (
                  <a href={finding.source} target="_blank" rel="noopener noreferrer">
                    {t.sourceLink}
                  </a>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The "facts missing" state: every fact a check is waiting for, each a link to its field. */
export function FactsMissingView(props: {
  findings: readonly FindingView[];
  t: Messages;
  factUrl: (fact: string) => string;
}) {
  const { findings, t, factUrl } = props;
  const facts = [...new Set(findings.flatMap((finding) => (finding.fact ? [finding.fact] : [])))];
  if (facts.length === 0) return null;
  return (
    <section
      class="notice notice-review"
      data-testid="facts-missing"
      aria-labelledby="facts-heading"
    >
      <h2 id="facts-heading">{t.factsMissingTitle}</h2>
      <p>{t.factsMissingBody({ count: facts.length })}</p>
      <ul>
        {facts.map((fact) => (
          <li key={fact}>
            <a href={factUrl(fact)} target="_blank" rel="noopener" data-fact={fact}>
              {t.fact(fact)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
