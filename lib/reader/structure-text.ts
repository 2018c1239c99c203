// Which text a structure report may show as is: only labels the reader itself knows, with no
// digit, and made only of words from its own vocabulary (words.ts), so that a surname that happens
// to be a label word ("French", "Page") never survives. Everything else is masked.

import { DAYS_LEFT_LABEL } from './account';
import { classifyLabel } from './labels';
import { fold, tidy } from './normalize';
import { PHRASES, phrasePattern, phrasesOf, REPORT_WORDS, WORDS } from './words';

const KNOWN = new RegExp(`^(?:${phrasePattern(`${REPORT_WORDS.heading}|${PHRASES.letterDate}`)})$`);

// Every word of the reader's vocabulary.
const VOCABULARY = new Set<string>();
for (const phrases of [
  ...Object.values(WORDS),
  ...Object.values(PHRASES),
  ...Object.values(REPORT_WORDS),
]) {
  for (const phrase of phrasesOf(phrases)) {
    for (const word of phrase.split(' ')) {
      if (/^[a-z]+$/.test(word)) VOCABULARY.add(word);
    }
  }
}
const ALONE = new Set<string>(phrasesOf(REPORT_WORDS.safeAlone));

function isKnownLabel(text: string): boolean {
  if (/\d/.test(text) || text.length > 120) return false;
  const folded = fold(text).replace(/[\s:-]+$/, '');
  const words = folded.split(/[^a-z]+/).filter((w) => w !== '');
  if (words.length === 0 || !words.every((w) => VOCABULARY.has(w))) return false;
  if (words.length === 1) return ALONE.has(words[0] ?? '');
  return classifyLabel(text) !== null || DAYS_LEFT_LABEL.test(folded) || KNOWN.test(folded);
}

export function visibleTextOf(raw: string): string {
  const text = tidy(raw);
  if (text === '') return '';
  // A known label is shown as written (its exact dashes and spaces help a maintainer), else masked.
  if (isKnownLabel(text)) return raw.replace(/\s+/g, ' ').trim();
  return mask(text);
}

/** Letters → x, digits → #; keeps spaces and punctuation, so the shape of the text survives. */
function mask(text: string): string {
  return text.replace(/\d/g, '#').replace(/\p{L}/gu, 'x');
}
