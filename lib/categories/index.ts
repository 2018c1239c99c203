// Category-based rounds: which categories exist, the NOC 2021 codes each one accepts, and the work
// it asks for. Since 2026-02-18: 12 months of full-time work (1,560 h, 30 h a week at most, part
// time pro rata) in ONE eligible occupation within the 3 years before the ITA, not necessarily
// continuous; before, 6 continuous months. French asks NCLC 7 in all four abilities instead.
// https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/rounds-invitations/category-based-selection.html
import type { Text } from '../verdict';
import { CATEGORIES_2026 } from './categories-2026';
import { CATEGORY_SLUGS_2026, type Category, type CategorySlug2026 } from './types';

export { CATEGORIES_2026, CATEGORY_SLUGS_2026 };
export type { Category, CategoryRequirement, CategorySlug2026 } from './types';

export const CATEGORY_SOURCE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/rounds-invitations/category-based-selection.html';

/** First ITA date of the 2026 categories and of the 12-month rule. */
export const CATEGORIES_2026_FROM = '2026-02-18';

/** The work a category round asks for, by the ITA date. */
export const CATEGORY_EXPERIENCE = {
  current: { hours: 1560, windowYears: 3, continuous: false },
  before2026: { hours: 780, windowYears: 3, continuous: true },
} as const;

/** The French level the French-language category asks in each of the four abilities. */
export const FRENCH_CATEGORY_NCLC = 7;

/** A retired category, named for rounds held before 2026 (its occupation list is not bundled). */
const RETIRED: Record<string, Text> = {
  agriculture: {
    en: 'Agriculture and agri-food occupations',
    fr: 'Professions de l’agriculture et de l’agroalimentaire',
  },
};

const isSlug2026 = (slug: string): slug is CategorySlug2026 =>
  CATEGORY_SLUGS_2026.some((known) => known === slug);

/** The 2026 category named by `slug`, for an ITA on or after 2026-02-18; else null. */
export function category2026(slug: string, itaDate: string): Category | null {
  if (itaDate < CATEGORIES_2026_FROM || !isSlug2026(slug)) return null;
  return CATEGORIES_2026[slug];
}

/** The category's name in words; null for a slug no round ever used. */
export function categoryName(slug: string): Text | null {
  return isSlug2026(slug) ? CATEGORIES_2026[slug].name : (RETIRED[slug] ?? null);
}

/** True when `noc` is one of the category's occupations. */
export function inCategory(category: Category, noc: string): boolean {
  return category.noc !== null && category.noc.includes(noc);
}
