import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reassess } from '@/entrypoints/background/assess';
import { loadAssessment, saveFacts, saveReadings, saveRoundsCache } from '@/utils/storage';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import type { Reading } from '@/lib/reader/types';
import { letter as sampleLetter } from '../../support/stored';

const now = Date.parse('2026-11-22T12:00:00Z');
// The sample letter, dated the day of the round the rounds-cache test downloads.
const letter: Reading = {
  ...sampleLetter,
  invitation: { ...sampleLetter.invitation, date: '2026-11-20' },
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-CA');
});

describe('background rules run', () => {
  it('stores nothing and clears the badge when no letter was read', async () => {
    expect(await reassess(now, 'UTC')).toBeNull();
    expect(await loadAssessment()).toBeNull();
  });

  it('stores the assessment of the letter and the facts, and marks the badge', async () => {
    await saveReadings(withReading(EMPTY_READINGS, letter, '/mycic/m/1', '2026-11-22T11:00:00Z'));
    const stored = await reassess(now, 'UTC');
    expect(stored?.readingSource).toBe('/mycic/m/1');
    // No facts yet: never "ready" silently.
    expect(stored?.assessment.verdict).not.toBe('ready');
    expect(await loadAssessment()).toEqual(stored);
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe('');
  });

  it('follows the facts: a typed cut-off above the score turns the verdict to decline', async () => {
    await saveReadings(withReading(EMPTY_READINGS, letter, '/mycic/m/1', '2026-11-22T11:00:00Z'));
    await saveFacts({ round: { number: '999', cutoff: 600 } });
    const stored = await reassess(now, 'UTC');
    expect(stored?.assessment.verdict).toBe('decline');
    expect(stored?.assessment.findings.map((f) => f.id)).toContain('score-below-cutoff');
  });

  it('uses the downloaded rounds merged with the bundled ones', async () => {
    // A CEC round on the letter's date, known only from a download: its cut-off decides.
    await saveReadings(withReading(EMPTY_READINGS, letter, '/mycic/m/1', '2026-11-22T11:00:00Z'));
    await saveRoundsCache({
      rounds: [
        {
          number: '460',
          date: '2026-11-20',
          name: 'Canadian Experience Class',
          cutoff: 530,
          size: 2000,
          programs: 'Canadian Experience Class',
          category: null,
        },
      ],
      fetchedAt: '2026-11-21T00:00:00.000Z',
      lastError: null,
    });
    const stored = await reassess(now, 'UTC');
    expect(stored?.assessment.cutoff).toMatchObject({ value: 530, source: 'round' });
    expect(stored?.assessment.verdict).toBe('decline');
  });
});
