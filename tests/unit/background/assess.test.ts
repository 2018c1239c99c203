import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { reassess } from '@/entrypoints/background/assess';
import { refreshRounds } from '@/entrypoints/background/rounds-refresh';
import {
  loadAssessment,
  loadRoundsCache,
  saveFacts,
  saveReadings,
  saveSettings,
  saveRoundsCache,
} from '@/utils/storage';
import { EMPTY_READINGS, withReading } from '@/lib/schema/state';
import type { Reading } from '@/lib/reader/types';

const now = Date.parse('2026-11-22T12:00:00Z');
const letter: Reading = {
  kind: 'ita-letter',
  language: 'en',
  invitation: { date: '2026-11-20', program: 'CEC', deadline: '2027-01-19T00:00:00Z' },
  crs: {
    total: 512,
    rows: {
      age: 110,
      education: 120,
      firstLanguage: 124,
      secondLanguage: 0,
      canadianWork: 53,
      spouseEducation: 0,
      spouseLanguage: 0,
      spouseCanadianWork: 0,
      transferEducation: 50,
      transferForeignWork: 25,
      transferCertificate: 0,
      frenchBonus: 0,
      sibling: 0,
      canadianEducation: 30,
      arrangedEmployment: 0,
      provincialNomination: 0,
    },
  },
  daysLeftToSubmit: null,
  profileNumber: null,
  missing: [],
  problems: [],
};

/** The fake browser does not model permissions: answer `contains` as a user who granted them. */
function grantPermissions() {
  const contains: (permissions: Browser.permissions.Permissions) => Promise<boolean> = async () =>
    true;
  vi.spyOn(browser.permissions, 'contains').mockImplementation(contains);
}

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
});

describe('rounds refresh (opt-in)', () => {
  const feed = {
    rounds: [
      {
        drawNumber: '91a',
        drawDate: '2026-11-19',
        drawName: 'Canadian Experience Class',
        drawSize: '1,500',
        drawCRS: '515',
        drawText2: 'Canadian Experience Class',
      },
    ],
  };

  it('does nothing unless the user turned it on', async () => {
    const fetchFeed = vi.fn();
    await refreshRounds(now, fetchFeed);
    expect(fetchFeed).not.toHaveBeenCalled();
  });

  it('keeps what it had and says why when the download is malformed', async () => {
    await saveSettings({ roundsRefresh: true });
    grantPermissions();
    await saveRoundsCache({ rounds: [], fetchedAt: null, lastError: null });
    const cache = await refreshRounds(now, async () => ({
      ok: true,
      status: 200,
      json: async () => ({ rounds: 'nope' }),
    }));
    expect(cache.rounds).toEqual([]);
    expect(cache.lastError?.message).toMatch(/could not be read/);
  });

  it('stores the parsed feed when it downloads', async () => {
    await saveSettings({ roundsRefresh: true });
    grantPermissions();
    await refreshRounds(now, async () => ({ ok: true, status: 200, json: async () => feed }));
    const cache = await loadRoundsCache();
    expect(cache.rounds[0]).toMatchObject({ number: '91a', cutoff: 515, size: 1500 });
    expect(cache.lastError).toBeNull();
  });
});
