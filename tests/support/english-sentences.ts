// The English sentences of the catalogues the popup draws from, long enough that finding one in the
// French popup means it was not translated (relative imports: the Chromium journeys load this too).
import { backgroundEN } from '../../lib/i18n/background-en';
import { en } from '../../lib/i18n/en';
import { planEn } from '../../lib/i18n/plan-en';

/** Every string of a catalogue (functions are left out: their words are in the strings around). */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

export const ENGLISH_SENTENCES: readonly string[] = [
  ...new Set([en, planEn, backgroundEN].flatMap(leaves)),
].filter((s) => s.trim().split(/\s+/).length >= 4);
