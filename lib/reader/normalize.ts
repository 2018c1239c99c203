// Text normalisation shared by every matcher: what a person sees as "the same words" must compare
// equal. Real pages mix en dashes and hyphens (PORTAL.md: the 2019 letter uses "–"), non-breaking
// and narrow no-break spaces (French typography: « 1 071 », « Date : »), curly apostrophes and
// accents (« Âge », « Frère ou sœur »).

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2007\u2009\u202F\u200A\u2002-\u2006\u3000]+/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const QUOTES = /[\u2018\u2019\u02BC\u00B4`]/g;
const ASCII = /^[\x20-\x7e\t]*$/;
const DIACRITICS = /[\u0300-\u036f]/g;

/** Collapse every kind of space to one ASCII space and every dash to '-', keep case and accents. */
export function tidy(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(DASHES, '-').replace(SPACES, ' ').trim();
}

/** For matching: `tidy`, lower case, no accents, œ → oe, straight apostrophes. */
export function fold(text: string): string {
  // Most page text is ASCII: skip the Unicode work for it (the 1.5 MB page is mostly ASCII).
  if (ASCII.test(text)) return text.replace(SPACES, ' ').trim().toLowerCase().replace(QUOTES, "'");
  return tidy(text)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(QUOTES, "'");
}
