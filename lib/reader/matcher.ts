// One compiled matcher for every word the reader looks for (issue 3: speed). The page's text goes
// through it once, character by character, folded on the fly (case, accents, œ, dashes, every kind
// of space): an Aho–Corasick automaton over 28 symbols (a boundary, a–z, a digit), built once when
// the module loads. Each line comes out as a bit mask of the features it holds; the extractors then
// fold and test with regular expressions only the few lines whose mask says they could matter.
// A typical letter costs about one pass over its text instead of a dozen regex scans.

import { ACCENTED, ZERO_WIDTH } from './normalize';

// Features (bits of a mask). Score-label words first (labels.ts scoreKeyOf), then page wording.
export const F = {
  spouse: 1 << 0,
  education: 1 << 1,
  language: 1 << 2,
  work: 1 << 3,
  transfer: 1 << 4,
  certificat: 1 << 5,
  foreign: 1 << 6,
  qualification: 1 << 7,
  french: 1 << 8,
  sibling: 1 << 9,
  arranged: 1 << 10,
  nomination: 1 << 11,
  secondLanguage: 1 << 12,
  firstLanguage: 1 << 13,
  canadianWork: 1 << 14,
  canad: 1 << 15,
  age: 1 << 16,
  total: 1 << 17,
  invite: 1 << 18,
  submit: 1 << 19,
  daysLeft: 1 << 20,
  home: 1 << 21,
  profileWording: 1 << 22,
  profil: 1 << 23,
  profileNumber: 1 << 24,
  /** A line that opens with a date or deadline label (see LABELS). */
  label: 1 << 25,
  fsw: 1 << 26,
  fst: 1 << 27,
  cec: 1 << 28,
  pnp: 1 << 29,
} as const;

/** Any program's name (labels.ts PROGRAM_PATTERNS). */
export const PROGRAMS = F.fsw | F.fst | F.cec | F.pnp;

/** Any word of a score label (a line without one cannot be a score row). */
export const SCORE_WORDS = (1 << 18) - 1;

// Patterns in folded form: lower case, no accents, one space for any run of non-letters (so a
// leading or trailing space means a word boundary), '#' for a digit. English labels are [seen] in
// the 2019 letter (PORTAL.md), French ones [likely]; see labels.ts for where each is used.
const PATTERNS: ReadonlyArray<readonly [number, string]> = [
  [F.spouse, ' spouse| partner| common law| epoux| conjoint'],
  [F.education, 'education|scolarite|etudes|diplome'],
  [F.language, 'language|langue'],
  [F.work, 'work|travail|experience'],
  [F.transfer, 'transferab'],
  [F.certificat, 'certificat'],
  [F.foreign, 'foreign work|etranger|exterieur du canada'],
  [F.qualification, 'certificate of qualification|certificat de qualification'],
  [F.french, ' french |bilingual|francais|bilinguisme'],
  [F.sibling, 'sibling|brother|sister|frere|soeur'],
  [F.arranged, 'arranged employment|job offer|emploi reserve|offre d emploi'],
  [F.nomination, 'nomination|provincial|territorial|designation provinciale'],
  [F.secondLanguage, 'second official language|second language|deuxieme langue|seconde langue'],
  [F.firstLanguage, 'first official language|first language|premiere langue'],
  [
    F.canadianWork,
    'canadian work|work experience in canada|experience de travail au canada|experience canadienne|experience de travail canadienne|experience au canada',
  ],
  [F.canad, 'canad'],
  [F.age, ' age '],
  [F.total, 'total| score| overall| global|systeme de classement'],
  // The invitation sentence [seen]; French [likely] (labels.ts INVITATION_WORDING).
  [
    F.invite,
    'invite you to apply|invited to apply|vous inviter a presenter|invite a presenter|invitee a presenter|invites a presenter|invitees a presenter',
  ],
  [F.submit, 'submit|soumettre|presenter|deposer|envoyer'],
  [F.daysLeft, 'days left to submit|days remaining|jours restants'],
  [
    F.home,
    'continue an application you haven t submitted|view the applications you submitted|days left to submit|poursuivre une demande|demandes que vous avez presentees|jours restants pour',
  ],
  [
    F.profileWording,
    'express entry profile|profil entree express|profil d entree express|profile details|profile status|details du profil|etat du profil',
  ],
  [F.profil, 'profil'],
  [F.profileNumber, ' e#########'],
  // Program names and acronyms, English and French (PORTAL.md "Classes"; labels.ts PROGRAM_PATTERNS).
  [F.fsw, 'federal skilled worker| fsw | tqf |travailleur qualifie|travailleurs qualifies'],
  [F.fst, 'federal skilled trade| fst | tmsf | pmsf |metiers specialises'],
  [F.cec, 'canadian experience class| cec |categorie de l experience canadienne'],
  [F.pnp, 'provincial nominee| pnp | pcp | ccp |candidats des provinces'],
];

// Labels that open a line (labels.ts LETTER_DATE_LABEL, DEADLINE_LABEL): "Date:", "Invitation
// date", « Échéance ». '^' is the start of the line. Two words where the first alone opens many
// other lines ("Applications received before …", big-page.html).
const LABELS =
  '^date|^deadline|^invitation d|^submission d|^application d|^issued on|^apply by|^echeance';
// Common words, counted for the language guess.
const ENGLISH = ' the | you | your | and ';
const FRENCH = ' vous | votre | les | des ';
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
  for (const [bits, patterns] of PATTERNS) {
    for (const pattern of patterns.split('|')) add(pattern, bits);
  }
  for (const pattern of LABELS.split('|')) add(pattern, F.label);
  for (const pattern of ENGLISH.split('|')) add(pattern, 0, ENGLISH_WORD);
  for (const pattern of FRENCH.split('|')) add(pattern, 0, FRENCH_WORD);
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

/**
 * The features among `wanted` of the first match that ends after a match of `after`, or 0: the
 * program named after the invitation wording ("… invite you to apply … under the Federal Skilled
 * Worker Program").
 */
export function firstAfter(text: string, after: number, wanted: number): number {
  let state = LINE_STATE;
  let seen = false;
  for (let i = 0; i <= text.length; i++) {
    state = i < text.length ? advance(state, text.charCodeAt(i)) : (GOTO[state << SHIFT] ?? 0);
    const found = INFO[state] ?? 0;
    if (seen && (found & wanted) !== 0) return found & wanted;
    if ((found & after) !== 0) seen = true;
  }
  return 0;
}

/** The features of a label or a cell, read as one line (its language words are not counted). */
export function features(text: string): number {
  return scan(text).all;
}
