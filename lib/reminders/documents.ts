// Reminders for documents that are not ready as the deadline nears: 30, 14 and 7 days before it,
// one alarm each naming every item still to get or that stops holding too soon (the alarm's name
// carries their keys, so it survives a worker restart). Pure: `now` comes in.
import { parseItemKey, pendingItems, type Checklist } from '../checklist';
import { documentNames } from '../i18n/document-names';
import type { UiLanguage } from '../i18n';
import type { Reminder } from './index';

/** A police certificate can take longer than a month: the first reminder leaves time to act. */
export const DOCUMENT_DAYS = [30, 14, 7] as const;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Item keys never hold a comma (the facts schema allows a-z, 0-9, `:` and `-`). */
const SEPARATOR = ',';

/** The keys of the items not ready, in a stable order (the alarm's name must not change for nothing). */
export function pendingDocumentKeys(checklist: Checklist): string[] {
  return pendingItems(checklist)
    .map((item) => item.key)
    .sort();
}

export function documentReminders(input: {
  deadlineMs: number;
  documentKeys: readonly string[];
}): Reminder[] {
  if (input.documentKeys.length === 0) return [];
  const subject = input.documentKeys.join(SEPARATOR);
  return DOCUMENT_DAYS.map((days) => ({
    kind: 'documents' as const,
    daysBefore: days,
    at: input.deadlineMs - days * DAY_MS,
    subject,
  }));
}

/** A subject is a list of item keys. */
export const isDocumentsSubject = (subject: string): boolean =>
  subject.split(SEPARATOR).every((key) => parseItemKey(key) !== null);

/** The notification's words: how many documents, how long before the deadline, which ones. */
export function documentReminderText(
  reminder: Omit<Reminder, 'at'>,
  language: UiLanguage,
): { title: string; message: string } {
  const t = documentNames(language);
  const items = reminder.subject
    .split(SEPARATOR)
    .map(parseItemKey)
    .filter((parts) => parts !== null)
    .map((parts) => t.itemLabel(parts));
  return {
    title: t.reminder.title({ count: items.length, days: reminder.daysBefore }),
    message: t.reminder.body({ items }),
  };
}
