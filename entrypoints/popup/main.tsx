import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/popup/popup-view';
import { uiLanguage, type UiLanguage } from '@/lib/i18n';
import type { Facts } from '@/lib/facts';
import type { RoundsCache } from '@/lib/rounds/schema';
import type { CheckFailure } from '@/lib/schema/check-failure';
import type { Settings } from '@/lib/schema/settings';
import type { ReadingsState } from '@/lib/schema/state';
import type { StoredAssessmentView } from '@/lib/view/assessment';
import { structureOfActiveTab } from './page-structure';
import { cutoffActions } from './round-choice';
import {
  loadAssessment,
  loadCheckFailure,
  loadFacts,
  loadReadings,
  loadRoundsCache,
  loadSettings,
  saveSettings,
  watchAll,
} from '@/utils/storage';
import '@/components/styles.css';

/**
 * How long the popup shows "checking" for a letter without a verdict before saying plainly that the
 * check has not finished: the worker's run takes a fraction of a second once it has the letter.
 */
const SLOW_AFTER_MS = 5_000;

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

interface Stored {
  state: ReadingsState;
  assessment: StoredAssessmentView | null;
  failure: CheckFailure | null;
  rounds: RoundsCache;
  facts: Facts;
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  let stored: Stored | null = null;
  // Set by refresh() before the first draw.
  let language: UiLanguage = 'en';
  // Whether the letter shown has waited SLOW_AFTER_MS for its verdict, per letter (its readAt).
  let waitingFor: string | null = null;
  let waited = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const startWaiting = (readAt: string | null) => {
    if (readAt === waitingFor) return;
    waitingFor = readAt;
    waited = false;
    clearTimeout(timer);
    timer = setTimeout(() => {
      waited = true;
      draw();
    }, SLOW_AFTER_MS);
  };

  const draw = () => {
    if (!stored) return;
    document.documentElement.lang = language;
    render(
      <PopupView
        state={stored.state}
        assessment={stored.assessment}
        failure={stored.failure}
        rounds={stored.rounds}
        category={stored.facts.round?.category ?? null}
        waited={waited}
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
        cutoffActions={cutoffActions}
      />,
      root,
    );
  };

  const refresh = async () => {
    // Everything straight from storage, which the popup may read: no round trip through the
    // background, and each value parsed on the way in (utils/storage).
    const [state, assessment, failure, rounds, facts, settings] = await Promise.all([
      loadReadings(),
      loadAssessment(),
      loadCheckFailure(),
      loadRoundsCache(),
      loadFacts(),
      loadSettings(),
    ]);
    stored = { state, assessment, failure, rounds, facts };
    language = languageOf(settings.language);
    startWaiting(state.itaLetter?.readAt ?? null);
    draw();
  };

  await refresh();
  // A new reading, new facts or a new verdict while the popup is open: show them at once.
  watchAll(() => void refresh());
  // Keep the countdown current while the popup is open.
  setInterval(draw, 30_000);
}

void main();
