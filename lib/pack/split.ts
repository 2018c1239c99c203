// When even the smallest readable PDF is too large: which pages to put in each of several files so
// that each one fits, worked out from what each page weighs at that smallest quality.
import type { PageRange } from './types';

/**
 * `pageBytes[i]` is what page i+1 weighs; consecutive pages are grouped while the group stays under
 * `limit`. A page heavier than the limit alone is a group of its own (it cannot fit anyway).
 */
export function splitPages(pageBytes: readonly number[], limit: number): PageRange[] {
  const parts: PageRange[] = [];
  let current: PageRange | null = null;
  let weight = 0;
  pageBytes.forEach((bytes, i) => {
    const page = i + 1;
    if (current !== null && weight + bytes <= limit) {
      current.to = page;
      weight += bytes;
      return;
    }
    current = { from: page, to: page };
    parts.push(current);
    weight = bytes;
  });
  return parts;
}
