// "Your documents" on the options page: the checklist with its ticks and request dates, and the
// upload preparer, from the same wiring as documents.html (utils/documents), and the way to that
// page. A fact the list waits on links to its field just above, and a letter not read yet to the
// letter section above.
import type { DocumentsState } from '@/components/documents/documents-content';
import { DocumentsContent } from '@/components/documents/documents-content';
import type { UiLanguage } from '@/lib/i18n';
import { documentsMessages } from '@/lib/i18n/documents';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import { fieldUrl, sectionId } from './section';

/** The section's id, which the contents list and the popup link to. */
export const DOCUMENTS_ID = 'documents';

export function DocumentsSection(props: {
  t: OptionsMessages;
  language: UiLanguage;
  documents: DocumentsState;
  /** documents.html. */
  pageUrl: string;
}) {
  const { t, language } = props;
  return (
    <section id={DOCUMENTS_ID} aria-labelledby="documents--heading" data-testid="documents">
      <h2 id="documents--heading">{documentsMessages(language).heading}</h2>
      <p>
        <a href={props.pageUrl} target="_blank" rel="noopener" data-testid="documents-page">
          {t.documentsOwnPage}
        </a>
      </p>
      <DocumentsContent
        {...props.documents}
        language={language}
        factsUrl={fieldUrl}
        letterUrl={`#${sectionId('letter')}`}
        level={3}
      />
    </section>
  );
}
