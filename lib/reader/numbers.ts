// Numbers as IRCC prints them: `475`, `1,071` (English), `1 071` with a space, a non-breaking
// space or a narrow no-break space (French). Scores never carry decimals (French decimal commas do
// not occur in CRS points), so a comma is only ever a thousands separator here. A footnote mark
// after a number ("50¹", "475*") is not part of it (footnote-letter.html).

// `\s` covers the no-break spaces; no leading zeros: "02" is not how IRCC writes a score (a lone
// "0" is).
const GROUPED = /^\d{1,3}(?:[,\s]\d{3})+$/;
const PLAIN = /^(?:0|[1-9]\d{0,4})$/;
const MARKS = '\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021';
const AFFIXES = new RegExp(
  `^(?:points?|score|pts)?\\s*[:=-]?\\s*|\\s*(?:points?|pts?\\.?)?[${MARKS}]*$`,
  'gi',
);

/** The integer a cell or a line's tail shows, or null when it is not exactly one whole number. */
export function parseWholeNumber(text: string): number | null {
  // A visually hidden "points:" before the value (GCWeb's wb-inv helper text) is still text.
  const cleaned = text.trim().replace(AFFIXES, '').trim();
  if (PLAIN.test(cleaned) || GROUPED.test(cleaned)) return Number(cleaned.replace(/[,\s]/g, ''));
  return null;
}

// At least one separator between label and number: "(Proficiency)02" is glued text, not a row.
// Dot leaders ("Age ........ 110", leader-letter.html) separate like spaces do.
const TRAILING_NUMBER = new RegExp(
  `^(.*?[^\\d\\s,.\u2026\u00b7_])[\\s:=.\u2026\u00b7_\u2010-\u2015\u2212-]+(\\d{1,3}(?:[,\\s]\\d{3})+|\\d{1,5})(?:\\s*(?:points?|pts?\\.?))?[${MARKS}]*\\s*$`,
  'i',
);

/** Split a line into the text before a trailing number and that number (`Age 110`, `Total 1 071`). */
export function splitTrailingNumber(line: string): { label: string; value: number } | null {
  const match = TRAILING_NUMBER.exec(line);
  if (!match?.[1] || match[2] === undefined) return null;
  const value = parseWholeNumber(match[2]);
  return value === null ? null : { label: match[1].trim(), value };
}
