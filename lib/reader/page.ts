// A page as the reading core sees it: its visible lines, each split into cells and folded once.

import { fold } from './normalize';

export interface PageLine {
  /** Tidy text as shown, cells joined by '\t'. */
  text: string;
  /** Non-empty cells, tidy. */
  cells: string[];
  /** Non-empty cells, folded for matching. */
  folded: string[];
  /** All folded cells joined by one space. */
  flat: string;
}

export function toPageLines(texts: readonly string[]): PageLine[] {
  return texts.map((text) => {
    const cells = text.includes('\t') ? text.split('\t').filter((c) => c !== '') : [text];
    const folded = cells.map(fold);
    return { text, cells, folded, flat: folded.join(' ') };
  });
}
