// What the background says (badge, notifications, rounds refresh) and what the guard says of a failed
// run: plain words in English and French, dates in words, real plurals, French typography.
import { describe, expect, it } from 'vitest';
import { backgroundMessages } from '@/lib/i18n/background';
import { guardMessages } from '@/lib/i18n/guard';
import type { RoundsProblem } from '@/lib/rounds';
import { CHECK_FAILURE_REASONS } from '@/lib/view/check-failed';

/** One of each problem, as the feed parser and the download give them. */
const PROBLEMS: RoundsProblem[] = [
  { code: 'permission' },
  { code: 'network' },
  { code: 'timeout', seconds: 20 },
  { code: 'http', status: 503 },
  { code: 'too-large', limitKb: 2048 },
  { code: 'web-page' },
  { code: 'not-json' },
  { code: 'no-rounds' },
  { code: 'too-many', count: 60_000, max: 2000 },
  { code: 'bad-value', position: 3, round: null, field: 'number', value: 'abc' },
  { code: 'bad-value', position: 1, round: '447', field: 'cutoff', value: 'n/a' },
  { code: 'cutoff-out-of-range', round: '447', cutoff: 0, min: 50, max: 1200 },
  {
    code: 'date-out-of-range',
    round: '447',
    date: '2099-01-01',
    earliest: '2015-01-01',
    latest: '2026-10-02',
  },
  {
    code: 'date-out-of-range',
    round: '12',
    date: '2014-06-01',
    earliest: '2015-01-01',
    latest: '2026-10-02',
  },
  { code: 'duplicate', round: '447' },
];

/** Every text the background and the guard can show, for both languages. */
function allTexts(language: 'en' | 'fr'): string[] {
  const t = backgroundMessages(language);
  const g = guardMessages(language);
  return [
    ...Object.values(t.badgeTitle),
    t.reminder.deadlineTitle({ days: 1 }),
    t.reminder.deadlineTitle({ days: 7 }),
    t.reminder.deadlineBody({ deadline: '2027-01-19T00:00:00Z', timeZone: 'America/Toronto' }),
    t.reminder.expiryTitle({ what: 'eca', days: 30 }),
    t.reminder.expiryTitle({ what: 'language-test', days: 1 }),
    t.reminder.expiryBody({ date: '2027-01-10' }),
    ...PROBLEMS.map((problem) => t.rounds.problem(problem)),
    t.rounds.kept({ through: '2026-10-01' }),
    t.rounds.updated({ received: 1, added: 1, newest: '2026-10-01' }),
    t.rounds.updated({ received: 448, added: 0, newest: '2026-10-01' }),
    t.rounds.bundled({ through: '2026-10-01' }),
    t.rounds.downloaded({ at: '2026-10-02T15:00:00.000Z', timeZone: 'America/Toronto' }),
    g.labelled(g.label),
    g.details,
    g.dialogIntro,
    g.released,
    g.stay,
    g.checkFailed.word,
    ...CHECK_FAILURE_REASONS.map((reason) => g.checkFailed.reason[reason]),
    g.checkFailed.when({ at: '2026-10-02T15:00:00.000Z', timeZone: 'America/Toronto' }),
  ];
}

describe.each(['en', 'fr'] as const)('texts in %s', (language) => {
  const texts = allTexts(language);

  it.each(texts.map((text) => [text]))('%s', (text) => {
    expect(text.trim(), 'no empty text').not.toBe('');
    expect(
      text,
      'no raw ISO date or instant: use lib/dates formatDate / formatDateTime',
    ).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text, 'no internal words').not.toMatch(/undefined|null|NaN|\[object|\(s\)/);
    if (language === 'fr') {
      expect(
        text,
        'French: a no-break space before : ; ! ? (not a plain one, not none)',
      ).not.toMatch(/(?:[^\u00a0\u202f]|^)[:;!?](?:\s|$)/);
      expect(text, 'French: « » with narrow no-break spaces, not "quotes"').not.toMatch(/["“”]/);
    }
  });

  it('every problem has its own words', () => {
    const t = backgroundMessages(language);
    const words = PROBLEMS.map((problem) => t.rounds.problem(problem));
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('what the problems say', () => {
  it.each<[RoundsProblem, 'en' | 'fr', RegExp]>([
    [{ code: 'web-page' }, 'en', /web page instead of data/],
    [{ code: 'web-page' }, 'fr', /page Web au lieu de données/],
    [{ code: 'too-large', limitKb: 2048 }, 'en', /more than 2 MB/],
    [{ code: 'too-large', limitKb: 2048 }, 'fr', /plus de 2 Mo/],
    [{ code: 'too-many', count: 60_000, max: 2000 }, 'en', /60,000 rounds/],
    [{ code: 'too-many', count: 60_000, max: 2000 }, 'fr', /60\u00a0000 rondes/],
    [
      {
        code: 'date-out-of-range',
        round: '447',
        date: '2099-01-01',
        earliest: '2015-01-01',
        latest: '2026-10-02',
      },
      'en',
      /round 447 is dated January 1, 2099, after the day of the download \(October 2, 2026\)/,
    ],
    [
      { code: 'cutoff-out-of-range', round: '447', cutoff: 0, min: 50, max: 1200 },
      'fr',
      /la ronde 447 a 0 comme score le plus bas.*de 50 à 1\u00a0200/,
    ],
    [{ code: 'timeout', seconds: 20 }, 'en', /within 20 seconds/],
    [{ code: 'http', status: 503 }, 'fr', /HTTP 503/],
  ])('%j in %s', (problem, language, expected) => {
    expect(backgroundMessages(language).rounds.problem(problem)).toMatch(expected);
  });
});
