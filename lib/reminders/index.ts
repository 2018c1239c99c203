// Which reminders, at which instants (docs/architecture.md, the background): 7 and 2 days before the application
// deadline, and 30 and 7 days before a language test result or an ECA stops being valid when that
// happens before the planned submission or the deadline. Pure: `now` and the time zone come in.
import { addDays, addYears, localDate, localInstant } from '../dates';
// The same validity periods the rules judge by, so a reminder and a finding never disagree.
import { ECA_VALID_YEARS } from '../rules/eca-expired';
import { LANGUAGE_VALID_YEARS } from '../rules/language-levels';
import { documentReminders, isDocumentsSubject } from './documents';

/**
 * Days before the deadline: an ITA gives 60 days and no extension
 * (https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/apply-permanent-residence.html).
 */
export const DEADLINE_DAYS = [7, 2] as const;
/** Days before a document stops being valid. */
export const EXPIRY_DAYS = [30, 7] as const;
/** Date-only reminders come at this local hour: a civil time, not the middle of the night. */
export const REMINDER_HOUR = 9;

export type ReminderKind = 'deadline' | 'language-test' | 'eca' | 'documents';

export interface Reminder {
  kind: ReminderKind;
  daysBefore: number;
  /** When to remind (epoch ms). */
  at: number;
  /**
   * The deadline instant (ISO, UTC), the first day (`YYYY-MM-DD`) the document is no longer valid,
   * or (`documents`) the keys of the checklist items not ready, comma-separated.
   */
  subject: string;
}

export interface ReminderInput {
  /** Application deadline, a UTC instant, or null when unknown. */
  deadline: string | null;
  /** `YYYY-MM-DD`, the user's planned submission, or null. */
  plannedSubmission: string | null;
  /** Result dates (`YYYY-MM-DD`) of the language tests. */
  languageTestDates: readonly string[];
  /** ECA issue date, or null (none, or a Canadian credential). */
  ecaIssued: string | null;
  /** Keys of the checklist items not ready yet (lib/reminders/documents.ts). */
  documentKeys?: readonly string[];
  now: number;
  timeZone: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function reminders(input: ReminderInput): Reminder[] {
  const { now, timeZone } = input;
  const out: Reminder[] = [];
  const deadlineMs = input.deadline ? Date.parse(input.deadline) : NaN;
  const hasDeadline = input.deadline !== null && !Number.isNaN(deadlineMs);

  if (hasDeadline && input.deadline) {
    for (const days of DEADLINE_DAYS) {
      out.push({
        kind: 'deadline',
        daysBefore: days,
        at: deadlineMs - days * DAY_MS,
        subject: input.deadline,
      });
    }
    out.push(...documentReminders({ deadlineMs, documentKeys: input.documentKeys ?? [] }));
  }

  // The last local day an application can still go in: the day before the deadline instant ends it.
  const horizons = [
    ...(hasDeadline ? [localDate(deadlineMs - 1, timeZone)] : []),
    ...(input.plannedSubmission ? [input.plannedSubmission] : []),
  ];
  // Relevant when the document is no longer valid on or before the later of the two days.
  const horizon = horizons.sort().at(-1);
  const expiries: { kind: ReminderKind; expires: string }[] = [
    ...input.languageTestDates.map((date) => ({
      kind: 'language-test' as const,
      expires: addYears(date, LANGUAGE_VALID_YEARS),
    })),
    ...(input.ecaIssued
      ? [{ kind: 'eca' as const, expires: addYears(input.ecaIssued, ECA_VALID_YEARS) }]
      : []),
  ];
  if (horizon) {
    for (const { kind, expires } of expiries) {
      if (expires > horizon) continue;
      for (const days of EXPIRY_DAYS) {
        out.push({
          kind,
          daysBefore: days,
          at: localInstant(addDays(expires, -days), REMINDER_HOUR, timeZone),
          subject: expires,
        });
      }
    }
  }

  const seen = new Set<string>();
  return out
    .filter((reminder) => reminder.at > now)
    .filter((reminder) => {
      const name = reminderAlarmName(reminder);
      if (seen.has(name)) return false;
      seen.add(name);
      return true;
    })
    .sort((a, b) => a.at - b.at);
}

const PREFIX = 'ita-ready-reminder';

/** The alarm's name carries the whole reminder, so it survives a worker restart with nothing else. */
export function reminderAlarmName(reminder: Omit<Reminder, 'at'>): string {
  return `${PREFIX}|${reminder.kind}|${reminder.daysBefore}|${reminder.subject}`;
}

export function parseReminderAlarmName(name: string): Omit<Reminder, 'at'> | null {
  const [prefix, kind, days, subject, ...rest] = name.split('|');
  if (prefix !== PREFIX || rest.length > 0 || !subject) return null;
  if (kind !== 'deadline' && kind !== 'language-test' && kind !== 'eca' && kind !== 'documents')
    return null;
  if (kind === 'documents' && !isDocumentsSubject(subject)) return null;
  const daysBefore = Number(days);
  if (!Number.isInteger(daysBefore) || daysBefore <= 0) return null;
  return { kind, daysBefore, subject };
}
