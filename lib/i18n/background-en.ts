// The background's words: the toolbar button's tooltip, the reminders' notifications, and what a
// refresh of IRCC's rounds feed came to (shown by the popup and the options page). background-fr.ts
// must provide every key (`BackgroundMessages`).
import { formatDate, formatDateTime } from '../dates';
import type { RoundField, RoundsProblem } from '../rounds/problems';
import type { Verdict } from '../verdict';

const number = (value: number) => new Intl.NumberFormat('en-CA').format(value);
const days = (count: number) => `${number(count)} ${count === 1 ? 'day' : 'days'}`;
const date = (iso: string) => formatDate(iso, 'en');
const instant = (iso: string, timeZone: string) => formatDateTime(Date.parse(iso), 'en', timeZone);
const size = (kb: number) => (kb >= 1024 ? `${number(kb / 1024)} MB` : `${number(kb)} KB`);

const FIELD: Record<RoundField, string> = {
  number: 'round number',
  date: 'date',
  cutoff: 'lowest score',
  size: 'number of invitations',
};

function roundsProblem(problem: RoundsProblem): string {
  switch (problem.code) {
    case 'permission':
      return 'ITA Ready may not read IRCC’s rounds feed yet: allow it when your browser asks, then try again.';
    case 'network':
      return 'IRCC’s rounds feed could not be reached (no connection, or the site did not answer).';
    case 'timeout':
      return `IRCC’s rounds feed did not answer within ${number(problem.seconds)} seconds.`;
    case 'http':
      return `IRCC’s rounds feed answered with an error (HTTP ${problem.status}).`;
    case 'too-large':
      return `IRCC’s rounds feed sent more than ${size(problem.limitKb)}, far more than the real feed: it was not used.`;
    case 'web-page':
      return 'IRCC’s feed answered with a web page instead of data.';
    case 'not-json':
      return 'IRCC’s feed answered with something other than the data ITA Ready reads.';
    case 'no-rounds':
      return 'IRCC’s feed answered without any rounds in it.';
    case 'too-many':
      return `IRCC’s feed lists ${number(problem.count)} rounds, more than the ${number(problem.max)} IRCC could have held: it was not used.`;
    case 'bad-value': {
      const which =
        problem.round === null
          ? `the ${ordinal(problem.position)} round`
          : `round ${problem.round}`;
      return `In IRCC’s feed, ${which} has “${problem.value}” as its ${FIELD[problem.field]}: the download was not used.`;
    }
    case 'cutoff-out-of-range':
      return `In IRCC’s feed, round ${problem.round} has ${number(problem.cutoff)} as its lowest score, outside what any round has had (${number(problem.min)} to ${number(problem.max)}): the download was not used.`;
    case 'date-out-of-range':
      return problem.date > problem.latest
        ? `In IRCC’s feed, round ${problem.round} is dated ${date(problem.date)}, after the day of the download (${date(problem.latest)}): the download was not used.`
        : `In IRCC’s feed, round ${problem.round} is dated ${date(problem.date)}, before Express Entry began (${date(problem.earliest)}): the download was not used.`;
    case 'duplicate':
      return `IRCC’s feed lists round ${problem.round} twice: the download was not used.`;
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${number(n)}${suffix}`;
}

export const backgroundEN = {
  /** The toolbar button's tooltip: the verdict in words beside the badge's sign. */
  badgeTitle: {
    none: 'ITA Ready',
    decline: 'ITA Ready: decline — open to see why',
    review: 'ITA Ready: review before you accept',
    ready: 'ITA Ready: ready to apply',
    failed: 'ITA Ready: could not check your invitation — open to see why',
  } satisfies Record<Verdict | 'none' | 'failed', string>,
  reminder: {
    deadlineTitle: (p: { days: number }) =>
      `${days(p.days)} left to submit your application for permanent residence`,
    /** `deadline`: IRCC's instant (ISO, UTC), shown in the user's time with IRCC's beside it. */
    deadlineBody: (p: { deadline: string; timeZone: string }) =>
      `IRCC’s deadline: ${instant(p.deadline, p.timeZone)} your time (${instant(p.deadline, 'UTC')} UTC). There are no extensions.`,
    expiryTitle: (p: { what: 'language-test' | 'eca'; days: number }) =>
      `Your ${p.what === 'eca' ? 'educational credential assessment (ECA)' : 'language test result'} stops being valid in ${days(p.days)}`,
    /** `date`: the first day it is no longer valid, `YYYY-MM-DD`. */
    expiryBody: (p: { date: string }) =>
      `It is no longer valid from ${date(p.date)}. Check that your application can be in before then.`,
  },
  rounds: {
    problem: roundsProblem,
    /** After a failed refresh: what the checks use meanwhile (`through`: the newest round's date). */
    kept: (p: { through: string }) =>
      `ITA Ready keeps using the rounds it already has (up to ${date(p.through)}).`,
    updated: (p: { received: number; added: number; newest: string }) =>
      `IRCC’s feed read: ${number(p.received)} ${p.received === 1 ? 'round' : 'rounds'}, ${p.added === 0 ? 'none new' : `${number(p.added)} new`}; the newest is of ${date(p.newest)}.`,
    /** How recent the rounds are: the bundled snapshot's date, the last download's instant. */
    bundled: (p: { through: string }) =>
      `Rounds up to ${date(p.through)}, as shipped with ITA Ready.`,
    downloaded: (p: { at: string; timeZone: string }) =>
      `Rounds last downloaded from IRCC on ${instant(p.at, p.timeZone)}.`,
  },
};

export type BackgroundMessages = typeof backgroundEN;
