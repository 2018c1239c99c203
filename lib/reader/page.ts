// A page as the reading core sees it: its lines, as shown ('\t' between table cells). One pass of
// the compiled matcher (matcher.ts) gives each line a mask of the words it holds; a line is cut
// out, split or folded only when an extractor asks for it, and only for lines whose mask says it
// could matter. big-page.html has 16,000+ lines; a typical letter costs about one pass over its text.

import { scan } from './matcher';
import { fold } from './normalize';

const NOT_BLANK = /\S/;

export class Page {
  /** Number of lines. */
  readonly count: number;
  /** Per line: the matcher's feature bits (features.ts). */
  readonly masks: readonly number[];
  /** Every line's features together. */
  readonly all: number;
  /** Common English and French words seen (the language guess). */
  readonly english: number;
  readonly french: number;
  private readonly starts: readonly number[];

  /** `whole`: the page's text, lines separated by '\n'. */
  constructor(private readonly whole: string) {
    const { starts, masks, all, english, french } = scan(whole);
    this.starts = starts;
    this.masks = masks;
    this.count = masks.length;
    this.all = all;
    this.english = english;
    this.french = french;
  }

  /** Whether line `i` has any of the feature bits `bits`. */
  has(i: number, bits: number): boolean {
    return ((this.masks[i] ?? 0) & bits) !== 0;
  }

  /** Line `i` as shown. */
  text(i: number): string {
    return i < 0 || i >= this.count
      ? ''
      : this.whole.slice(this.starts[i] ?? 0, (this.starts[i + 1] ?? 0) - 1);
  }

  /** The line's text, folded (see normalize.ts), cells joined by one space. */
  flat(i: number): string {
    return fold(this.text(i));
  }

  /** Non-empty cells as shown, each trimmed (not folded). */
  cells(i: number): string[] {
    return this.text(i)
      .split('\t')
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '');
  }

  /**
   * Line `i` and the non-blank lines after it, up to `count` lines, joined by a space: a sentence a
   * PDF or a `<pre>` wraps anywhere ("…pleased to invite / you to apply", printed-letter.html).
   */
  joined(i: number, count: number): string {
    let text = this.text(i);
    for (let j = i, n = 1; n < count; n++) {
      j = this.next(j);
      if (j < 0) break;
      text += ` ${this.text(j)}`;
    }
    return text;
  }

  /** The next non-blank line after `i`, or -1. */
  next(i: number): number {
    for (let j = i + 1; j < this.count; j++) if (!this.isBlank(j)) return j;
    return -1;
  }

  isBlank(i: number): boolean {
    const start = this.starts[i] ?? 0;
    const end = (this.starts[i + 1] ?? 0) - 1;
    if (end <= start) return true;
    // Most lines start with a visible character: no slice, no regex for them.
    return this.whole.charCodeAt(start) <= 32 && !NOT_BLANK.test(this.text(i));
  }
}

// Footnote marks after a value ("50¹", "475*"): superscript digits, '*', '†', '‡'.
const MARKS = '\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021';
const ENDS_WITH_NUMBER = new RegExp(`\\d\\s*(?:points?|pts?\\.?)?[\\s${MARKS}]*$`, 'i');
const NUMBER_ONLY = new RegExp(`^\\d[\\d\\s,]*(?:points?|pts)?[${MARKS}]*$`, 'i');

/** Whether `line` ends with a digit, or a digit and "points"/"pts": a value's shape. */
export function endsWithNumber(line: string): boolean {
  return ENDS_WITH_NUMBER.test(line.slice(-24));
}

/** Whether the whole line is one number (a value under its label in block layouts). */
export function isNumberOnly(line: string): boolean {
  return line.length < 40 && NUMBER_ONLY.test(line.trim());
}
