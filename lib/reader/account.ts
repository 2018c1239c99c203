// The account home's "Continue an application you haven't submitted" table (`#inProgressTable`,
// column "Days left to submit", account-home.html) and the Express Entry profile number.

import { fold } from './normalize';
import { parseWholeNumber } from './numbers';
import * as F from './features';
import type { Page } from './page';
import type { ReadingProblem } from './types';
import { PHRASES, phrasePattern, WORDS } from './words';

/** The "Days left to submit" column or label, on folded text. */
export const DAYS_LEFT_LABEL = new RegExp(phrasePattern(WORDS.daysLeft));
const DAYS = new RegExp(`\\s*(?:${phrasePattern(PHRASES.days)})$`);
const DRAFT = new RegExp(phrasePattern(PHRASES.draft));
// The Express Entry profile number: "E001234567" (table-letter.html).
const PROFILE_NUMBER = /\bE\d{9,12}\b/;

export interface DaysLeftRead {
  /** The "Days left to submit" column or label was on the page. */
  seen: boolean;
  value: number | null;
  problems: ReadingProblem[];
}

function daysValue(text: string): number | null {
  return parseWholeNumber(fold(text).replace(DAYS, ''));
}

export function readDaysLeft(page: Page): DaysLeftRead {
  const found: { value: number; label: string }[] = [];
  let seen = false;
  for (let i = 0; i < page.count; i++) {
    if (!page.has(i, F.daysLeft) || !DAYS_LEFT_LABEL.test(page.flat(i))) continue;
    const header = page.text(i).split('\t').map(fold);
    const column = header.findIndex((cell) => DAYS_LEFT_LABEL.test(cell));
    if (column < 0) continue;
    seen = true;
    if (header.length > 1 && header.filter((c) => c !== '').length > 2) {
      // A table header: read that column in the data rows below it.
      for (let j = i + 1; j < page.count; j++) {
        const row = page.text(j).split('\t');
        if (row.length < 2) break;
        const value = daysValue(row[column] ?? '');
        if (value !== null && value <= 366) found.push({ value, label: fold(row[0] ?? '') });
      }
      continue;
    }
    // "Days left to submit: 58" or the label and the value on separate lines (a card layout).
    const rest =
      header.length > 1
        ? (header[column + 1] ?? '')
        : (page.flat(i).split(DAYS_LEFT_LABEL)[1] ?? '');
    const inline = daysValue(rest.replace(/^[\s:]+/, ''));
    if (inline !== null) found.push({ value: inline, label: '' });
    else {
      const below = page.next(i);
      const next = below < 0 ? [] : page.cells(below);
      const value = next.length === 1 ? daysValue(next[0] ?? '') : null;
      if (value !== null) found.push({ value, label: '' });
    }
  }
  const problems: ReadingProblem[] = [];
  // Several drafts: the permanent residence one is the ITA's (the e-APR draft).
  const apr = found.filter((f) => DRAFT.test(f.label));
  const pool = apr.length > 0 ? apr : found;
  const values = [...new Set(pool.map((f) => f.value))];
  if (values.length > 1) {
    problems.push({
      code: 'days-left-ambiguous',
      fields: ['daysLeftToSubmit'],
      values: { shown: values.join(' ') },
    });
  }
  const value = values.length === 1 ? (values[0] ?? null) : null;
  return { seen, value, problems };
}

/** "Express Entry Profile: E001234567"; prefers a number on a line that says "profile". */
export function readProfileNumber(page: Page): string | null {
  let fallback: string | null = null;
  for (let i = 0; i < page.count; i++) {
    if (!page.has(i, F.profileNumber)) continue;
    const match = PROFILE_NUMBER.exec(page.text(i));
    if (!match) continue;
    if (page.flat(i).includes('profil')) return match[0];
    fallback ??= match[0];
  }
  return fallback;
}
