import { NewestOnly } from '@/lib/view/newest-only';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/popup/popup-view';
import { uiLanguage, type UiLanguage } from '@/lib/i18n';
import { buildChecklist, nextAtRisk, type ChecklistItem } from '@/lib/checklist';
import { decodeLetter, type DecodedLetter } from '@/lib/claims';
import type { Facts } from '@/lib/facts';
import { knownRounds } from '@/lib/rounds/known';
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

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What the letter's breakdown says was claimed; worked out once per reading (it is not instant). */
const decoded = new Map<string, DecodedLetter | null>();
function claimsOf(state: ReadingsState): DecodedLetter | null {
  const letter = state.itaLetter;
  if (!letter || Object.keys(letter.reading.crs.rows).length === 0) return null;
  if (!decoded.has(letter.readAt)) {
    decoded.clear();
    try {
      decoded.set(letter.readAt, decodeLetter(letter.reading));
    } catch (error) {
      // What the score rests on is an explanation: without it the popup still answers.
      console.debug('ITA Ready: the letter’s claims could not be worked out.', error);
      decoded.set(letter.readAt, null);
    }
  }
  return decoded.get(letter.readAt) ?? null;
}

/** The document most at risk, from the stored letter and facts, as the documents page lists them. */
function nextDocumentOf(stored: Stored): ChecklistItem | null | undefined {
  const reading = stored.state.itaLetter?.reading;
  if (!reading) return undefined;
  try {
    const checklist = buildChecklist({
      reading,
      facts: stored.facts,
      now: Date.now(),
      timeZone: ZONE,
      rounds: knownRounds(stored.rounds),
    });
    return nextAtRisk(checklist);
  } catch (error) {
    console.debug('ITA Ready: the document checklist could not be worked out.', error);
    return undefined;
  }
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
  nextDocument?: ChecklistItem | null | undefined;
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
        claims={claimsOf(stored.state)}
        nextDocument={stored.nextDocument}
        documentsUrl={new URL('documents.html', browser.runtime.getURL('/')).href}
      />,
      root,
    );
  };

  // Everything straight from storage, which the popup may read: no round trip through the
  // background, and each value parsed on the way in (utils/storage). Of overlapping refreshes, only
  // the newest is drawn.
  const { run: refresh } = new NewestOnly(
    () =>
      Promise.all([
        loadReadings(),
        loadAssessment(),
        loadCheckFailure(),
        loadRoundsCache(),
        loadFacts(),
        loadSettings(),
      ]),
    ([state, assessment, failure, rounds, facts, settings]) => {
      stored = { state, assessment, failure, rounds, facts };
      stored.nextDocument = nextDocumentOf(stored);
      language = languageOf(settings.language);
      startWaiting(state.itaLetter?.readAt ?? null);
      draw();
    },
  );

  // A new reading, new facts or a new verdict while the popup is open: show them at once. Followed
  // before the first read, so a change between the two is not missed.
  watchAll(() => void refresh());
  await refresh();
  // Keep the countdown current while the popup is open.
  setInterval(draw, 30_000);
}

void main();
