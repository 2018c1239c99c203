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
  /** Per line: the matcher's feature bits (matcher.ts F). */
  readonly masks: readonly number[];
  /** Every line's features together. */
  readonly all: number;
  /** Common English and French words seen (the language guess). */
  readonly english: number;
  readonly french: number;
  private readonly starts: readonly number[];
  private readonly flats: (string | undefined)[] = [];

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
    let flat = this.flats[i];
    if (flat === undefined) {
      flat = fold(this.text(i));
      this.flats[i] = flat;
    }
    return flat;
  }

  /** Non-empty cells as shown, each trimmed (not folded). */
  cells(i: number): string[] {
    const line = this.text(i);
    if (!line.includes('\t')) {
      const text = line.trim();
      return text === '' ? [] : [text];
    }
    const cells: string[] = [];
    for (const cell of line.split('\t')) {
      const text = cell.trim();
      if (text !== '') cells.push(text);
    }
    return cells;
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

/** Whether `line` ends with a digit, or a digit and "points"/"pts": a value's shape. */
export function endsWithNumber(line: string): boolean {
  // Char codes, no regex: this runs on many lines of a 1.5 MB page. Footnote marks ("50¹") and
  // spaces after the value do not count.
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) <= 32 || isMark(line.charCodeAt(end - 1)))) end--;
  const last = line.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) return true;
  const code = last | 32;
  return (
    (code === 115 || code === 116 || code === 46) &&
    /\d\s*(?:points?|pts?\.?)$/i.test(line.slice(Math.max(0, end - 16), end))
  );
}

/** Whether the whole line is one number (a value under its label in block layouts). */
export function isNumberOnly(line: string): boolean {
  let start = 0;
  while (start < line.length && line.charCodeAt(start) <= 32) start++;
  const first = line.charCodeAt(start);
  if (first < 48 || first > 57 || line.length - start > 24) return false;
  return NUMBER_ONLY.test(line.trim());
}

const NUMBER_ONLY = /^\d[\d\s,]*(?:points?|pts)?[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021]*$/i;

/** Superscript digits, '*', '†', '‡': footnote marks. */
function isMark(code: number): boolean {
  return (
    code === 0xb9 ||
    code === 0xb2 ||
    code === 0xb3 ||
    (code >= 0x2070 && code <= 0x2079) ||
    code === 42 ||
    code === 0x2020 ||
    code === 0x2021
  );
}
