// Reading IRCC's rounds feed: a download is believed only when every round in it is plausible, and
// what was wrong is a code with the values the user is told.
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_ROUNDS,
  FEED_LIMITS,
  mergeRounds,
  parseFeedText,
  parseRoundsFeed,
  utcDay,
  type RoundsProblem,
} from '@/lib/rounds';
import { roundsProblemSchema } from '@/lib/rounds/schema';

/** The day of the download in these tests. */
const context = { today: '2026-10-02' };

const feedRound = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  drawNumber: '447',
  drawDate: '2026-10-01',
  drawName: 'Trades Occupations, 2026-Version 3',
  drawSize: '3,500',
  drawCRS: '476',
  drawText2:
    'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
  ...over,
});
const feed = (...rounds: unknown[]) => ({ rounds });

describe('parseRoundsFeed: the values as IRCC writes them', () => {
  it.each([
    ['5,000', 5000],
    ['5 000', 5000],
    ['5\u00a0000', 5000],
    ['1\u202f234', 1234],
    ['442', 442],
  ])('reads drawSize %j as %i', (size, expected) => {
    const result = parseRoundsFeed(feed(feedRound({ drawSize: size, drawCRS: '1,024' })), context);
    expect(result).toMatchObject({ ok: true, rounds: [{ size: expected, cutoff: 1024 }] });
  });

  it('keeps round numbers like 91a, and a blank size as unknown (null), never 0', () => {
    const result = parseRoundsFeed(
      feed(feedRound({ drawNumber: '91a', drawDate: '2018-06-13', drawSize: '' })),
      context,
    );
    expect(result).toMatchObject({ ok: true, rounds: [{ number: '91a', size: null }] });
  });

  it('sorts newest first whatever the feed’s order', () => {
    const result = parseRoundsFeed(
      feed(
        feedRound({ drawNumber: '445', drawDate: '2026-09-28' }),
        feedRound({ drawNumber: '447', drawDate: '2026-10-01' }),
        feedRound({ drawNumber: '446', drawDate: '2026-09-29' }),
      ),
      context,
    );
    expect(result.ok && result.rounds.map((r) => r.number)).toEqual(['447', '446', '445']);
  });
});

describe('parseRoundsFeed: a download that is not plausible is refused, with what was wrong', () => {
  const tooMany = Array.from({ length: 60_000 }, (_, i) =>
    feedRound({ drawNumber: String(i + 1) }),
  );
  it.each<[string, unknown, RoundsProblem]>([
    ['no rounds list', { items: [] }, { code: 'no-rounds' }],
    ['an empty list', feed(), { code: 'no-rounds' }],
    ['not an object', null, { code: 'no-rounds' }],
    [
      '60,000 rounds',
      { rounds: tooMany },
      { code: 'too-many', count: 60_000, max: FEED_LIMITS.maxRounds },
    ],
    [
      'a cut-off of 0',
      feed(feedRound({ drawCRS: '0' })),
      { code: 'cutoff-out-of-range', round: '447', cutoff: 0, min: 50, max: 1200 },
    ],
    [
      'a cut-off above the grid’s 1,200',
      feed(feedRound({ drawCRS: '1,201' })),
      { code: 'cutoff-out-of-range', round: '447', cutoff: 1201, min: 50, max: 1200 },
    ],
    [
      'a round dated 2099',
      feed(feedRound({ drawDate: '2099-01-01' })),
      {
        code: 'date-out-of-range',
        round: '447',
        date: '2099-01-01',
        earliest: '2015-01-01',
        latest: '2026-10-02',
      },
    ],
    [
      'a round dated the day after the download',
      feed(feedRound({ drawDate: '2026-10-03' })),
      {
        code: 'date-out-of-range',
        round: '447',
        date: '2026-10-03',
        earliest: '2015-01-01',
        latest: '2026-10-02',
      },
    ],
    [
      'a round before Express Entry began',
      feed(feedRound({ drawDate: '2014-12-31' })),
      {
        code: 'date-out-of-range',
        round: '447',
        date: '2014-12-31',
        earliest: '2015-01-01',
        latest: '2026-10-02',
      },
    ],
    [
      'the same round number twice',
      feed(feedRound(), feedRound({ drawDate: '2026-09-30' })),
      { code: 'duplicate', round: '447' },
    ],
    [
      'a cut-off that is not a number',
      feed(feedRound({ drawCRS: 'n/a' })),
      { code: 'bad-value', position: 1, round: '447', field: 'cutoff', value: 'n/a' },
    ],
    [
      'a date in words',
      feed(feedRound(), feedRound({ drawNumber: '446', drawDate: 'September 29, 2026' })),
      {
        code: 'bad-value',
        position: 2,
        round: '446',
        field: 'date',
        value: 'September 29, 2026',
      },
    ],
    [
      'no round number',
      feed(feedRound({ drawNumber: undefined })),
      { code: 'bad-value', position: 1, round: null, field: 'number', value: 'nothing' },
    ],
    [
      'a size in words',
      feed(feedRound({ drawSize: 'many' })),
      { code: 'bad-value', position: 1, round: '447', field: 'size', value: 'many' },
    ],
    [
      'a round that is not an object',
      feed(42),
      { code: 'bad-value', position: 1, round: null, field: 'number', value: '42' },
    ],
    [
      'a very long value (quoted short)',
      feed(feedRound({ drawCRS: 'x'.repeat(5000) })),
      {
        code: 'bad-value',
        position: 1,
        round: '447',
        field: 'cutoff',
        value: `${'x'.repeat(39)}…`,
      },
    ],
  ])('%s', (_, json, problem) => {
    const result = parseRoundsFeed(json, context);
    expect(result, 'the download must be refused with this problem').toEqual({
      ok: false,
      problem,
    });
    expect(
      roundsProblemSchema.safeParse(problem).success,
      'lib/rounds/schema.ts must store every problem the parser gives',
    ).toBe(true);
  });
});

describe('parseFeedText: what came back is told apart', () => {
  it.each<[string, string, string | null, RoundsProblem['code'] | 'ok']>([
    [
      'an HTML page served as JSON',
      '<!DOCTYPE html><html><body>Error</body></html>',
      'application/json',
      'web-page',
    ],
    [
      'an HTML page with a byte-order mark and blank lines',
      '\uFEFF\n\n  <html></html>',
      null,
      'web-page',
    ],
    ['a body declared as text/html', '{"rounds":[]}', 'text/html; charset=utf-8', 'web-page'],
    ['text that is not JSON', 'Service unavailable', 'text/plain', 'not-json'],
    ['JSON cut short', '{"rounds":[{"drawNumber":"447"', 'application/json', 'not-json'],
    ['an empty body', '', 'application/json', 'not-json'],
    ['the feed', JSON.stringify(feed(feedRound())), 'application/json', 'ok'],
    ['the feed with a byte-order mark', `\uFEFF${JSON.stringify(feed(feedRound()))}`, null, 'ok'],
  ])('%s → %s', (_, body, contentType, expected) => {
    const result = parseFeedText(body, contentType, context);
    expect(result.ok ? 'ok' : result.problem.code).toBe(expected);
  });
});

describe('every bundled round is within the limits a download must meet', () => {
  it('so a real feed is never refused by them', () => {
    const json = {
      rounds: BUNDLED_ROUNDS.map((r) => ({
        drawNumber: r.number,
        drawDate: r.date,
        drawName: r.name,
        drawSize: r.size === null ? '' : r.size.toLocaleString('en-CA'),
        drawCRS: String(r.cutoff),
        drawText2: r.programs,
      })),
    };
    const result = parseRoundsFeed(json, { today: '2026-10-01' });
    expect(result.ok || result.problem, 'widen FEED_LIMITS in lib/rounds/feed.ts').toBe(true);
    expect(result.ok && result.rounds, 'the bundled rounds read back the same').toEqual(
      BUNDLED_ROUNDS,
    );
  });
});

describe('mergeRounds: a download adds to the rounds known, never takes any away', () => {
  const one = parseRoundsFeed(
    feed(feedRound({ drawNumber: '448', drawDate: '2026-10-02', drawCRS: '510' })),
    context,
  );
  const corrected = parseRoundsFeed(feed(feedRound({ drawCRS: '477' })), context);

  it('one valid round: added to the bundled history, which stays whole', () => {
    if (!one.ok) throw new Error('fixture refused');
    const merged = mergeRounds(BUNDLED_ROUNDS, one.rounds);
    expect(merged).toHaveLength(BUNDLED_ROUNDS.length + 1);
    expect(merged[0]).toMatchObject({ number: '448', cutoff: 510 });
    expect(merged.slice(1)).toEqual(BUNDLED_ROUNDS);
  });

  it('a round the feed has too: the feed’s values win, one round per number', () => {
    if (!corrected.ok) throw new Error('fixture refused');
    const merged = mergeRounds(BUNDLED_ROUNDS, corrected.rounds);
    expect(merged).toHaveLength(BUNDLED_ROUNDS.length);
    expect(merged.filter((r) => r.number === '447')).toEqual([
      expect.objectContaining({ cutoff: 477 }),
    ]);
  });
});

describe('utcDay', () => {
  it.each([
    ['2026-10-01T23:59:59Z', '2026-10-01'],
    ['2026-10-02T00:00:00Z', '2026-10-02'],
    ['2024-02-29T12:00:00Z', '2024-02-29'],
  ])('%s → %s', (instant, day) => {
    expect(utcDay(Date.parse(instant))).toBe(day);
  });
});
