// Text normalisation shared by every matcher: what a person sees as "the same words" must compare
// equal. Real pages mix en dashes and hyphens (the 2019 letter uses "–", rows-mismatch-letter.html
// hyphens), non-breaking and narrow no-break spaces (French typography: « 1 075 », « Date : »,
// pre-letter-fr.html), curly apostrophes and accents (« Âge », « Frère ou sœur »). One replace
// with a table, not one replace per kind of character: the reader folds every label it meets, on
// pages of 1.5 MB too (big-page.html).

/** Lower-case letters with accents, by the letter they fold to (the matcher reads them the same way). */
export const ACCENTED: ReadonlyArray<readonly [string, string]> = [
  ['a', 'àáâãäå'],
  ['c', 'ç'],
  ['e', 'èéêë'],
  ['i', 'ìíîï'],
  ['n', 'ñ'],
  ['o', 'òóôõö'],
  ['u', 'ùúûü'],
  ['y', 'ýÿ'],
];
/** Zero-width characters and the soft hyphen: as if absent. */
export const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff\u00ad';

// What a character folds to; every other non-ASCII character is kept (after lower-casing).
const FOLDS: Record<string, string> = { œ: 'oe', æ: 'ae', '`': "'" };
for (const [to, chars] of [
  ...ACCENTED,
  ['-', '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d'],
  ["'", '\u2018\u2019\u02bc\u00b4'],
  ['', ZERO_WIDTH],
]) {
  for (const char of chars ?? '') FOLDS[char] = to ?? '';
}

// A character that is not printable ASCII (a tab, NBSP, U+202F, a dash, an accent…), or '`'.
const SPECIAL = /[^\x20-\x5f\x61-\x7e]/g;
const SPACE = /\s/;
const SPACES = / {2,}/g;

function swap(char: string): string {
  return FOLDS[char] ?? (SPACE.test(char) ? ' ' : char);
}

function squeeze(text: string): string {
  return (text.includes('  ') ? text.replace(SPACES, ' ') : text).trim();
}

/** Collapse every kind of space to one ASCII space and every dash to '-', keep case and accents. */
export function tidy(text: string): string {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(text)) return squeeze(text);
  return squeeze(
    text.replace(SPECIAL, (c) => {
      const to = FOLDS[c];
      // Only dashes and zero-width characters: letters keep their accents, quotes their shape.
      return to === '-' || to === '' ? to : SPACE.test(c) ? ' ' : c;
    }),
  );
}

/** For matching: lower case, no accents, œ → oe, '-' for every dash, straight apostrophes, one space. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  SPECIAL.lastIndex = 0;
  return squeeze(SPECIAL.test(lower) ? lower.replace(SPECIAL, swap) : lower);
}
