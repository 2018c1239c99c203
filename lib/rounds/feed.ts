// Reading IRCC's public rounds feed (ROUNDS_FEED_URL in index.ts): every value is a
// string, thousands separators are `,` (English) or a space (French), and draw numbers are not
// always integers (`91a`). A download is only believed when every round in it is plausible (limits
// below); otherwise the whole download is refused with what was wrong, and the rounds already known
// stay. Never throws.
import { addDays, isIsoDate } from '../dates';
import { quote, type RoundField, type RoundsProblem } from './problems';
import { categoryOf, type Round } from './round';

/**
 * What a real feed stays within, with room to spare:
 * - `maxBytes`: the feed is about 150 KB with every round since 2015; 2 MB leaves years of room.
 * - `maxRounds`: 448 rounds in eleven years; 2,000 is more than four times that.
 * - `cutoff`: 1,200 is the most points the CRS grid gives (crs-criteria.html below); the lowest
 *   cut-off IRCC ever invited at was 75 (round 176, 2021-02-13, in rounds-data.json), so anything
 *   under 50 is a blank or broken entry (0 is what an empty field turns into), not a round.
 * - `firstDate`: Express Entry opened on 2015-01-01 (its first round was on 2015-01-31).
 * - `timeoutMs`: the whole download, headers and body; the feed is small.
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 */
export const FEED_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxRounds: 2000,
  cutoff: { min: 50, max: 1200 },
  firstDate: '2015-01-01',
  timeoutMs: 20_000,
} as const;

export type ParseRoundsResult =
  { ok: true; rounds: Round[] } | { ok: false; problem: RoundsProblem };

export interface FeedContext {
  /**
   * The UTC day of the download, `YYYY-MM-DD`. IRCC dates its rounds in Ottawa, which is behind
   * UTC, so no real round is dated after it.
   */
  today: string;
}

/** `1,234`, `1 234` (also no-break spaces) or a plain number → 1234; anything else → null. */
export function parseCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const digits = value.trim().replace(/[,\s\u00a0\u202f]/g, '');
  return /^\d{1,7}$/.test(digits) ? Number(digits) : null;
}

const text = (record: Record<string, unknown>, key: string): string | null => {
  const value = record[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() : null;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseRound(raw: unknown, index: number, context: FeedContext): Round | RoundsProblem {
  const position = index + 1;
  const bad = (round: string | null, field: RoundField, value: unknown): RoundsProblem => ({
    code: 'bad-value',
    position,
    round,
    field,
    value: quote(value),
  });
  if (!isRecord(raw)) return bad(null, 'number', raw);
  const number = text(raw, 'drawNumber');
  if (number === null || !/^\d{1,4}[a-z]?$/i.test(number)) {
    return bad(null, 'number', raw['drawNumber']);
  }
  const round = number.toLowerCase();
  const date = text(raw, 'drawDate');
  if (date === null || !isIsoDate(date)) return bad(round, 'date', raw['drawDate']);
  const { firstDate } = FEED_LIMITS;
  if (date < firstDate || date > context.today) {
    return { code: 'date-out-of-range', round, date, earliest: firstDate, latest: context.today };
  }
  const cutoff = parseCount(raw['drawCRS']);
  if (cutoff === null) return bad(round, 'cutoff', raw['drawCRS']);
  const { min, max } = FEED_LIMITS.cutoff;
  if (cutoff < min || cutoff > max) {
    return { code: 'cutoff-out-of-range', round, cutoff, min, max };
  }
  const sizeText = text(raw, 'drawSize');
  const size = sizeText === null || sizeText === '' ? null : parseCount(sizeText);
  if (sizeText !== null && sizeText !== '' && size === null) {
    return bad(round, 'size', raw['drawSize']);
  }
  const name = text(raw, 'drawName') ?? '';
  return {
    number: round,
    date,
    name,
    cutoff,
    size,
    programs: text(raw, 'drawText2') ?? '',
    category: categoryOf(name),
  };
}

/** The feed's rounds, newest first, when every one of them is plausible. */
export function parseRoundsFeed(json: unknown, context: FeedContext): ParseRoundsResult {
  const list = isRecord(json) ? json['rounds'] : undefined;
  if (!Array.isArray(list) || list.length === 0)
    return { ok: false, problem: { code: 'no-rounds' } };
  const { maxRounds } = FEED_LIMITS;
  if (list.length > maxRounds) {
    return { ok: false, problem: { code: 'too-many', count: list.length, max: maxRounds } };
  }
  const rounds: Round[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of list.entries()) {
    const round = parseRound(raw, i, context);
    if ('code' in round) return { ok: false, problem: round };
    if (seen.has(round.number)) {
      return { ok: false, problem: { code: 'duplicate', round: round.number } };
    }
    seen.add(round.number);
    rounds.push(round);
  }
  rounds.sort(newestFirst);
  return { ok: true, rounds };
}

/**
 * The body of a download, as text, read as the feed: a web page (an error or sign-in page served
 * with status 200) and text that is not JSON are told apart from a feed with bad rounds.
 */
export function parseFeedText(
  body: string,
  contentType: string | null,
  context: FeedContext,
): ParseRoundsResult {
  const start = body.replace(/^\uFEFF/, '').trimStart();
  if (/html/i.test(contentType ?? '') || start.startsWith('<')) {
    return { ok: false, problem: { code: 'web-page' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(start);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  return parseRoundsFeed(json, context);
}

/** The UTC day of an instant (epoch ms), for {@link FeedContext.today}. */
export function utcDay(epochMs: number): string {
  return addDays('1970-01-01', Math.floor(epochMs / 86_400_000));
}

const numberOf = (round: string): number => Number.parseInt(round, 10);

/** Newest first; rounds of one day by number, highest first (`91a` after `91`). */
export function newestFirst(a: Round, b: Round): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const byNumber = numberOf(b.number) - numberOf(a.number);
  if (byNumber !== 0) return byNumber;
  return a.number === b.number ? 0 : a.number < b.number ? 1 : -1;
}
