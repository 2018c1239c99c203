// The other findings that fired, most severe first, each folded to its severity and title; its detail,
// its field on the options page and its IRCC source open under it.
import type { Messages, UiLanguage } from '@/lib/i18n';
import type { FindingView } from '@/lib/view/assessment';
import { FindingLinks } from './answer-view';

export function CardsView(props: {
  cards: readonly FindingView[];
  language: UiLanguage;
  t: Messages;
  optionsUrl: (fact?: string) => string;
}) {
  const { cards, language, t, optionsUrl } = props;
  if (cards.length === 0) return null;
  return (
    <section class="cards" data-testid="findings" aria-labelledby="cards-heading">
      <h2 id="cards-heading">{t.cards.heading}</h2>
      <ul class="findings">
        {cards.map((finding, index) => (
          <li
            key={`${finding.id}-${index}`}
            class={`finding finding-${finding.severity}`}
            data-testid="finding"
            data-finding-id={finding.id}
            data-severity={finding.severity}
          >
            <details>
              <summary>
                <span class="finding-severity">
                  {t.guard.labelled(t.severity[finding.severity])}
                </span>{' '}
                <span class="finding-title">{finding.title[language]}</span>
              </summary>
              <p class="finding-detail">{finding.detail[language]}</p>
              <FindingLinks finding={finding} t={t} optionsUrl={optionsUrl} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
