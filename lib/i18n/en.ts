// The popup's words in English. The keys are the contract; fr.ts must provide every one of them.
// Dates and numbers are written here from the values (ISO dates and instants never reach the user).
import { CRS_ROW_NAMES } from '../crs/row-names';
import { formatDate, formatDateTime, formatDateWithWeekday } from '../dates/format';
import { localDateTime } from '../dates/zone';
import type { FactPath } from '../facts';
import { FACT_NAMES, factLabel } from '../facts/names';
import { CRS_ROW_KEYS, type CrsRowKey, type Program } from '../reader/types';
import type { RoundName } from '../rounds/names';
import { PROGRAM_NAMES } from '../rules/words';
import { categoryName } from '../categories';
import { guardEN } from './guard-en';

const LOCALE = 'en-CA';
const number = (value: number) => new Intl.NumberFormat(LOCALE).format(value);
const plural = new Intl.PluralRules(LOCALE);
/** `1 day`, `57 days`. */
const count = (value: number, one: string, many: string) =>
  `${number(value)} ${plural.select(value) === 'one' ? one : many}`;
const list = (items: readonly string[]) =>
  new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(items);
/** One period at the end, also after a time that ends in "a.m." or "p.m.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
/** "7:00 p.m."; "midnight" for 00:00, where "until 12:00 a.m." would read as the day's start. */
const time = (ms: number, timeZone: string) =>
  localDateTime(ms, timeZone).endsWith(' 00:00')
    ? 'midnight'
    : new Intl.DateTimeFormat(LOCALE, { timeStyle: 'short', timeZone }).format(new Date(ms));

/** A value of the page as a label, where it is quoted ("“Overall CRS score”", lib/i18n/reader.ts). */
const FIELD_LABELS: Record<string, string> = {
  'invitation.date': 'Date of the invitation',
  'invitation.program': 'Program you were invited under',
  'invitation.deadline': 'Deadline to submit',
  'crs.total': 'Overall CRS score',
  daysLeftToSubmit: 'Days left to submit',
  profileNumber: 'Express Entry profile number',
};

/** A value the letter should have shown, in words (reading names: `crs.total`, `crs.rows.age`). */
function pageField(field: string): string {
  const row = CRS_ROW_KEYS.find((key) => field === `crs.rows.${key}`);
  if (row) return `the “${CRS_ROW_NAMES[row].en}” row`;
  return PAGE_FIELDS[field] ?? 'a value of the letter';
}

const PAGE_FIELDS: Record<string, string> = {
  'invitation.date': 'the date of the invitation',
  'invitation.program': 'the program you were invited under',
  'invitation.deadline': 'the deadline',
  'crs.total': 'your overall CRS score',
  'crs.rows': 'the score table',
  daysLeftToSubmit: 'the days left to submit',
  profileNumber: 'your Express Entry profile number',
};

/** Several rows are summed up by their count: a list of sixteen row names helps no one. */
function notReadList(fields: readonly string[]): string {
  const rows = fields.filter((f) => f.startsWith('crs.rows'));
  const others = fields.filter((f) => !f.startsWith('crs.rows')).map(pageField);
  const table =
    rows.length === 0
      ? []
      : rows.length === 1 && rows[0] !== undefined
        ? [pageField(rows[0])]
        : rows.includes('crs.rows') || rows.length >= CRS_ROW_KEYS.length
          ? ['the score table']
          : [`${count(rows.length, 'row', 'rows')} of the score table`];
  return list([...others, ...table]);
}

/** A round's name: a category's in words, a program's as IRCC names it. */
function roundLabel(name: RoundName): string {
  switch (name.kind) {
    case 'category': {
      const words = categoryName(name.category)?.en ?? `the category “${name.category}”`;
      const edition = [name.year, name.version === null ? null : `version ${name.version}`]
        .filter((part) => part !== null)
        .join(', ');
      return edition ? `${words} (${edition})` : words;
    }
    case 'program':
      return PROGRAM_NAMES[name.program].en;
    case 'general':
      return 'General round (every program)';
    case 'no-program-specified':
      return 'Round open to every program';
    case 'other':
      return name.text;
  }
}

export const en = {
  appName: 'ITA Ready',
  languageSwitch: 'Language',
  /** The name of a language, said in that language, beside its short form on the toggle. */
  languageName: { en: 'English', fr: 'Français' },
  verdict: guardEN.verdict,
  severity: guardEN.severity,
  guard: guardEN,
  fact: (path: FactPath): string => factLabel(path, 'en'),
  /** A fact named in a sentence: "your work periods". */
  factPhrase: (path: FactPath): string => FACT_NAMES[path].en.phrase,
  openOptions: 'Your facts and settings',

  empty: {
    title: 'Nothing read yet',
    steps: [
      'Sign in to your IRCC secure account.',
      'Open the message with your Invitation to Apply (it shows your CRS score). ITA Ready reads it by itself, without changing anything.',
      'Come back here for your verdict.',
    ],
  },
  importLetter: 'Or import the letter (PDF or saved page)',
  nothing: {
    title: 'Nothing to read on this page',
    body: 'The last IRCC page you opened is not an invitation letter, your profile or your account home, so there is nothing on it for ITA Ready to read.',
  },
  unreadable: {
    title: 'Could not read this page',
    body: 'ITA Ready recognised the page but could not find what it needs:',
    noVerdict:
      'No verdict is given from a page that was not fully read. Import the letter as a PDF on the options page, or report the page so the reader can learn it.',
  },
  copyStructure: {
    button: 'Copy page structure for a bug report',
    help: 'Copies the page’s labels and layout only: numbers and names are replaced, nothing personal is included.',
    done: 'Copied. Paste it into your bug report.',
    failed: 'Could not copy. Select the text below and copy it by hand.',
    unavailable:
      'Open the page again in your IRCC account, then reopen this window to copy its structure.',
  },

  /** The answer: the first lines of the popup. */
  answer: {
    label: 'Verdict',
    expired: 'This invitation can no longer be used',
    expiredReason: (p: { day: string; deadline: string; timeZone: string }) =>
      `Its last day was ${formatDateWithWeekday(p.day, 'en')}, until ${time(Date.parse(p.deadline), p.timeZone)} your time.`,
    checking: 'Checking your invitation…',
    checkingBody: 'ITA Ready is checking this letter against your facts. The verdict appears here.',
    slow: 'The check has not finished',
    slowBody:
      'No verdict came after a few seconds. Reopen this window; ITA Ready checks again whenever your letter or your facts change.',
    notRead: (p: { fields: readonly string[] }) =>
      `Not read on your letter: ${notReadList(p.fields)}. What was not read cannot be checked.`,
    facts: (p: { done: number; total: number; count: number }) =>
      `${number(p.done)} of ${count(p.total, 'check', 'checks')} done: ${count(p.count, 'fact', 'facts')} to enter for the others.`,
    cutoff: 'Your round’s cut-off is not known, so your score cannot be compared with it.',
    deadlineSoon: 'The deadline is close: less than a week is left to submit.',
    allPassed: 'Every check passed with the facts you entered.',
    why: 'Why?',
    sourceLink: 'IRCC source',
    checkFact: (p: { fact: string }) => `Check this fact: ${p.fact}`,
    stale: (p: { days: number }) =>
      `Read ${count(p.days, 'day', 'days')} ago: open it again in your IRCC account, so what is shown rests on what IRCC shows today.`,
    rulesMayHaveChanged:
      'Your invitation is newer than the CRS grid ITA Ready knows for certain: the rules may have changed.',
  },

  /** The one thing to do now. */
  next: {
    label: 'Next step',
    enterFact: (p: { fact: string }) => `Enter ${p.fact} on the options page`,
    pickRound: 'Pick your round or type its cut-off below',
    checkFact: (p: { fact: string }) => `Check ${p.fact} on the options page`,
    decline:
      'Decline this invitation in your IRCC account: it costs nothing, and your profile goes back to the pool.',
    review: 'Read the points below before you accept.',
    applyNow: 'You can apply in your IRCC account.',
    apply: (p: { day: string }) =>
      `You can apply: submit your application in your IRCC account by ${formatDateWithWeekday(p.day, 'en')}.`,
    openLetter:
      'To get a verdict, open the message with your Invitation to Apply in your IRCC account: ITA Ready reads it by itself.',
    reopenLetter:
      'Open the letter again in your IRCC account, or import it as a PDF on the options page.',
    importLink: 'Import the letter',
    expired:
      'There is nothing left to submit for it. If it was neither declined nor used, your profile has left the pool: you need a new profile to be invited again.',
  },

  /** IRCC's score, the re-checked score and the cut-off. */
  numbers: {
    label: 'Your score against the cut-off',
    ircc: 'IRCC’s score',
    checked: 'Re-checked',
    cutoff: 'Cut-off',
    notRead: 'not read',
    notKnown: 'not known',
    above: (p: { points: number }) => `${count(p.points, 'point', 'points')} above the cut-off`,
    below: (p: { points: number }) => `${count(p.points, 'point', 'points')} below the cut-off`,
    equal: 'Exactly at the cut-off',
    fromRound: (p: { number: string; date: string; name: RoundName }) =>
      `Cut-off of round ${p.number} of ${formatDate(p.date, 'en')} (${roundLabel(p.name)}).`,
    typed: 'Cut-off: the score you entered.',
    pickRound: 'Pick your round',
    changed: 'Your facts change these rows of IRCC’s table:',
    rowChange: (p: { row: string; from: string; to: string }) => `${p.row}: ${p.from} → ${p.to}`,
    unchanged: 'Your facts change none of IRCC’s rows.',
  },

  /** The time left to submit. */
  time: {
    label: 'Time left to submit',
    left: (p: { days: number; hours: number; minutes: number }) =>
      p.days > 0
        ? `${count(p.days, 'day', 'days')} and ${count(p.hours, 'hour', 'hours')} left`
        : `${count(p.hours, 'hour', 'hours')} and ${count(p.minutes, 'minute', 'minutes')} left`,
    lastDay: (p: { day: string; deadline: string; timeZone: string }) =>
      `Last day: ${formatDateWithWeekday(p.day, 'en')}, until ${time(Date.parse(p.deadline), p.timeZone)} your time`,
    utc: (p: { deadline: string }) =>
      `IRCC’s deadline: ${formatDateTime(Date.parse(p.deadline), 'en', 'UTC')} UTC`,
    estimated: 'Estimated as 60 days after the invitation date: the deadline was not on the page.',
    passed: 'The deadline has passed.',
  },

  /** Picking the round, or typing its cut-off, when it is not known. */
  cutoffChoice: {
    heading: 'Your round’s cut-off',
    intro: (p: { date: string | null }) =>
      p.date === null
        ? 'ITA Ready could not tell which round invited you. Pick it, or type its lowest score.'
        : `ITA Ready could not tell which round invited you on ${formatDate(p.date, 'en')}. Pick it, or type its lowest score.`,
    legend: (p: { date: string }) => `Rounds held on or just before ${formatDate(p.date, 'en')}`,
    none: 'ITA Ready knows no round held on or just before your invitation date. Get the latest rounds from IRCC, or type the cut-off.',
    round: (p: { number: string; date: string; name: RoundName; cutoff: number }) =>
      `Round ${p.number}, ${formatDate(p.date, 'en')}: ${roundLabel(p.name)}, cut-off ${number(p.cutoff)}`,
    use: 'Use this round',
    pickFirst: 'Pick a round first.',
    typeLabel: 'Or type your round’s cut-off (its lowest score)',
    save: 'Save this cut-off',
    invalid: 'Type a whole number from 1 to 1,200.',
    saved: 'Saved. The verdict is being updated.',
    saveFailed: 'It could not be saved. Try again, or enter it on the options page.',
    refresh: 'Get the latest rounds from IRCC',
    refreshHelp:
      'Your browser asks your permission once; then ITA Ready downloads IRCC’s public list of rounds. Nothing about you is sent.',
    asking: 'Your browser is asking for your permission…',
    refreshing: 'Downloading IRCC’s rounds…',
  },

  /** The facts the checks wait for, each once. */
  missing: {
    heading: 'Facts the checks are waiting for',
    progress: (p: { done: number; total: number }) =>
      `${number(p.done)} of ${count(p.total, 'check', 'checks')} done`,
    intro:
      'Each fact you enter lets more checks run. Until then the verdict cannot be “Ready to apply”.',
    waiting: (p: { checks: number }) =>
      p.checks === 1 ? '1 check waits for it' : `${number(p.checks)} checks wait for it`,
    notOnPage: 'Not shown on the letter:',
  },

  claims: {
    intro:
      'What the breakdown of your invitation says your profile claimed, read under IRCC’s points grid. Where it allows more than one answer, all are listed.',
    or: 'or',
  },

  cards: {
    heading: 'Also found',
  },

  /** What was read, folded at the bottom. */
  read: {
    heading: 'What was read',
    invitedOn: (p: { date: string }) => `Invited on ${formatDate(p.date, 'en')}`,
    program: (p: { program: Program }) => `Program: ${PROGRAM_NAMES[p.program].en}`,
    table: 'Score table as IRCC states it',
    total: 'Total',
    notOnPage: 'not on the page',
    notFound: 'Not found on the page:',
    problems: 'Does not add up:',
    /** `source`: the portal page's path, or `import:<file name>` for a letter imported. */
    from: (p: { source: string; at: string; timeZone: string }) =>
      sentence(
        p.source.startsWith('import:')
          ? `Imported from ${p.source.slice('import:'.length)} on ${formatDateTime(Date.parse(p.at), 'en', p.timeZone)}`
          : `Read in your IRCC account on ${formatDateTime(Date.parse(p.at), 'en', p.timeZone)}`,
      ),
    checkedAt: (p: { at: string; timeZone: string }) =>
      sentence(`Checked on ${formatDateTime(Date.parse(p.at), 'en', p.timeZone)}`),
  },

  /** An account home or a profile read, no letter. */
  noLetter: {
    title: 'No verdict yet',
    daysLeft: (p: { days: number }) => `${count(p.days, 'day', 'days')} left to submit`,
    daysLeftNote:
      'As your IRCC account home shows it, for an application you have not submitted yet.',
    profileScore: 'CRS score on your profile',
    body: 'ITA Ready gives its verdict from your Invitation to Apply letter, which has the score IRCC invited you with and the deadline.',
  },

  rowName: (key: CrsRowKey): string => CRS_ROW_NAMES[key].en,
  roundLabel,
  /** A value the letter should have shown, in words. */
  pageField,
  field: FIELD_LABELS,
};

export type Messages = typeof en;
