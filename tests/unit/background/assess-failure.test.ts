// A rules run that fails: the previous verdict is not left on the badge or in storage; a "could not
// check" state (when, and why) takes its place until the next good run replaces it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reassess } from '@/entrypoints/background/assess';
import { backgroundMessages } from '@/lib/i18n/background';
import { CHECK_FAILED_LOOK } from '@/lib/view/check-failed';
import { VERDICT_MARK } from '@/lib/verdict';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import {
  loadAssessment,
  loadCheckFailure,
  saveFacts,
  saveReadings,
  saveSettings,
} from '@/utils/storage';
import { letter } from '../../support/stored';

/** Whether the next runs of the rules throw, as a bug in a rule would. */
const rules = vi.hoisted(() => ({ fail: false }));
vi.mock('@/lib/rules', async (original) => {
  const actual = await original<typeof import('@/lib/rules')>();
  return {
    ...actual,
    evaluate: (...args: Parameters<typeof actual.evaluate>) => {
      if (rules.fail) throw new TypeError("Cannot read properties of undefined (reading 'hours')");
      return actual.evaluate(...args);
    },
  };
});

const NOW = Date.parse('2026-11-22T12:00:00Z');
const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  title: await fakeBrowser.action.getTitle({}),
});

beforeEach(async () => {
  fakeBrowser.reset();
  rules.fail = false;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-CA');
  await saveReadings(withReading(EMPTY_READINGS, letter, '/mycic/m/1', '2026-11-22T11:00:00.000Z'));
  // A typed cut-off above the letter's 512: a decline the failed run must not leave standing.
  await saveFacts({ round: { cutoff: 600 } });
});

afterEach(() => vi.restoreAllMocks());

describe('a failed rules run', () => {
  it.each(['en', 'fr'] as const)(
    'replaces the previous verdict in storage and on the badge (%s)',
    async (language) => {
      await saveSettings({ language });
      expect((await reassess(NOW, 'UTC'))?.assessment.verdict).toBe('decline');
      expect((await badge()).text).toBe(VERDICT_MARK.decline);

      rules.fail = true;
      const later = NOW + 60 * 60 * 1000;
      expect(await reassess(later, 'UTC')).toBeNull();
      expect(await loadAssessment(), 'the old verdict must not stay in storage').toBeNull();
      expect(await loadCheckFailure()).toEqual({
        at: new Date(later).toISOString(),
        reason: 'rules-failed',
        readingAt: '2026-11-22T11:00:00.000Z',
      });
      expect(await badge(), 'the badge must say "could not check", not the old verdict').toEqual({
        text: CHECK_FAILED_LOOK.mark,
        title: backgroundMessages(language).badgeTitle.failed,
      });
    },
  );

  it('the next good run replaces the failure with the verdict', async () => {
    rules.fail = true;
    await reassess(NOW, 'UTC');
    expect(await loadCheckFailure()).not.toBeNull();
    rules.fail = false;
    const stored = await reassess(NOW + 1000, 'UTC');
    expect(stored?.assessment.verdict).toBe('decline');
    expect(await loadCheckFailure()).toBeNull();
    expect(await badge()).toEqual({
      text: VERDICT_MARK.decline,
      title: backgroundMessages('en').badgeTitle.decline,
    });
  });

  it('storage that cannot be written: the badge still stops showing the old verdict', async () => {
    await reassess(NOW, 'UTC');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES exceeded'));
    expect(await reassess(NOW + 1000, 'UTC')).toBeNull();
    expect((await badge()).text).toBe(CHECK_FAILED_LOOK.mark);
  });

  it('never throws (the worker stays up) and logs the error for a developer', async () => {
    rules.fail = true;
    await expect(reassess(NOW, 'UTC')).resolves.toBeNull();
    expect(console.error).toHaveBeenCalledWith(
      'ITA Ready: the checks could not run.',
      expect.any(TypeError),
    );
  });
});
