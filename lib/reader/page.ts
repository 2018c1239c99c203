// A page as the reading core sees it: its visible lines. Most lines of a big page are irrelevant
// (news, menus), so each line is tidied, split and folded only when an extractor asks, and cheap
// pre-screens on the raw text decide whether it asks at all (big-page.html: 16,000+ lines).

import { fold, tidy } from './normalize';

// Two pre-screens run once over the whole page (toPageLines), not line by line: one native regex
// scan instead of 16,000 calls is what keeps big-page.html cheap. `[^\S\n]` is `\s` that cannot
// run into the next line.

// Words without which a line cannot be the invitation sentence, the deadline sentence, the
// account home's table or the profile's wording.
const KEYWORDS =
  /invite[^\S\n]+you|invited[^\S\n]+to|inviter[^\S\n]|invit[ée]e?s?[^\S\n]+[àa][^\S\n]|submit|soumettre|pr[ée]senter|d[ée]poser|envoyer|days[^\S\n]+left|days[^\S\n]+remaining|jours[^\S\n]+restants|continue[^\S\n]+an|view[^\S\n]+the[^\S\n]+app|poursuivre|demandes[^\S\n]+que|profil|e\d{9}/gi;
// Labels that open a line (labels.ts LETTER_DATE_LABEL, DEADLINE_LABEL): "Date:", "Invitation
// date", "Deadline", "Application deadline", « Date limite », « Échéance ». Two words where the
// first alone opens many other lines ("Applications received before …", big-page.html).
const OPENING_LABEL =
  /^[^\S\n]*(?:date|deadline|(?:invitation|submission|application)[^\S\n]+d|issued[^\S\n]+on|apply[^\S\n]+by|[ée]ch[ée]ance)/gim;
// A word every score label has (labels.ts, English and French), to skip folding other lines
// ("Fees: $1,365", "March 3, 2025" in big-page.html end with a number too). Tested per line,
// only on lines shaped like a score row (scores.ts): a scan of the whole page costs more.
const SCORE_WORD =
  /[aâ]ge|educ|scolar|tudes|langu|work|travail|xp[ée]rience|spouse|partner|poux|conjoint|transf|certific|french|fran[cç]ais|bilingu|sibling|brother|sister|fr[èe]re|s(?:œ|oe)ur|arranged|job offer|emploi|nominat|provinc|territor|signation|total|score|points/i;

const KEYWORD = 1;
const LABEL = 2;
const SCORE = 4;
const SCORE_TESTED = 8;

export class PageLine {
  private tidyText: string | undefined;
  private cellList: string[] | undefined;
  private foldedList: string[] | undefined;
  private flatText: string | undefined;

  /** `flags`: the pre-screens' answers (KEYWORD, LABEL bits), from toPageLines. */
  constructor(
    readonly raw: string,
    private flags = 0,
  ) {}

  /** Tidy text as shown, cells joined by '\t' (empty cells kept, for column positions). */
  get text(): string {
    this.tidyText ??= this.raw.includes('\t')
      ? this.raw
          .split('\t')
          .map((cell) => tidy(cell))
          .join('\t')
      : tidy(this.raw);
    return this.tidyText;
  }

  /** Non-empty cells, tidy. */
  get cells(): string[] {
    this.cellList ??= this.text.includes('\t')
      ? this.text.split('\t').filter((c) => c !== '')
      : [this.text];
    return this.cellList;
  }

  /** Non-empty cells, folded for matching. */
  get folded(): string[] {
    this.foldedList ??= this.cells.map(fold);
    return this.foldedList;
  }

  /** All folded cells joined by one space. */
  get flat(): string {
    this.flatText ??= this.folded.join(' ');
    return this.flatText;
  }

  /** Whether the line has any of the sentence/heading key words (see KEYWORDS). */
  get hasKeyword(): boolean {
    return (this.flags & KEYWORD) !== 0;
  }

  /** Whether the line opens with a label the invitation reader knows. */
  get opensWithLabel(): boolean {
    return (this.flags & LABEL) !== 0;
  }

  /** Whether the line has a word of some score label (see SCORE_WORD). */
  get hasScoreWord(): boolean {
    if ((this.flags & SCORE_TESTED) === 0) {
      this.flags |= SCORE_TESTED | (SCORE_WORD.test(this.raw) ? SCORE : 0);
    }
    return (this.flags & SCORE) !== 0;
  }

  /** Whether the raw text ends with a digit, or a digit and "points"/"pts": a value's shape. */
  get endsWithNumber(): boolean {
    // Char codes, no regex: this runs on every line of a 1.5 MB page.
    const raw = this.raw;
    let end = raw.length;
    while (end > 0 && raw.charCodeAt(end - 1) <= 32) end--;
    if (isDigit(raw.charCodeAt(end - 1))) return true;
    const code = raw.charCodeAt(end - 1) | 32;
    return (
      (code === 115 || code === 116 || code === 46) &&
      /\d\s*(?:points?|pts?\.?)$/i.test(raw.slice(Math.max(0, end - 16), end))
    );
  }

  /** Whether the whole line is one number (a value under its label in block layouts). */
  get isNumberOnly(): boolean {
    const raw = this.raw;
    let start = 0;
    while (start < raw.length && raw.charCodeAt(start) <= 32) start++;
    if (!isDigit(raw.charCodeAt(start)) || raw.length - start > 24) return false;
    return /^\d[\d\s,\u00a0\u202f]*(?:points?|pts)?$/i.test(raw.trim());
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The page's non-blank lines. `whole`: `texts.join('\n')` when the caller has it already (the
 * innerText path: joining 16,000 lines again costs more than the scans).
 */
export function toPageLines(texts: readonly string[], whole = texts.join('\n')): PageLine[] {
  const flags = new Uint8Array(texts.length);
  // Where each line starts in `whole`.
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + 1;
  }
  for (const [pattern, bit] of [
    [KEYWORDS, KEYWORD],
    [OPENING_LABEL, LABEL],
  ] as const) {
    pattern.lastIndex = 0;
    let line = 0;
    for (let m = pattern.exec(whole); m !== null; m = pattern.exec(whole)) {
      while ((starts[line + 1] ?? Infinity) <= m.index) line++;
      flags[line] = (flags[line] ?? 0) | bit;
      // One hit is enough: go on from the next line.
      pattern.lastIndex = starts[line + 1] ?? whole.length;
    }
  }
  const lines: PageLine[] = [];
  texts.forEach((text, i) => {
    // Blank lines carry nothing (innerText puts one between paragraphs).
    if (/\S/.test(text)) lines.push(new PageLine(text, flags[i]));
  });
  return lines;
}
