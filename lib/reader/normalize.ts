// Text normalisation shared by every matcher: what a person sees as "the same words" must compare
// equal. Real pages mix en dashes and hyphens (PORTAL.md: the 2019 letter uses "–"), non-breaking
// and narrow no-break spaces (French typography: « 1 071 », « Date : »), curly apostrophes and
// accents (« Âge », « Frère ou sœur »).

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Only what must change: a run of 2+ spaces, or one space that is not ' ' (tab, NBSP, U+202F…;
// JS `\s` covers them all). Replacing every single ' ' by ' ' costs twice as much.
const SPACES = /\s{2,}|[^\S ]/g;
const QUOTES = /[\u2018\u2019\u02BC\u00B4`]/g;
// Printable ASCII without a double space: nothing to tidy but the ends.
const PLAIN = /^[\x20-\x7e]*$/;
const DOUBLE_SPACE = / {2}/;
const DIACRITICS = /[\u0300-\u036f]/g;

/** Collapse every kind of space to one ASCII space and every dash to '-', keep case and accents. */
export function tidy(text: string): string {
  // Most page text is plain ASCII (big-page.html): skip the regex work for it.
  if (PLAIN.test(text))
    return DOUBLE_SPACE.test(text) ? text.replace(SPACES, ' ').trim() : text.trim();
  return text.replace(ZERO_WIDTH, '').replace(DASHES, '-').replace(SPACES, ' ').trim();
}

/** For matching: `tidy`, lower case, no accents, œ → oe, straight apostrophes. */
export function fold(text: string): string {
  let folded = tidy(text).toLowerCase();
  // After tidy, "CRS – Age" is ASCII: the Unicode work only for accents and ligatures.
  if (!PLAIN.test(folded)) {
    folded = folded
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .normalize('NFD')
      .replace(DIACRITICS, '');
  }
  return folded.replace(QUOTES, "'");
}
