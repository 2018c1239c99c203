// The worker stores the plan beside the assessment, computed by the planner over the very inputs of
// the verdict, so the popup and `ita-ready plan` give the same numbers; a plan that cannot be made
// leaves the verdict standing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reassess } from '@/entrypoints/background/assess';
import * as planner from '@/lib/plan';
import { knownRounds } from '@/lib/rounds';
import { EMPTY_ROUNDS_CACHE } from '@/lib/rounds/schema';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import { loadAssessment, saveFacts, saveReadings } from '@/utils/storage';
import { letter } from '../../support/stored';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const FACTS = { round: { cutoff: 490 }, dateOfBirth: '1996-03-14' };

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-CA');
  await saveReadings(withReading(EMPTY_READINGS, letter, '/mycic/m/1', '2026-11-22T11:00:00Z'));
  await saveFacts(FACTS);
});

describe('the plan beside the assessment', () => {
  it('is the planner’s answer for the same reading, facts, rounds and day', async () => {
    const stored = await reassess(NOW, 'America/Toronto');
    const expected = planner.planFor({
      reading: letter,
      facts: FACTS,
      rounds: knownRounds(EMPTY_ROUNDS_CACHE),
      now: NOW,
      timeZone: 'America/Toronto',
    });
    expect(stored?.plan).toEqual(expected.plan);
    expect(stored?.assessment).toEqual(expected.assessment);
    expect(stored?.plan?.margin, 'score 512 against the cut-off typed, 490').toBe(22);
    expect((await loadAssessment())?.plan, 'stored, and read back through its schema').toEqual(
      expected.plan,
    );
  });

  it('a plan that cannot be made leaves the verdict, stored with no plan', async () => {
    vi.spyOn(planner, 'planFor').mockImplementation(() => {
      throw new RangeError('no profile could be built from the facts');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stored = await reassess(NOW, 'America/Toronto');
    expect(stored?.assessment.verdict).toBeDefined();
    expect(stored?.plan).toBeNull();
  });
});
