// IRCC's own breakdown: the 16 rows and the total, read by label wherever they sit (a table row,
// a definition list, label/value blocks, a line of plain text or of a PDF).

import { inRange, scoreKeyOf, type ScoreKey } from './labels';
import { parseWholeNumber, splitTrailingNumber } from './numbers';
import { SCORE_WORDS } from './matcher';
import { endsWithNumber, isNumberOnly, type Page } from './page';
import type { CrsRowKey, ReadingProblem } from './types';

interface Hit {
  key: ScoreKey;
  value: number;
  lines: number[];
}

export interface ScoresRead {
  total: number | null;
  rows: Partial<Record<CrsRowKey, number>>;
  used: number[];
  problems: ReadingProblem[];
}

// Rows of one table sit within a few lines of each other; a number further away (a news item,
// a sidebar) belongs to something else. big-page.html has both.
const CLUSTER_GAP = 6;

/** The label/value pair line `i` holds, if its label names a score. */
function hitAt(page: Page, i: number): Hit | null {
  // Only a line with a word of some score label (matcher.ts) is looked at.
  if (!page.has(i, SCORE_WORDS)) return null;
  const line = page.text(i);
  if (line.length > 300) return null;
  // Cheap shape checks before any folding: a value ends the line, sits in a cell, or is the
  // next line alone.
  const tabbed = line.includes('\t');
  let below = -1;
  if (!tabbed && !endsWithNumber(line)) {
    below = page.next(i);
    if (below < 0 || !isNumberOnly(page.text(below))) return null;
  }
  // The usual table row, "label<TAB>value": no split.
  const tab = tabbed ? line.indexOf('\t') : -1;
  const cell = tab > 0 && line.indexOf('\t', tab + 1) < 0 ? line.slice(tab + 1).trim() : '';
  const label = cell === '' ? '' : line.slice(0, tab).trim();
  if (label !== '') {
    const key = scoreKeyOf(label, page.masks[i]);
    const value = key === null ? null : parseWholeNumber(cell);
    return key !== null && value !== null && inRange(key, value)
      ? { key, value, lines: [i] }
      : null;
  }
  const cells = page.cells(i);
  const [first, ...rest] = cells;
  if (first === undefined) return null;
  // The line's features are its label's when the rest of the line is a number.
  const mask = page.masks[i];
  if (rest.length > 0) {
    // A table row: label cell, then the value in the next or the last cell.
    const key = scoreKeyOf(first, rest.length === 1 ? mask : undefined);
    if (key === null) return null;
    const value = parseWholeNumber(rest[0] ?? '') ?? parseWholeNumber(rest.at(-1) ?? '');
    return value !== null && inRange(key, value) ? { key, value, lines: [i] } : null;
  }
  if (below < 0) {
    const inline = splitTrailingNumber(first);
    if (!inline) return null;
    const key = scoreKeyOf(inline.label, mask);
    return key !== null && inRange(key, inline.value)
      ? { key, value: inline.value, lines: [i] }
      : null;
  }
  // A label alone (a `dt`, a label div): the value is the next line, alone.
  const key = scoreKeyOf(first, mask);
  const next = page.cells(below);
  if (key === null || next.length !== 1) return null;
  const value = parseWholeNumber(next[0] ?? '');
  return value !== null && inRange(key, value) ? { key, value, lines: [i, below] } : null;
}

export function readScores(page: Page): ScoresRead {
  const hits: Hit[] = [];
  for (let i = 0; i < page.count; i++) {
    const hit = hitAt(page, i);
    if (hit) {
      hits.push(hit);
      i = hit.lines[hit.lines.length - 1] ?? i;
    }
  }
  const problems: ReadingProblem[] = [];
  const clusters = clusterHits(page, hits);
  const best = clusters.reduce<Hit[] | null>(
    (acc, c) => (acc === null || rowCount(c) > rowCount(acc) ? c : acc),
    null,
  );
  const chosen = best ?? [];
  const rowHits = chosen.filter((h) => h.key !== 'total');
  // Without rows, a total stands alone (a profile page's score); with rows, only the cluster's.
  const totalHits =
    rowHits.length > 0
      ? chosen.filter((h) => h.key === 'total')
      : hits.filter((h) => h.key === 'total');

  const rows: Partial<Record<CrsRowKey, number>> = {};
  const used: number[] = [];
  const byKey = new Map<ScoreKey, Hit[]>();
  for (const hit of [...rowHits, ...totalHits]) {
    byKey.set(hit.key, [...(byKey.get(hit.key) ?? []), hit]);
  }
  let total: number | null = null;
  for (const [key, keyHits] of byKey) {
    // Every line that offered a value is checked for visibility on a live page, conflicting ones
    // too: a stale table hidden by a style sheet is what usually causes the conflict.
    for (const h of keyHits) used.push(...h.lines);
    const values = [...new Set(keyHits.map((h) => h.value))];
    const field = key === 'total' ? 'crs.total' : `crs.rows.${key}`;
    if (values.length > 1) {
      // Never pick one of two numbers the page gives for the same thing.
      problems.push({
        code: 'conflicting-values',
        message: `The page shows ${values.join(' and ')} for ${field}; neither is used.`,
        fields: [field],
      });
      continue;
    }
    const value = values[0];
    if (value === undefined) continue;
    if (key === 'total') total = value;
    else rows[key] = value;
  }
  for (const other of clusters) {
    if (other === best || rowCount(other) < 3) continue;
    const disagrees = other.some(
      (h) => h.key !== 'total' && rows[h.key] !== undefined && rows[h.key] !== h.value,
    );
    if (disagrees) {
      problems.push({
        code: 'several-score-tables',
        message:
          'The page shows more than one score table with different numbers; the fuller one was read.',
        fields: ['crs.rows'],
      });
      break;
    }
  }
  return { total, rows, used, problems };
}

/** Non-blank lines from `a` (excluded) to `b` (included), counted up to CLUSTER_GAP + 1. */
function linesBetween(page: Page, a: number, b: number): number {
  let count = 0;
  for (let j = a + 1; j <= b && count <= CLUSTER_GAP; j++) if (!page.isBlank(j)) count++;
  return count;
}

function rowCount(hits: readonly Hit[]): number {
  return (
    new Set(hits.filter((h) => h.key !== 'total').map((h) => h.key)).size +
    (hits.length > 0 ? 0.5 : 0)
  );
}

function clusterHits(page: Page, hits: readonly Hit[]): Hit[][] {
  const clusters: Hit[][] = [];
  let current: Hit[] = [];
  let lastLine = -1;
  for (const hit of hits) {
    const firstLine = hit.lines[0] ?? 0;
    if (current.length > 0 && linesBetween(page, lastLine, firstLine) > CLUSTER_GAP) {
      clusters.push(current);
      current = [];
    }
    current.push(hit);
    lastLine = hit.lines[hit.lines.length - 1] ?? firstLine;
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

/** `rows-do-not-add-up`: reported, never fixed (the reading keeps IRCC's numbers as shown). */
export function sumProblem(
  total: number | null,
  rows: Partial<Record<CrsRowKey, number>>,
  rowTotal: number,
): ReadingProblem | null {
  const values = Object.values(rows);
  if (total === null || values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  const complete = values.length === rowTotal;
  if ((complete && sum !== total) || sum > total) {
    return {
      code: 'rows-do-not-add-up',
      message: `The ${values.length} rows read add up to ${sum}, but the page states a total of ${total}.`,
      fields: ['crs.total', 'crs.rows'],
    };
  }
  return null;
}
