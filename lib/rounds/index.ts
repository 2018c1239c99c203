// Public face of the rounds data.
export { categoryOf, roundInvites, type Round } from './round';
export { parseRoundsFeed, parseCount, type ParseRoundsResult } from './feed';
export { matchRound, type RoundMatch, type RoundQuery } from './match';
export { BUNDLED_ROUNDS, ROUNDS_SNAPSHOT_DATE } from './bundled';

/** IRCC's public rounds feed, the only URL the extension may fetch (opt-in). */
export const ROUNDS_FEED_URL =
  'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
