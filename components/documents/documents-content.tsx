// The checklist and the upload preparer, as every page that shows them does (documents.html, the
// options page's "Your documents"): what the page's wiring (utils/documents useDocuments) gives,
// rendered at the heading level the page asks for.
import type { Checklist } from '@/lib/checklist';
import type { UiLanguage } from '@/lib/i18n';
import { documentsMessages } from '@/lib/i18n/documents';
import { ChecklistView, type ChecklistViewProps } from './checklist-view';
import type { HeadingLevel } from './heading';
import { PackView, type PackViewProps } from './pack-view';

/** What a page's wiring gives the views. */
export interface DocumentsState {
  /** Null until it is first worked out. */
  checklist: Checklist | null;
  /** Why the list could not be worked out, or null. */
  loadError: string | null;
  /** Why the last mark could not be saved, or null. */
  saveError: string | null;
  onHave: ChecklistViewProps['onHave'];
  onRequested: ChecklistViewProps['onRequested'];
  pack: PackViewProps['pack'];
}

export interface DocumentsContentProps extends DocumentsState {
  language: UiLanguage;
  /** Where a fact the list waits on is entered. */
  factsUrl: (fact: string) => string;
  /** Where the letter is imported on this page, above the list, if it is. */
  letterUrl?: string;
  level: HeadingLevel;
}

export function DocumentsContent(props: DocumentsContentProps) {
  const { checklist, language, level } = props;
  const t = documentsMessages(language);
  return (
    <>
      {props.loadError !== null ? (
        <p class="error" role="alert" data-testid="checklist-failed">
          {t.listFailed({ reason: props.loadError })}
        </p>
      ) : checklist === null ? (
        <p class="hint" data-testid="checklist-working">
          {t.listWorking}
        </p>
      ) : (
        <ChecklistView
          checklist={checklist}
          language={language}
          onHave={props.onHave}
          onRequested={props.onRequested}
          factsUrl={props.factsUrl}
          letterUrl={props.letterUrl}
          saveError={props.saveError}
          level={level}
        />
      )}
      <PackView language={language} pack={props.pack} level={level} />
    </>
  );
}
