// The options view mounted with plain props, as the view's tests need it: an idle page on an empty
// form (or the draft given), no letter, nothing saved wrong, with whatever a test looks at given over
// these. The form is shown as on 2026-11-22.
import { render } from 'preact';
import type { DocumentsState } from '@/components/documents/documents-content';
import { OptionsView, type OptionsViewProps } from '@/components/options/options-view';
import { emptyDraft, formView } from '@/lib/forms';
import { optionsEn } from '@/lib/i18n/options-en';
import { optionsFr } from '@/lib/i18n/options-fr';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';

export const TODAY = '2026-11-22';

const noop = () => undefined;

/** "Your documents" while the list is still being worked out, its marks and preparer doing nothing. */
export const NO_DOCUMENTS: DocumentsState = {
  checklist: null,
  loadError: null,
  saveError: null,
  onHave: noop,
  onRequested: noop,
  pack: () => Promise.reject(new Error('not in this test')),
};

/** The view's props but its words, which follow `language` (English unless told). */
export type MountProps = Partial<Omit<OptionsViewProps, 't' | 'language'>> & {
  language?: 'en' | 'fr';
};

/** Renders the options view into a new element of the document's body, and returns that element. */
export function mountOptionsView({ language = 'en', ...over }: MountProps = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const draft = over.draft ?? emptyDraft();
  const props: OptionsViewProps = {
    appName: 'ITA Ready',
    draft,
    view: formView(draft, TODAY),
    t: language === 'fr' ? optionsFr : optionsEn,
    language,
    edit: noop,
    focus: noop,
    save: { state: 'saved' },
    settings: DEFAULT_SETTINGS,
    denied: { notifications: false, roundsRefresh: false },
    letter: { state: 'idle' },
    data: { state: 'idle' },
    setAside: [],
    claims: [],
    letterClaims: { hasLetter: false, date: null, together: true, unexplained: [] },
    unanswered: 0,
    announcement: '',
    whatIf: { kind: 'no-letter' },
    documents: NO_DOCUMENTS,
    documentsUrl: 'chrome-extension://id/documents.html',
    on: {
      language: noop,
      optIn: noop,
      letterFile: noop,
      exportData: noop,
      importData: noop,
      deleteData: noop,
      downloadSetAside: noop,
      dismissSetAside: noop,
      firstQuestion: noop,
    },
    ...over,
  };
  render(<OptionsView {...props} />, root);
  return root;
}
