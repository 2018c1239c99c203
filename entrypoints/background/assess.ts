// Runs the rules on the stored letter and facts, stores the assessment with the plan beside it (what
// is at stake, for the popup), and shows the verdict on the badge.
// A run that fails stores a "could not check" state in its place (when, and why as a code), so the
// badge, the popup and the guard never go on showing an older verdict as if it were current; the
// next good run clears it.
import { browser } from 'wxt/browser';
import { evaluate, type Assessment, type EvaluateInput } from '@/lib/rules';
import { planFor, type Plan } from '@/lib/plan';
import { knownRounds } from '@/lib/rounds';
import { uiLanguage } from '@/lib/i18n/language';
import { backgroundMessages } from '@/lib/i18n/background';
import { VERDICT_COLOUR, VERDICT_MARK, type Verdict } from '@/lib/verdict';
import type { StoredAssessment } from '@/lib/schema/assessment';
import type { CheckFailure, CheckFailureReason } from '@/lib/schema/check-failure';
import { CHECK_FAILED_LOOK } from '@/lib/view/check-failed';
import type { Settings } from '@/lib/schema/settings';
import { syncReminders } from './reminders';
import {
  loadFacts,
  loadReadings,
  loadRoundsCache,
  loadSettings,
  saveAssessment,
  saveCheckFailure,
} from '@/utils/storage';

export async function reassess(now: number, timeZone: string): Promise<StoredAssessment | null> {
  // What was being done when something threw: that is the reason the user is given.
  let doing: CheckFailureReason = 'storage-failed';
  let readingAt: string | null = null;
  try {
    const { itaLetter } = await loadReadings();
    const facts = await loadFacts();
    const settings = await loadSettings();
    if (!itaLetter) {
      await saveAssessment(null);
      await saveCheckFailure(null);
      await showBadge({ kind: 'none' }, settings);
      await syncReminders(null, null, facts, settings, now, timeZone);
      return null;
    }
    readingAt = itaLetter.readAt;
    const rounds = knownRounds(await loadRoundsCache());
    doing = 'rules-failed';
    const { assessment, plan } = assessAndPlan({
      reading: itaLetter.reading,
      facts,
      rounds,
      now,
      timeZone,
    });
    doing = 'storage-failed';
    const stored: StoredAssessment = {
      assessment,
      computedAt: new Date(now).toISOString(),
      readingAt: itaLetter.readAt,
      readingSource: itaLetter.source,
      plan,
    };
    await saveAssessment(stored);
    await saveCheckFailure(null);
    await showBadge({ kind: 'verdict', verdict: assessment.verdict }, settings);
    // The verdict stands even if the alarms cannot be set: a reminder is not worth a failed run.
    await syncReminders(assessment, itaLetter.reading, facts, settings, now, timeZone).catch(
      (error: unknown) => console.error('ITA Ready: the reminders could not be set.', error),
    );
    return stored;
  } catch (error) {
    console.error('ITA Ready: the checks could not run.', error);
    await recordFailure({ at: new Date(now).toISOString(), reason: doing, readingAt });
    return null;
  }
}

/**
 * The verdict and the plan over the same inputs. The plan is an explanation beside the verdict: when
 * it cannot be made, the verdict is still given (and stored with no plan), never withheld for it.
 */
function assessAndPlan(input: EvaluateInput): { assessment: Assessment; plan: Plan | null } {
  try {
    return planFor(input);
  } catch (error) {
    console.error('ITA Ready: the plan could not be made; the verdict is kept.', error);
    return { assessment: evaluate(input), plan: null };
  }
}

/** Stores the failure in place of the verdict and says so on the badge; each step on its own. */
async function recordFailure(failure: CheckFailure): Promise<void> {
  const steps: [string, () => Promise<void>][] = [
    ['the old verdict could not be removed', () => saveAssessment(null)],
    ['the failure could not be stored', () => saveCheckFailure(failure)],
    [
      'the badge could not be updated',
      async () => showBadge({ kind: 'failed' }, await settingsOrDefault()),
    ],
  ];
  for (const [what, step] of steps) {
    await step().catch((error: unknown) => console.error(`ITA Ready: ${what}.`, error));
  }
}

async function settingsOrDefault(): Promise<Pick<Settings, 'language'>> {
  return loadSettings().catch(() => ({ language: 'auto' as const }));
}

type BadgeState = { kind: 'none' } | { kind: 'failed' } | { kind: 'verdict'; verdict: Verdict };

// Words and colour together: the badge carries a sign, its tooltip says it in words.
async function showBadge(state: BadgeState, settings: Pick<Settings, 'language'>): Promise<void> {
  // MV3 (Chrome) has `action`, MV2 (Firefox) has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const t = backgroundMessages(uiLanguage(settings.language, browser.i18n.getUILanguage()));
  switch (state.kind) {
    case 'none':
      await action.setBadgeText({ text: '' });
      await action.setTitle({ title: t.badgeTitle.none });
      return;
    case 'failed':
      await action.setBadgeText({ text: CHECK_FAILED_LOOK.mark });
      await action.setBadgeBackgroundColor({ color: CHECK_FAILED_LOOK.ink });
      await action.setTitle({ title: t.badgeTitle.failed });
      return;
    case 'verdict':
      await action.setBadgeText({ text: VERDICT_MARK[state.verdict] });
      await action.setBadgeBackgroundColor({ color: VERDICT_COLOUR[state.verdict].ink });
      await action.setTitle({ title: t.badgeTitle[state.verdict] });
  }
}
