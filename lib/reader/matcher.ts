// One compiled matcher for every word the reader looks for (words.ts). The page's text goes
// through it once, character by character, folded on the fly (case, accents, œ, dashes, every kind
// of space): an Aho–Corasick automaton over 28 symbols (a boundary, a–z, a digit), built once when
// the module loads. Each line comes out as a bit mask of the words it holds; the extractors then
// fold and test with regular expressions only the few lines whose mask says they could matter, so a
// letter costs about one pass over its text and the 1.5 MB page (big-page.html) stays near the cost
// of `innerText`.

import * as F from './features';
import { ACCENTED, ZERO_WIDTH } from './normalize';
import { LANGUAGE_WORDS, phrasesOf, WORDS } from './words';

export type Feature = keyof typeof WORDS;

/** Any word of a score label (a line without one cannot be a score row): WORDS up to `crs`. */
export const SCORE_WORDS = (F.crs << 1) - 1;

// What a language word adds to a line's tally: English counts in the low 16 bits, French above.
const ENGLISH_WORD = 1;
const FRENCH_WORD = 1 << 16;

// Symbols: 0 a boundary (any run of spaces, punctuation, other scripts), 1–26 a–z, 27 a digit, 28
// the start of a line ('\n'). A table row is 32 wide so a transition is one shift and one lookup.
const DIGIT = 27;
const LINE = 28;
const SKIP = 31; // zero-width characters and the soft hyphen: as if absent
const OE = 30; // œ → o, e
const AE = 29; // æ → a, e
const SHIFT = 5;

// The symbol of every UTF-16 code unit: letters with their accents, digits; the rest a boundary.
const SYMBOL = new Uint8Array(0x10000);
for (let c = 0; c < 26; c++) {
  SYMBOL[65 + c] = c + 1;
  SYMBOL[97 + c] = c + 1;
}
for (let c = 48; c < 58; c++) SYMBOL[c] = DIGIT;
for (const [letter, chars] of ACCENTED) {
  for (const char of chars + chars.toUpperCase())
    SYMBOL[char.charCodeAt(0)] = letter.charCodeAt(0) - 96;
}
for (const char of ZERO_WIDTH) SYMBOL[char.charCodeAt(0)] = SKIP;
SYMBOL[10] = LINE;
SYMBOL[0x153] = SYMBOL[0x152] = OE;
SYMBOL[0xe6] = SYMBOL[0xc6] = AE;

// The automaton: GOTO[state << SHIFT | symbol] → state; INFO: the feature bits of what ends at a
// state; TALLY: the language words that end there.
const { GOTO, INFO, TALLY, LINE_STATE } = compile();

function compile(): { GOTO: Int16Array; INFO: Int32Array; TALLY: Int32Array; LINE_STATE: number } {
  const children: Map<number, number>[] = [new Map()];
  const info = [0];
  const tally = [0];
  // The symbol each state is reached by.
  const via = [0];
  const add = (pattern: string, bits: number, word = 0): void => {
    let state = 0;
    for (const char of pattern) {
      const symbol =
        char === ' ' ? 0 : char === '#' ? DIGIT : char === '^' ? LINE : char.charCodeAt(0) - 96;
      let next = children[state]?.get(symbol);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        info.push(0);
        tally.push(0);
        via.push(symbol);
        children[state]?.set(symbol, next);
      }
      state = next;
    }
    info[state] = (info[state] ?? 0) | bits;
    tally[state] = word;
  };
  // Bit i for the i-th entry of WORDS (features.ts names them).
  Object.values(WORDS).forEach((entry, i) => {
    for (const phrase of phrasesOf(entry)) add(phrase, 1 << i);
  });
  for (const phrase of phrasesOf(LANGUAGE_WORDS.en)) add(phrase, 0, ENGLISH_WORD);
  for (const phrase of phrasesOf(LANGUAGE_WORDS.fr)) add(phrase, 0, FRENCH_WORD);
  add('^', 0);
  add(' ', 0);
  const lineState = children[0]?.get(LINE) ?? 0;
  const spaceState = children[0]?.get(0) ?? 0;

  // Breadth first: failure links, then every missing transition through them. The start of a
  // line is also a word boundary: its failure is the boundary state, not the root.
  const count = children.length;
  const GOTO = new Int16Array(count << SHIFT);
  const INFO = Int32Array.from(info);
  const TALLY = Int32Array.from(tally);
  const fail = new Int32Array(count);
  const queue: number[] = [];
  for (const [symbol, child] of children[0] ?? []) {
    GOTO[symbol] = child;
    queue.push(child);
  }
  fail[lineState] = spaceState;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const failure = fail[state] ?? 0;
    INFO[state] = (INFO[state] ?? 0) | (INFO[failure] ?? 0);
    TALLY[state] = (TALLY[state] ?? 0) + (TALLY[failure] ?? 0);
    for (let symbol = 0; symbol < 32; symbol++) {
      const child = children[state]?.get(symbol);
      const through = GOTO[(failure << SHIFT) | symbol] ?? 0;
      if (child === undefined) GOTO[(state << SHIFT) | symbol] = through;
      else {
        GOTO[(state << SHIFT) | symbol] = child;
        if (state !== 0 || child !== lineState) fail[child] = through;
        queue.push(child);
      }
    }
    // A run of boundaries reads as one: a state reached by a boundary stays on the next.
    if (via[state] === 0 || state === lineState) GOTO[state << SHIFT] = state;
  }
  return { GOTO, INFO, TALLY, LINE_STATE: lineState };
}

/** What one pass over a page's text gives. */
export interface Scan {
  /** Where each line starts in the text; one more entry, for the end of the last line (+1). */
  starts: number[];
  /** Each line's features (F bits). */
  masks: number[];
  /** Every line's features together. */
  all: number;
  /** Common English and French words (the language guess). */
  english: number;
  french: number;
}

/** The state after `state` reads the character `code` (a line break: the start of a line). */
function advance(state: number, code: number): number {
  let symbol = SYMBOL[code] ?? 0;
  if (symbol > LINE) {
    if (symbol === SKIP) return state;
    // A ligature: its first letter here, its 'e' below.
    state = GOTO[(state << SHIFT) | (symbol === OE ? 15 : 1)] ?? 0;
    symbol = 5;
  }
  return GOTO[(state << SHIFT) | symbol] ?? 0;
}

/**
 * One pass over `text` (lines separated by '\n'): the features of each line. The hot loop of the
 * reader: one table lookup per character, no allocation but one number per line.
 */
export function scan(text: string): Scan {
  const starts = [0];
  const masks: number[] = [];
  let all = 0;
  let mask = 0;
  let tally = 0;
  let english = 0;
  let french = 0;
  let state = LINE_STATE;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10; // the text ends as a line does
    if (code === 10) {
      // A line ends with a boundary.
      state = GOTO[state << SHIFT] ?? 0;
      mask |= INFO[state] ?? 0;
      tally += TALLY[state] ?? 0;
      masks.push(mask);
      all |= mask;
      mask = 0;
      english += tally & 0xffff;
      french += tally >>> 16;
      tally = 0;
      starts.push(i + 1);
      state = LINE_STATE;
      continue;
    }
    state = advance(state, code);
    mask |= INFO[state] ?? 0;
    tally += TALLY[state] ?? 0;
  }
  return { starts, masks, all, english, french };
}

/** The features of a label or a cell, read as one line (its language words are not counted). */
export function features(text: string): number {
  return scan(text).all;
}
