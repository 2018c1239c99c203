// A page as the reading core sees it: its visible lines. Most lines of a big page are irrelevant
// (news, menus), so each line is tidied, split and folded only when an extractor asks, and cheap
// pre-screens on the raw text decide whether it asks at all (big-page.html: 16,000+ lines).

import { fold, tidy } from './normalize';

// Words without which a line cannot be the invitation sentence, the deadline sentence, the
// account home's table or the profile's wording. `\s+` because raw text is not tidied yet.
const KEYWORDS =
  /invite\s+you|invited\s+to|inviter\s|invit[ée]e?s?\s+[àa]\s|submit|soumettre|pr[ée]senter|d[ée]poser|envoyer|days\s+left|days\s+remaining|jours\s+restants|continue\s+an|view\s+the\s+app|poursuivre|demandes\s+que|profil|E\d{9}/i;
// Labels that open a line: "Date:", "Invitation date", "Deadline", « Date limite », « Échéance ».
const OPENING_LABEL =
  /^\s*(?:date|invitation|issued|deadline|submission|application|apply|[ée]ch[ée]ance)/i;

// A word every score label has (labels.ts, English and French), to skip folding other lines
// ("Fees: $1,365", "March 3, 2025" in big-page.html end with a number too).
const SCORE_WORD =
  /[aâ]ge|educ|scolar|tudes|langu|work|travail|xp[ée]rience|spouse|partner|poux|conjoint|transf|certific|french|fran[cç]ais|bilingu|sibling|brother|sister|fr[èe]re|s(?:œ|oe)ur|arranged|job offer|emploi|nominat|provinc|territor|signation|total|score|points/i;

export class PageLine {
  private tidyText: string | undefined;
  private cellList: string[] | undefined;
  private foldedList: string[] | undefined;
  private flatText: string | undefined;
  private keywordHit: boolean | undefined;
  private labelHit: boolean | undefined;
  private scoreWordHit: boolean | undefined;

  constructor(readonly raw: string) {}

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
    this.keywordHit ??= KEYWORDS.test(this.raw);
    return this.keywordHit;
  }

  /** Whether the line opens with a label the invitation reader knows. */
  get opensWithLabel(): boolean {
    this.labelHit ??= OPENING_LABEL.test(this.raw);
    return this.labelHit;
  }

  /** Whether the line has a word of some score label (see SCORE_WORD). */
  get hasScoreWord(): boolean {
    this.scoreWordHit ??= SCORE_WORD.test(this.raw);
    return this.scoreWordHit;
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

export function toPageLines(texts: readonly string[]): PageLine[] {
  const lines: PageLine[] = [];
  for (const text of texts) {
    // Blank lines carry nothing (innerText puts one between paragraphs).
    if (/\S/.test(text)) lines.push(new PageLine(text));
  }
  return lines;
}
