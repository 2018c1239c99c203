// Documents reminders: 30, 14 and 7 days before the deadline while items are not ready, set as
// alarms by the background through the existing reminders, shown only when the user allowed
// notifications, and gone once everything is in hand.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onReminderAlarm, syncReminders } from '@/entrypoints/background/reminders';
import { buildChecklist } from '@/lib/checklist';
import type { Facts } from '@/lib/facts';
import { parseReminderAlarmName, reminderAlarmName, reminders } from '@/lib/reminders';
import {
  documentReminderText,
  documentReminders,
  pendingDocumentKeys,
} from '@/lib/reminders/documents';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';
import { saveSettings } from '@/utils/storage';
import { BASE, NOW, ZONE, letter } from '../../support/readings';

const DEADLINE = '2027-01-12T00:00:00Z';
const iso = (ms: number) => new Date(ms).toISOString();

describe('documentReminders', () => {
  it('30, 14 and 7 days before the deadline, naming every key', () => {
    const got = documentReminders({
      deadlineMs: Date.parse(DEADLINE),
      documentKeys: ['passport:candidate', 'police-certificate:candidate:in'],
    });
    expect(got.map((r) => [r.daysBefore, iso(r.at), r.subject])).toEqual([
      [30, '2026-12-13T00:00:00.000Z', 'passport:candidate,police-certificate:candidate:in'],
      [14, '2026-12-29T00:00:00.000Z', 'passport:candidate,police-certificate:candidate:in'],
      [7, '2027-01-05T00:00:00.000Z', 'passport:candidate,police-certificate:candidate:in'],
    ]);
  });

  it('nothing pending, nothing to remind', () => {
    expect(documentReminders({ deadlineMs: Date.parse(DEADLINE), documentKeys: [] })).toEqual([]);
  });

  it.each([
    ['2026-12-12T00:00:00Z', [30, 14, 7]],
    ['2026-12-20T00:00:00Z', [14, 7]],
    ['2027-01-06T00:00:00Z', []],
  ])('through reminders(), only those still ahead of %s', (now, days) => {
    const got = reminders({
      deadline: DEADLINE,
      plannedSubmission: null,
      languageTestDates: [],
      ecaIssued: null,
      documentKeys: ['passport:candidate'],
      now: Date.parse(now),
      timeZone: ZONE,
    }).filter((r) => r.kind === 'documents');
    expect(got.map((r) => r.daysBefore)).toEqual(days);
  });

  it('the alarm name carries the reminder and reads back; a name with a stranger key does not', () => {
    const [first] = documentReminders({
      deadlineMs: Date.parse(DEADLINE),
      documentKeys: ['eca:spouse', 'digital-photo:child-2'],
    });
    if (!first) throw new Error('no reminder');
    const name = reminderAlarmName(first);
    expect(parseReminderAlarmName(name)).toEqual({
      kind: 'documents',
      daysBefore: 30,
      subject: 'eca:spouse,digital-photo:child-2',
    });
    expect(parseReminderAlarmName(`${name},visa:someone`)).toBeNull();
  });

  it.each([
    [
      'en',
      '2 documents are not ready, 14 days before your deadline',
      'Still to get or expiring: Police certificate (India); Passport (child 2).',
    ],
    [
      'fr',
      '2 documents ne sont pas prêts, à 14\u00a0jours de votre date limite',
      'Encore à obtenir ou expirant trop tôt\u00a0: Certificat de police (Inde)\u00a0; Passeport (l’enfant 2).',
    ],
  ] as const)('the notification in %s', (language, title, message) => {
    const text = documentReminderText(
      {
        kind: 'documents',
        daysBefore: 14,
        subject: 'police-certificate:candidate:in,passport:child-2',
      },
      language,
    );
    expect(text).toEqual({ title, message });
  });
});

describe('the background sets them as alarms', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-CA');
  });

  const documentAlarms = async () =>
    (await fakeBrowser.alarms.getAll())
      .map((a) => a.name)
      .filter((name) => name.includes('|documents|'))
      .sort();

  it('for the items not ready, and none once every item is in hand', async () => {
    const reading = letter('CEC', { canadianWork: 53 });
    await syncReminders(null, reading, BASE, DEFAULT_SETTINGS, NOW, ZONE);
    const pending = pendingDocumentKeys(
      buildChecklist({ reading, facts: BASE, now: NOW, timeZone: ZONE }),
    );
    expect(pending.length, 'the CEC candidate has documents to get').toBeGreaterThan(0);
    expect(await documentAlarms()).toEqual(
      [14, 30, 7].map((days) => `ita-ready-reminder|documents|${days}|${pending.join(',')}`),
    );

    const done: Facts = {
      ...BASE,
      documents: Object.fromEntries(pending.map((key) => [key, { have: true }])),
    };
    await syncReminders(null, reading, done, DEFAULT_SETTINGS, NOW, ZONE);
    expect(await documentAlarms()).toEqual([]);
  });

  it('no letter read: no documents alarms', async () => {
    await syncReminders(null, null, BASE, DEFAULT_SETTINGS, NOW, ZONE);
    expect(await documentAlarms()).toEqual([]);
  });

  it.each([
    [false, 0],
    [true, 1],
  ])('a documents alarm with notifications on: %s → %i notification', async (on, count) => {
    await saveSettings({ notifications: on, language: 'en' });
    const contains: (p: Browser.permissions.Permissions) => Promise<boolean> = async () => true;
    vi.spyOn(browser.permissions, 'contains').mockImplementation(contains);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await onReminderAlarm({ name: 'ita-ready-reminder|documents|7|passport:candidate' });
    expect(create).toHaveBeenCalledTimes(count);
    if (count) {
      expect(create.mock.calls[0]?.[1]).toMatchObject({
        title: '1 document is not ready, 7 days before your deadline',
        message: 'Still to get or expiring: Passport.',
      });
    }
  });
});
