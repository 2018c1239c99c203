// The whole options page: the user's facts in groups, the letter import, their data and settings.
// It renders what it is given; the page (entrypoints/options) loads, saves and reads files.
import type { Settings } from '@/lib/schema/settings';
import { DataSection, type DataStatus } from './data-section';
import { EducationSection } from './education-section';
import { FamilySection } from './family-section';
import { LanguageSection } from './language-section';
import { LetterSection, type LetterStatus } from './letter-section';
import { FundsSection, NominationSection, RoundSection } from './plans-sections';
import { PoliceSection } from './police-section';
import { sectionId, type SectionName } from './section';
import { LanguageSwitch, SettingsSection, type OptIn } from './settings-section';
import type { FormProps } from './types';
import { WorkSection } from './work-section';

export type SaveState =
  { state: 'saved' } | { state: 'saving' } | { state: 'failed'; reason: string };

export interface OptionsViewProps extends FormProps {
  appName: string;
  save: SaveState;
  settings: Settings;
  denied: Record<OptIn, boolean>;
  letter: LetterStatus;
  data: DataStatus;
  on: {
    language: (language: Settings['language']) => void;
    optIn: (key: OptIn, on: boolean) => void;
    letterFile: (file: File) => void;
    exportData: () => void;
    importData: (file: File) => void;
    deleteData: () => void;
  };
}

const SECTIONS: readonly SectionName[] = [
  'letter',
  'family',
  'languageTests',
  'education',
  'work',
  'nomination',
  'funds',
  'policeCertificates',
  'round',
  'data',
  'settings',
];

function SaveLine({ props }: { props: OptionsViewProps }) {
  const { t, save, view } = props;
  const count = Object.keys(view.result.errors).length;
  if (count > 0) return <p class="save bad">{t.notSaved({ count })}</p>;
  if (save.state === 'failed')
    return <p class="save bad">{t.saveFailed({ reason: save.reason })}</p>;
  return <p class="save">{save.state === 'saving' ? t.saving : t.saved}</p>;
}

export function OptionsView(props: OptionsViewProps) {
  const { t, on } = props;
  return (
    <main data-testid="options" class="options">
      <header>
        <div>
          <p class="brand">{props.appName}</p>
          <h1>{t.heading}</h1>
        </div>
        <LanguageSwitch t={t} value={props.settings.language} onLanguage={on.language} />
      </header>
      <p>{t.intro}</p>
      <nav aria-labelledby="contents--heading">
        <h2 id="contents--heading" class="small">
          {t.contents}
        </h2>
        <ul>
          {SECTIONS.map((name) => (
            <li key={name}>
              <a href={`#${sectionId(name)}`}>{t.section[name]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="status" role="status" data-testid="save-status">
        <SaveLine props={props} />
      </div>
      <LetterSection t={t} language={props.language} status={props.letter} onFile={on.letterFile} />
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <FamilySection {...props} />
        <LanguageSection {...props} />
        <EducationSection {...props} />
        <WorkSection {...props} />
        <NominationSection {...props} />
        <FundsSection {...props} />
        <PoliceSection {...props} />
        <RoundSection {...props} />
      </form>
      <DataSection
        t={t}
        status={props.data}
        onExport={on.exportData}
        onImport={on.importData}
        onDelete={on.deleteData}
      />
      <SettingsSection t={t} settings={props.settings} denied={props.denied} onOptIn={on.optIn} />
    </main>
  );
}
