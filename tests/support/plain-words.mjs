// What the user must never read in the popup, in either language: an internal key, an ISO date or
// instant, `null`, "day(s)", doubled punctuation, a time zone's name; and in French, English left
// untranslated or a space where French typography puts a no-break one. Plain JavaScript so the
// unit tests, the Chromium journeys and the Firefox harness apply the very same rules.

/** @type {readonly [RegExp, string][]} */
const RULES = [
  [/\b\d{4}-\d{2}-\d{2}\b/, 'an ISO date'],
  [/\d{2}:\d{2}(:\d{2})?(\.\d+)?Z\b/, 'an ISO instant'],
  [
    /\b(crs|invitation|reading|facts?|round|family|education|funds|daysLeftToSubmit)\.[a-z][A-Za-z.]*/,
    'an internal key',
  ],
  [/\b(null|undefined|NaN)\b|\[object /, 'a value left raw'],
  [/\([a-z]*\(?s\)/i, 'a plural written as (s)'],
  [/([.,:;!?])\s?\1/, 'doubled punctuation'],
  [/\b(America|Europe|Asia|Africa|Pacific)\/[A-Z]/, 'a time zone name'],
];

/** @type {readonly [RegExp, string][]} */
const FRENCH_RULES = [
  [/[^\s\u00a0\u202f][:;!?»]|[:;!?»](?=[A-Za-zÀ-ÿ])/u, 'French punctuation without its space'],
  [/ [:;!?»]|« /u, 'an ordinary space where French puts a no-break space'],
  [/'/, 'a straight apostrophe'],
];

/**
 * The problems in `text`, each named with what it found there.
 * @param {string} text what the popup shows, blocks separated by spaces or new lines
 * @param {'en' | 'fr'} language the interface language
 * @param {readonly string[]} english sentences that must not appear in French (the English catalogue)
 * @returns {string[]}
 */
export function plainWordsProblems(text, language, english = []) {
  const flat = text.replace(/[ \t\n\r]+/g, ' ');
  const problems = [];
  const rules = language === 'fr' ? [...RULES, ...FRENCH_RULES] : RULES;
  for (const [pattern, what] of rules) {
    const found = pattern.exec(flat);
    if (found) {
      const at = found.index;
      problems.push(`${what}: “…${flat.slice(Math.max(0, at - 30), at + 30)}…”`);
    }
  }
  if (language === 'fr') {
    for (const sentence of english) {
      if (flat.includes(sentence)) problems.push(`English left in French: “${sentence}”`);
    }
  }
  return problems;
}
