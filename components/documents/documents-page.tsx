// documents.html: the checklist and the upload preparer on a page of their own (the popup's "next
// document at risk" leads here), in the user's language.
import { messages, type UiLanguage } from '@/lib/i18n';
import { documentsMessages } from '@/lib/i18n/documents';
import { LanguageToggle } from '../popup/language-toggle';
import { DocumentsContent, type DocumentsState } from './documents-content';

export interface DocumentsPageProps extends DocumentsState {
  language: UiLanguage;
  factsUrl: (fact: string) => string;
  onLanguage: (language: UiLanguage) => void;
}

export function DocumentsPage(props: DocumentsPageProps) {
  const t = documentsMessages(props.language);
  return (
    <main class="page documents" lang={props.language} data-testid="documents">
      <header>
        <div>
          <p class="brand">{messages(props.language).appName}</p>
          <h1>{t.heading}</h1>
        </div>
        <LanguageToggle
          language={props.language}
          t={messages(props.language)}
          onChange={props.onLanguage}
        />
      </header>
      <DocumentsContent {...props} level={2} />
    </main>
  );
}
