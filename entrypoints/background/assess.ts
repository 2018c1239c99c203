// Runs the rules on the stored letter and facts, stores the assessment, and shows it on the badge.
import { browser } from 'wxt/browser';
import { evaluate } from '@/lib/rules';
import { BUNDLED_ROUNDS } from '@/lib/rounds';
import { uiLanguage } from '@/lib/i18n/language';
import { VERDICT_COLOUR, VERDICT_MARK } from '@/lib/verdict';
import { syncReminders } from './reminders';
import type { StoredAssessment } from '@/lib/schema/assessment';
import {
  loadFacts,
  loadReadings,
  loadRoundsCache,
  loadSettings,
  saveAssessment,
} from '@/utils/storage';

/** The refreshed rounds when the user turned refresh on and it worked, else the bundled snapshot. */
async function currentRounds() {
  const cache = await loadRoundsCache();
  return cache.rounds.length > 0 ? cache.rounds : BUNDLED_ROUNDS;
}

export async function reassess(now: number, timeZone: string): Promise<StoredAssessment | null> {
  const { itaLetter } = await loadReadings();
  const facts = await loadFacts();
  if (!itaLetter) {
    await saveAssessment(null);
    await showBadge(null);
    await syncReminders(null, null, facts, await loadSettings(), now, timeZone);
    return null;
  }
  const assessment = evaluate({
    reading: itaLetter.reading,
    facts,
    rounds: await currentRounds(),
    now,
    timeZone,
  });
  const stored: StoredAssessment = {
    assessment,
    computedAt: new Date(now).toISOString(),
    readingAt: itaLetter.readAt,
    readingSource: itaLetter.source,
  };
  await saveAssessment(stored);
  await showBadge(stored);
  await syncReminders(assessment, itaLetter.reading, facts, await loadSettings(), now, timeZone);
  return stored;
}

// Words and colour together: the badge carries a sign, its tooltip says it in words.
const TITLES = {
  en: {
    decline: 'ITA Ready: decline — open to see why',
    review: 'ITA Ready: review before you accept',
    ready: 'ITA Ready: ready',
  },
  fr: {
    decline: 'ITA Ready : refuser — ouvrez pour voir pourquoi',
    review: 'ITA Ready : à vérifier avant d’accepter',
    ready: 'ITA Ready : prêt',
  },
} as const;

async function showBadge(stored: StoredAssessment | null): Promise<void> {
  // MV3 (Chrome) has `action`, MV2 (Firefox) has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  if (!stored) {
    await action.setBadgeText({ text: '' });
    await action.setTitle({ title: 'ITA Ready' });
    return;
  }
  const { verdict } = stored.assessment;
  const { language } = await loadSettings();
  const lang = uiLanguage(language, browser.i18n.getUILanguage());
  await action.setBadgeText({ text: VERDICT_MARK[verdict] });
  await action.setBadgeBackgroundColor({ color: VERDICT_COLOUR[verdict].ink });
  await action.setTitle({ title: TITLES[lang][verdict] });
}
