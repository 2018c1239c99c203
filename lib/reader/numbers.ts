// Numbers as IRCC prints them: `475`, `1,071` (English), `1 071` with a space, a non-breaking
// space or a narrow no-break space (French). Scores never carry decimals (French decimal commas do
// not occur in CRS points), so a comma is only ever a thousands separator here.

const GROUPED = /^\d{1,3}(?:[, ]\d{3})+$/;
// No leading zeros: "02" is not how IRCC writes a score (a lone "0" is).
const PLAIN = /^(?:0|[1-9]\d{0,4})$/;

/** The integer a cell or a line's tail shows, or null when it is not exactly one whole number. */
export function parseWholeNumber(text: string): number | null {
  // Callers pass `tidy`-ed text, so every space variant is already one ASCII space.
  const cleaned = text
    .trim()
    // A visually hidden "points:" before the value (GCWeb's wb-inv helper text) is still text.
    .replace(/^(?:points?|score|pts)?\s*[:=-]?\s*/i, '')
    .replace(/\s*(?:points?|pts?\.?)$/i, '')
    .trim();
  if (PLAIN.test(cleaned) || GROUPED.test(cleaned)) {
    return Number(cleaned.replace(/[, ]/g, ''));
  }
  return null;
}

/** Split a line into the text before a trailing number and that number (`Age 110`, `Total 1 071`). */
export function splitTrailingNumber(line: string): { label: string; value: number } | null {
  // At least one separator between label and number: "(Proficiency)02" is glued text, not a row.
  const match =
    /^(.*?[^\d\s,])[\s:=\t-]+(\d{1,3}(?:[, ]\d{3})+|\d{1,5})(?:\s*(?:points?|pts?\.?))?$/i.exec(
      line,
    );
  if (!match?.[1] || match[2] === undefined) return null;
  const value = parseWholeNumber(match[2]);
  return value === null ? null : { label: match[1].trim(), value };
}
