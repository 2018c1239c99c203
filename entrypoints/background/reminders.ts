// Reminders as alarms (they survive a worker restart: each alarm's name carries its reminder), and a
// system notification when one fires — only if the user turned notifications on AND granted the
// optional `notifications` permission. The background index calls these two functions.
import { browser, type Browser } from 'wxt/browser';
import type { Facts } from '@/lib/facts';
import { backgroundMessages } from '@/lib/i18n/background';
import { uiLanguage } from '@/lib/i18n/language';
import { isIsoDate } from '@/lib/dates';
import type { Reading } from '@/lib/reader/types';
import {
  parseReminderAlarmName,
  reminderAlarmName,
  reminders,
  type Reminder,
} from '@/lib/reminders';
import { buildChecklist } from '@/lib/checklist';
import { documentReminderText, pendingDocumentKeys } from '@/lib/reminders/documents';
import type { Assessment } from '@/lib/rules/types';
import type { Settings } from '@/lib/schema/settings';
import { loadSettings } from '@/utils/storage';

const isOurs = (name: string) => parseReminderAlarmName(name) !== null;

/**
 * Sets the alarms to the reminders the current facts and reading call for, and clears the others.
 * Returns the reminders set. `settings` is not needed to schedule (notifications are checked when an
 * alarm fires, so turning them on later still works); it is part of the signature the index uses.
 */
export async function syncReminders(
  assessment: Pick<Assessment, 'findings'> | null,
  reading: Reading | null,
  facts: Facts,
  _settings: Settings,
  now: number,
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): Promise<Reminder[]> {
  // The page's deadline first; else the deadline the rules worked out (from the letter's date).
  const deadline =
    reading?.invitation.deadline ??
    assessment?.findings.find((finding) => finding.id === 'deadline' && finding.deadline)
      ?.deadline ??
    null;
  const wanted = reminders({
    deadline,
    plannedSubmission: facts.plannedSubmission ?? null,
    languageTestDates: (facts.languageTests ?? []).map((test) => test.resultDate),
    ecaIssued: facts.education?.ecaIssued ?? null,
    documentKeys: reading
      ? pendingDocumentKeys(buildChecklist({ reading, facts, now, timeZone }))
      : [],
    now,
    timeZone,
  });
  const byName = new Map(wanted.map((reminder) => [reminderAlarmName(reminder), reminder]));
  const existing = (await browser.alarms.getAll()).filter((alarm) => isOurs(alarm.name));
  for (const alarm of existing) {
    const keep = byName.get(alarm.name);
    if (!keep || keep.at !== alarm.scheduledTime) await browser.alarms.clear(alarm.name);
  }
  const kept = new Set(
    existing
      .filter((alarm) => byName.get(alarm.name)?.at === alarm.scheduledTime)
      .map((a) => a.name),
  );
  for (const [name, reminder] of byName) {
    if (!kept.has(name)) await browser.alarms.create(name, { when: reminder.at });
  }
  return wanted;
}

/**
 * Handles an alarm: returns the reminder it was (null for an alarm that is not a reminder), and shows
 * it as a notification when the user allows that.
 */
export async function onReminderAlarm(
  alarm: Pick<Browser.alarms.Alarm, 'name'>,
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): Promise<Omit<Reminder, 'at'> | null> {
  const reminder = parseReminderAlarmName(alarm.name);
  if (!reminder) return null;
  const settings = await loadSettings();
  if (!settings.notifications) return reminder;
  const granted = await browser.permissions
    .contains({ permissions: ['notifications'] })
    .catch(() => false);
  if (!granted) return reminder;
  const language = uiLanguage(settings.language, browser.i18n.getUILanguage());
  const t = backgroundMessages(language).reminder;
  // An alarm's subject is a date we wrote (a checklist item's key for documents); one that cannot
  // be written in words is not shown.
  const valid =
    reminder.kind === 'documents' ||
    (reminder.kind === 'deadline'
      ? !Number.isNaN(Date.parse(reminder.subject))
      : isIsoDate(reminder.subject));
  if (!valid) return reminder;
  const text =
    reminder.kind === 'documents'
      ? documentReminderText(reminder, language)
      : reminder.kind === 'deadline'
        ? {
            title: t.deadlineTitle({ days: reminder.daysBefore }),
            message: t.deadlineBody({ deadline: reminder.subject, timeZone }),
          }
        : {
            title: t.expiryTitle({ what: reminder.kind, days: reminder.daysBefore }),
            message: t.expiryBody({ date: reminder.subject }),
          };
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    ...text,
  });
  return reminder;
}
