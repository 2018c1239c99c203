// One line for the popup: the document most at risk of making the application late or incomplete
// ("Police certificate (India): requested November 10, 2026, 41 days left before the deadline"),
// and the way to the whole list.
import type { ChecklistItem } from '@/lib/checklist';
import type { UiLanguage } from '@/lib/i18n';
import { documentsMessages } from '@/lib/i18n/documents';

export interface NextAtRiskViewProps {
  /** `nextAtRisk(checklist)`: null when every document is in hand. */
  item: ChecklistItem | null;
  language: UiLanguage;
  /** The documents page. */
  documentsUrl?: string;
}

export function NextAtRiskView(props: NextAtRiskViewProps) {
  const t = documentsMessages(props.language);
  const { item } = props;
  return (
    <section class="next-at-risk" aria-labelledby="next-at-risk-heading" data-testid="next-at-risk">
      <h2 id="next-at-risk-heading">{t.atRiskHeading}</h2>
      <p data-status={item?.status ?? 'none'}>{item ? t.atRisk(item) : t.nothingAtRisk}</p>
      {props.documentsUrl && (
        <p>
          <a href={props.documentsUrl} target="_blank" rel="noopener">
            {t.allDocuments}
          </a>
        </p>
      )}
    </section>
  );
}
