// The category slugs of category-based rounds, as lib/rounds/round.ts `categoryOf` names them, so a
// round the user picks matches the rounds data. A stored value outside this list is still shown.
export const ROUND_CATEGORIES = [
  'french',
  'healthcare',
  'stem',
  'trade',
  'transport',
  'agriculture',
  'education',
  'physicians',
  'senior-managers',
  'researchers',
  'military',
] as const;
export type RoundCategory = (typeof ROUND_CATEGORIES)[number];
