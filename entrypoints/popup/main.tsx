import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/popup/popup-view';
import { uiLanguage, type UiLanguage } from '@/lib/i18n';
import type { Settings } from '@/lib/schema/settings';
import type { ReadingsState } from '@/lib/schema/state';
import type { StoredAssessmentView } from '@/lib/view/assessment';
import { structureOfActiveTab } from './page-structure';
import {
  loadAssessment,
  loadReadings,
  loadSettings,
  saveSettings,
  watchAll,
} from '@/utils/storage';
import '@/components/styles.css';

/** `auto` follows the browser's UI language; the user's choice in the header wins over it. */
function languageOf(setting: Settings['language']): UiLanguage {
  return uiLanguage(setting, browser.i18n.getUILanguage());
}

function optionsUrl(fact?: string): string {
  return (
    new URL('options.html', browser.runtime.getURL('/')).href +
    (fact ? `#${encodeURIComponent(fact)}` : '')
  );
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  let state: ReadingsState | null = null;
  let assessment: StoredAssessmentView | null = null;
  // Set by refresh() before the first draw.
  let language: UiLanguage = 'en';

  const draw = () => {
    if (!state) return;
    document.documentElement.lang = language;
    render(
      <PopupView
        state={state}
        assessment={assessment}
        now={Date.now()}
        language={language}
        optionsUrl={optionsUrl}
        onLanguage={(next) => {
          language = next;
          draw();
          void saveSettings({ language: next });
        }}
        // Asked of the IRCC page in the active tab when the user presses the button (labels only).
        getStructure={() => structureOfActiveTab()}
        copy={(text) => navigator.clipboard.writeText(text)}
      />,
      root,
    );
  };

  const refresh = async () => {
    // Readings, verdict and settings alike straight from storage, which the popup may read: no
    // round trip through the background for the readings.
    const [nextState, nextAssessment, settings] = await Promise.all([
      loadReadings(),
      loadAssessment(),
      loadSettings(),
    ]);
    state = nextState;
    assessment = nextAssessment;
    language = languageOf(settings.language);
    draw();
  };

  await refresh();
  // A new reading, new facts or a new verdict while the popup is open: show them at once.
  watchAll(() => void refresh());
  // Keep the countdown current while the popup is open.
  setInterval(draw, 30_000);
}

void main();
