// The shape of a category of category-based rounds.
import type { Text } from '../verdict';

export const CATEGORY_SLUGS_2026 = [
  'french',
  'healthcare',
  'stem',
  'trade',
  'education',
  'transport',
  'physicians',
  'senior-managers',
  'researchers',
  'military',
] as const;
export type CategorySlug2026 = (typeof CATEGORY_SLUGS_2026)[number];

/**
 * What a candidate invited in the category must show: work in one of its occupations, French at
 * NCLC 7 in all four abilities, or service in the Canadian Armed Forces (10 years and an offer,
 * which the Forces themselves establish).
 */
export type CategoryRequirement = 'occupation' | 'french-language' | 'military-service';

export interface Category {
  name: Text;
  requirement: CategoryRequirement;
  /** The NOC 2021 codes whose experience counts; null when the category has no occupation list. */
  noc: readonly string[] | null;
  /** The experience must be Canadian (physicians, senior managers, researchers). */
  inCanadaOnly: boolean;
}
