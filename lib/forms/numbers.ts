// Numbers as people type them in English or French: `8.5` or `8,5`; `21,000`, `21 000 $` or `21000`.
import { CHARTS, type Ability, type LanguageTest } from '../language';

const SPACES = /[\s\u00a0\u202f$]/g;

/** A decimal such as a test score: `8.5` or `8,5` (French). Null when it is not one. */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(?:[.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** A whole number written with digits only (`3`, `482`). */
export function parseWhole(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** A sum of money: spaces, `$` and thousands commas are allowed (`21,000`, `21 000 $`, `21000.50`). */
export function parseAmount(text: string): number | null {
  const t = text.replace(SPACES, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+,\d{1,2}$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+(?:\.\d{1,2})?$/.test(t)) return Number(t);
  return null;
}

/** A test score as typed, when it is on that test's scale for the ability (range and step). */
export function scoreOnScale(test: LanguageTest, ability: Ability, text: string): number | null {
  const value = parseDecimal(text);
  const { min, max, step } = CHARTS[test].scale[ability];
  if (value === null || value < min || value > max) return null;
  return Number.isInteger((value - min) / step) ? value : null;
}
