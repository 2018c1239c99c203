// The documents page: the checklist and the upload preparer, in the user's language.
import { messages, type UiLanguage } from '@/lib/i18n';
import { documentsMessages } from '@/lib/i18n/documents';
import { LanguageToggle } from '../popup/language-toggle';
import { ChecklistView, type ChecklistViewProps } from './checklist-view';
import { PackView, type PackViewProps } from './pack-view';

export type DocumentsPageProps = ChecklistViewProps &
  PackViewProps & { onLanguage: (language: UiLanguage) => void };

export function DocumentsPage(props: DocumentsPageProps) {
  const t = documentsMessages(props.language);
  return (
    <main class="documents" lang={props.language} data-testid="documents">
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
      <ChecklistView {...props} />
      <PackView language={props.language} pack={props.pack} />
    </main>
  );
}
