// Public face of the rounds data.
export { categoryOf, roundInvites, type Round } from './round';
export {
  FEED_LIMITS,
  parseCount,
  parseFeedText,
  parseRoundsFeed,
  utcDay,
  type FeedContext,
  type ParseRoundsResult,
} from './feed';
export type { RoundField, RoundsProblem, RoundsProblemCode } from './problems';
export { mergeRounds } from './merge';
export { roundName, type RoundName } from './names';
export { matchRound, type RoundMatch, type RoundQuery } from './match';
export {
  MAX_CANDIDATES,
  roundCandidates,
  type CandidateQuery,
  type RoundCandidate,
} from './candidates';
export { knownRounds, roundsFreshness, type RoundsFreshness } from './known';
export {
  EMPTY_ROUNDS_CACHE,
  roundSchema,
  roundsCacheSchema,
  roundsRefreshOutcomeSchema,
  type RoundsCache,
  type RoundsRefreshOutcome,
} from './schema';
export { BUNDLED_ROUNDS, ROUNDS_SNAPSHOT_DATE } from './bundled';

/** IRCC's public rounds feed, the only URL the extension may fetch (opt-in). */
export const ROUNDS_FEED_URL =
  'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
