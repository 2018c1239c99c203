// The background's reminders with WXT's fake browser: alarms set and cleared, and a notification only
// when the user turned them on AND granted the permission.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onReminderAlarm, syncReminders } from '@/entrypoints/background/reminders';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';
import { saveSettings } from '@/utils/storage';
import { letter } from '../../support/stored';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const ZONE = 'America/Toronto';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The fake browser has no UI language: the browser says English.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-CA');
});

/** The fake browser does not model permissions: answer `contains` as the user would have. */
function grantNotifications(granted: boolean) {
  const contains: (permissions: Browser.permissions.Permissions) => Promise<boolean> = async (
    asked,
  ) => granted && (asked.permissions ?? []).every((name) => name === 'notifications');
  vi.spyOn(browser.permissions, 'contains').mockImplementation(contains);
}

// The documents reminders the letter also calls for are checked in tests/unit/reminders/documents.test.ts.
const names = async () =>
  (await fakeBrowser.alarms.getAll())
    .map((a) => a.name)
    .filter((name) => !name.includes('|documents|'))
    .sort();

describe('syncReminders', () => {
  it('sets the deadline and expiry alarms, and clears them when they no longer apply', async () => {
    await fakeBrowser.alarms.create('someone-else', { when: NOW + 1000 });
    const facts = {
      languageTests: [
        {
          test: 'ielts-general' as const,
          resultDate: '2025-01-10',
          scores: { listening: 8, reading: 7, writing: 7, speaking: 7 },
        },
      ],
    };
    const set = await syncReminders(null, letter, facts, DEFAULT_SETTINGS, NOW, ZONE);
    expect(
      set.filter((r) => r.kind !== 'documents').map((r) => `${r.kind}:${r.daysBefore}`),
    ).toEqual(['language-test:30', 'language-test:7', 'deadline:7', 'deadline:2']);
    expect(await names()).toEqual([
      'ita-ready-reminder|deadline|2|2027-01-19T00:00:00Z',
      'ita-ready-reminder|deadline|7|2027-01-19T00:00:00Z',
      'ita-ready-reminder|language-test|30|2027-01-10',
      'ita-ready-reminder|language-test|7|2027-01-10',
      'someone-else',
    ]);

    // A newer test result: the old expiry alarms go, the deadline ones stay; others' alarms are untouched.
    await syncReminders(null, letter, { languageTests: [] }, DEFAULT_SETTINGS, NOW, ZONE);
    expect(await names()).toEqual([
      'ita-ready-reminder|deadline|2|2027-01-19T00:00:00Z',
      'ita-ready-reminder|deadline|7|2027-01-19T00:00:00Z',
      'someone-else',
    ]);
    const alarm = await fakeBrowser.alarms.get(
      'ita-ready-reminder|deadline|2|2027-01-19T00:00:00Z',
    );
    expect(alarm?.scheduledTime).toBe(Date.parse('2027-01-17T00:00:00Z'));
  });

  it('uses the deadline the rules worked out when the page has none', async () => {
    const reading = { ...letter, invitation: { ...letter.invitation, deadline: null } };
    const assessment = {
      findings: [
        {
          id: 'deadline' as const,
          severity: 'info' as const,
          title: { en: '', fr: '' },
          detail: { en: '', fr: '' },
          source: '',
          deadline: '2027-01-19T00:00:00Z',
        },
      ],
    };
    await syncReminders(assessment, reading, {}, DEFAULT_SETTINGS, NOW, ZONE);
    expect(await names()).toHaveLength(2);
  });

  it('no reading, no facts: no alarms', async () => {
    await syncReminders(null, null, {}, DEFAULT_SETTINGS, NOW, ZONE);
    expect(await names()).toEqual([]);
  });
});

describe('onReminderAlarm', () => {
  const alarm = { name: 'ita-ready-reminder|deadline|7|2027-01-19T00:00:00Z' };

  it.each([
    [false, false, 0],
    [false, true, 0],
    [true, false, 0],
    [true, true, 1],
  ])(
    'notifications on: %s, permission granted: %s → %i notification',
    async (on, granted, count) => {
      await saveSettings({ notifications: on, language: 'fr' });
      grantNotifications(granted);
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      expect(await onReminderAlarm(alarm)).toEqual({
        kind: 'deadline',
        daysBefore: 7,
        subject: '2027-01-19T00:00:00Z',
      });
      expect(create).toHaveBeenCalledTimes(count);
    },
  );

  it.each([
    [
      'en',
      'ita-ready-reminder|deadline|7|2027-01-19T00:00:00Z',
      '7 days left to submit your application for permanent residence',
      'IRCC’s deadline: January 18, 2027 at 7:00 p.m. your time (January 19, 2027 at 12:00 a.m. UTC). There are no extensions.',
    ],
    [
      'fr',
      'ita-ready-reminder|deadline|7|2027-01-19T00:00:00Z',
      'Il reste 7 jours pour présenter votre demande de résidence permanente',
      'Date limite d’IRCC\u00a0: 18 janvier 2027 à 19 h 00, heure locale (19 janvier 2027 à 00 h 00 UTC). Aucune prolongation n’est possible.',
    ],
    [
      'en',
      'ita-ready-reminder|deadline|1|2027-01-19T00:00:00Z',
      '1 day left to submit your application for permanent residence',
      expect.stringContaining('January 18, 2027'),
    ],
    [
      'fr',
      'ita-ready-reminder|deadline|1|2027-01-19T00:00:00Z',
      'Il reste 1 jour pour présenter votre demande de résidence permanente',
      expect.stringContaining('18 janvier 2027'),
    ],
    [
      'en',
      'ita-ready-reminder|language-test|30|2027-01-10',
      'Your language test result stops being valid in 30 days',
      'It is no longer valid from January 10, 2027. Check that your application can be in before then.',
    ],
    [
      'fr',
      'ita-ready-reminder|eca|7|2027-01-10',
      'Votre évaluation des diplômes d’études (EDE) cesse d’être valide dans 7 jours',
      'Ce document n’est plus valide à partir du 10 janvier 2027. Vérifiez que votre demande peut être présentée avant cette date.',
    ],
  ] as const)(
    '%s, %s: in plain words, dates in the user’s language and time',
    async (language, name, title, message) => {
      await saveSettings({ notifications: true, language });
      grantNotifications(true);
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      await onReminderAlarm({ name }, ZONE);
      const options = create.mock.calls[0]?.[1];
      expect(options).toMatchObject({ type: 'basic', title, message });
      expect(
        JSON.stringify(options),
        'no raw ISO date and no "day(s)" in a notification',
      ).not.toMatch(/\d{4}-\d{2}-\d{2}|\(s\)/);
    },
  );

  it('an alarm whose date cannot be read shows nothing (and does not throw)', async () => {
    await saveSettings({ notifications: true });
    grantNotifications(true);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await expect(
      onReminderAlarm({ name: 'ita-ready-reminder|eca|7|someday' }, ZONE),
    ).resolves.toMatchObject({ kind: 'eca' });
    expect(create).not.toHaveBeenCalled();
  });

  it('ignores alarms that are not reminders', async () => {
    await saveSettings({ notifications: true });
    grantNotifications(true);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await onReminderAlarm({ name: 'rounds-refresh' })).toBeNull();
    expect(create).not.toHaveBeenCalled();
  });
});
