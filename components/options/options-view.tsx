// The whole options page: what the letter's points rest on, then the facts that check it in that
// order (what does not apply is not shown), the letter import, what if (the plan), the documents,
// the user's data and settings.
// It renders what it is given; the page (entrypoints/options) loads, saves and reads files.
import type { DocumentsState } from '@/components/documents/documents-content';
import { documentsMessages } from '@/lib/i18n/documents';
import { planMessages } from '@/lib/i18n/plan';
import type { Settings } from '@/lib/schema/settings';
import { ClaimsSection } from './claims-section';
import { DataSection, type DataStatus } from './data-section';
import { DOCUMENTS_ID, DocumentsSection } from './documents-section';
import { EducationSection } from './education-section';
import { FamilySection } from './family-section';
import { fieldLabel } from './field-label';
import { LanguageSection } from './language-section';
import { LetterSection, type LetterStatus } from './letter-section';
import { FundsSection, NominationSection, RoundSection } from './plans-sections';
import { PoliceSection } from './police-section';
import { sectionId, type SectionName } from './section';
import { SetAsideNotice, type SetAsideLine } from './set-aside-notice';
import { LanguageSwitch, SettingsSection, type OptIn } from './settings-section';
import type { FormProps } from './types';
import { WHAT_IF_ID, WhatIfPart, type WhatIfState } from './what-if-part';
import { WorkSection } from './work-section';

export type SaveState =
  { state: 'saved' } | { state: 'saving' } | { state: 'failed'; reason: string };

/** The letter as the claims section shows it. */
export interface LetterClaims {
  hasLetter: boolean;
  /** The invitation's date in words. */
  date: string | null;
  together: boolean;
  /** Rows holding a number the grid never gives, in words. */
  unexplained: string[];
}

export interface OptionsViewProps extends FormProps {
  appName: string;
  save: SaveState;
  settings: Settings;
  denied: Record<OptIn, boolean>;
  letter: LetterStatus;
  letterClaims: LetterClaims;
  data: DataStatus;
  setAside: readonly SetAsideLine[];
  /** How many questions that apply are still unanswered (counted in the page). */
  unanswered: number;
  /** Said to screen readers when it changes (the error of the field just left). */
  announcement: string;
  /** The stored plan for "What if", or why there is none. */
  whatIf: WhatIfState;
  /** The document checklist and the preparer (utils/documents useDocuments). */
  documents: DocumentsState;
  /** documents.html, the same list on a page of its own. */
  documentsUrl: string;
  on: {
    language: (language: Settings['language']) => void;
    optIn: (key: OptIn, on: boolean) => void;
    letterFile: (file: File) => void;
    exportData: () => void;
    importData: (file: File) => void;
    deleteData: () => void;
    downloadSetAside: () => void;
    dismissSetAside: () => void;
    firstQuestion: () => void;
  };
}

/** The facts' sections, in the order the claims are checked. */
const FORM_SECTIONS: readonly SectionName[] = [
  'family',
  'education',
  'work',
  'languageTests',
  'nomination',
  'funds',
  'policeCertificates',
  'round',
];

/** The contents list: every part of the page, in the page's order, by id and heading. */
function contents(props: OptionsViewProps): { id: string; label: string }[] {
  const { t } = props;
  const section = (name: SectionName) => ({ id: sectionId(name), label: t.section[name] });
  return [
    { id: 'claims', label: t.claimsHeading },
    section('letter'),
    ...FORM_SECTIONS.map(section),
    // After the facts: their links are never Tab stops before the questions.
    { id: WHAT_IF_ID, label: planMessages(props.language).whatIfHeading },
    { id: DOCUMENTS_ID, label: documentsMessages(props.language).heading },
    section('data'),
    section('settings'),
  ];
}

function SaveLine({ props }: { props: OptionsViewProps }) {
  const { t, save, view } = props;
  // Only once the draft is written does the line say how it stands: a page opened now shows it.
  if (save.state === 'saving') return <p class="save">{t.saving}</p>;
  if (save.state === 'failed')
    return <p class="save bad">{t.saveFailed({ reason: save.reason })}</p>;
  const count = Object.keys(view.result.errors).length;
  if (count > 0) return <p class="save bad">{t.notSaved({ count })}</p>;
  return <p class="save">{t.saved}</p>;
}

/** Every field that needs fixing, each a link that moves the focus there. */
function ErrorSummary({ props }: { props: OptionsViewProps }) {
  const { t, view, language } = props;
  const errors = Object.entries(view.result.errors);
  if (errors.length === 0 || props.save.state === 'saving') return null;
  return (
    <ul class="error-summary" data-testid="error-summary">
      {errors.map(([id, error]) => (
        <li key={id}>
          <a
            href={`#${id}`}
            onClick={(e) => {
              e.preventDefault();
              props.focus(id);
            }}
          >
            {t.announceError({ label: fieldLabel(t, language, id), message: t.error(error) })}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function OptionsView(props: OptionsViewProps) {
  const { t, on } = props;
  return (
    <main data-testid="options" class="page options">
      {/* The first stop of the page: straight to what is still to answer. */}
      <p class="skip">
        {props.unanswered > 0 ? (
          <a
            href="#first-question"
            data-testid="first-question"
            onClick={(e) => {
              e.preventDefault();
              on.firstQuestion();
            }}
          >
            {t.firstQuestion({ count: props.unanswered })}
          </a>
        ) : (
          <span data-testid="first-question">{t.allAnswered}</span>
        )}
      </p>
      <header>
        <div>
          <p class="brand">{props.appName}</p>
          <h1>{t.heading}</h1>
        </div>
        <LanguageSwitch t={t} value={props.settings.language} onLanguage={on.language} />
      </header>
      <p>{t.intro}</p>
      <p class="hint">{t.enterHint}</p>
      <SetAsideNotice
        t={t}
        lines={props.setAside}
        onDownload={on.downloadSetAside}
        onDismiss={on.dismissSetAside}
      />
      <nav aria-labelledby="contents--heading">
        <h2 id="contents--heading" class="small">
          {t.contents}
        </h2>
        <ul>
          {contents(props).map(({ id, label }) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="status" role="status" data-testid="save-status">
        <SaveLine props={props} />
      </div>
      <ErrorSummary props={props} />
      <ClaimsSection
        t={t}
        lines={props.claims}
        date={props.letterClaims.date}
        together={props.letterClaims.together}
        unexplained={props.letterClaims.unexplained}
        hasLetter={props.letterClaims.hasLetter}
      />
      <LetterSection t={t} language={props.language} status={props.letter} onFile={on.letterFile} />
      <form class="facts" onSubmit={(e) => e.preventDefault()} noValidate>
        <FamilySection {...props} />
        <EducationSection {...props} />
        <WorkSection {...props} />
        <LanguageSection {...props} />
        <NominationSection {...props} />
        <FundsSection {...props} />
        <PoliceSection {...props} />
        <RoundSection {...props} />
      </form>
      <WhatIfPart state={props.whatIf} t={t} language={props.language} />
      <DocumentsSection
        t={t}
        language={props.language}
        documents={props.documents}
        pageUrl={props.documentsUrl}
      />
      <DataSection
        t={t}
        status={props.data}
        onExport={on.exportData}
        onImport={on.importData}
        onDelete={on.deleteData}
      />
      <SettingsSection t={t} settings={props.settings} denied={props.denied} onOptIn={on.optIn} />
      <p class="sr-only" aria-live="assertive" data-testid="announce">
        {props.announcement}
      </p>
    </main>
  );
}
